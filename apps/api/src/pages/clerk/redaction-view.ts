import type { PageSize, RedactionMark, RedactionSheet } from '@wobdesk/documents';
import { type PersonalDataKind, type Regime, refusalGroundsOf } from '@wobdesk/domain';
import { WorkflowError } from '@wobdesk/register';
import { ruleMessage } from './inventory-labels.js';

// The clerk's marking page in plain words: the pages as images with the marks drawn over them
// (placed by a stylesheet made for the document, as the page's CSP allows no inline style), the
// forms, and the rules a refused mark broke.

/** The page images' resolution; a click on one is read back in points with it. */
export const PAGE_IMAGE_DPI = 96;
/** Pages shown at once: a long document is marked a stretch at a time. */
export const PAGES_AT_ONCE = 10;
const MM_PER_POINT = 25.4 / 72;

export const KIND_LABELS_NL: Readonly<Record<PersonalDataKind, string>> = {
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  iban: 'Rekeningnummer (IBAN)',
  bsn: 'Burgerservicenummer',
  name: 'Naam',
};

const KIND_PLURAL_NL: Readonly<Record<PersonalDataKind, string>> = {
  email: 'Alle e-mailadressen',
  phone: 'Alle telefoonnummers',
  iban: 'Alle rekeningnummers',
  bsn: 'Alle burgerservicenummers',
  name: 'Alle namen',
};

/** Which form a refusal came from; its fields' ids start with it. */
export type RedactionForm = 'term' | 'voorstel' | 'vlak';

export interface RedactionError {
  readonly form: RedactionForm;
  readonly field: string;
  readonly label: string;
  readonly message: string;
}

const FIELD_LABELS_NL: Readonly<Record<string, string>> = {
  term: 'Term',
  ground: 'Weigeringsgrond',
  ids: 'Voorstellen',
  kind: 'Soort gegevens',
  page: 'Pagina',
  x: 'Links',
  y: 'Boven',
  width: 'Breedte',
  height: 'Hoogte',
};

/** What to do about a broken rule of a mark; the other rules as the inventory says them. */
function redactionRuleMessage(rule: string): string {
  if (rule.startsWith('integer_1_to_')) {
    return `Kies een pagina van 1 tot en met ${rule.slice('integer_1_to_'.length)}.`;
  }
  if (rule.startsWith('within_page_')) return 'Het vlak valt buiten de pagina. Maak het kleiner.';
  const messages: Readonly<Record<string, string>> = {
    letters_or_digits: 'Geef een term met letters of cijfers.',
    occurs_in_document: 'Deze term staat niet in het document.',
    marked_on_document: 'Deze term is in dit document niet gemarkeerd.',
    number: 'Geef een getal.',
    positive: 'Geef een maat groter dan 0: klik twee verschillende hoeken aan.',
    min_0: 'Geef 0 of meer.',
    known_suggestion: 'Dit voorstel bestaat niet meer. Kies opnieuw.',
    has_suggestions: 'Van deze soort zijn geen voorstellen.',
    exactly_one_of_ids_or_kind: 'Vink voorstellen aan, of kies alle van een soort.',
    non_empty_array: 'Vink ten minste één voorstel aan.',
  };
  return messages[rule] ?? ruleMessage(rule);
}

/** A refusal of the rules as the page shows it; anything else is thrown on. */
export function redactionErrorOf(error: unknown, form: RedactionForm): RedactionError {
  if (!(error instanceof WorkflowError) || error.kind !== 'invalid') throw error;
  if (error.code !== 'REQUEST.INVALID_INPUT') {
    return { form, field: 'body', label: 'Lakken', message: error.nl };
  }
  const field = String(error.details?.field ?? 'body').replace(/\[\d+\]$/, '');
  return {
    form,
    field,
    label: FIELD_LABELS_NL[field] ?? field,
    message: redactionRuleMessage(String(error.details?.rule ?? '')),
  };
}

/** A first corner chosen by a click on a page image, in points. */
export interface Corner {
  readonly page: number;
  readonly x: number;
  readonly y: number;
}

/** A click on a page image (pixels at PAGE_IMAGE_DPI) in points, or undefined if malformed. */
export function pointOfClick(x: unknown, y: unknown): { x: number; y: number } | undefined {
  const [px, py] = [x, y].map((v) =>
    typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : NaN,
  );
  if (Number.isNaN(px) || Number.isNaN(py)) return undefined;
  const scale = 72 / PAGE_IMAGE_DPI;
  return { x: round(px! * scale), y: round(py! * scale) };
}

/** "page,x,y" as the hidden field keeps the first corner. */
export function parseCorner(value: unknown): Corner | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,6}),(\d{1,5}(?:\.\d{1,2})?),(\d{1,5}(?:\.\d{1,2})?)$/.exec(value);
  return match ? { page: Number(match[1]), x: Number(match[2]), y: Number(match[3]) } : undefined;
}

/** The area between two opposite corners. */
export function areaBetween(a: { x: number; y: number }, b: { x: number; y: number }) {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: round(Math.abs(a.x - b.x)),
    height: round(Math.abs(a.y - b.y)),
  };
}

/** A length typed in millimetres (decimal comma or point) in points; NaN when it is none. */
export function pointsOfMm(value: unknown): number {
  if (typeof value !== 'string' || !/^\s*\d{1,4}(?:[.,]\d{1,2})?\s*$/.test(value)) return NaN;
  return round(Number(value.trim().replace(',', '.')) / MM_PER_POINT);
}

const round = (n: number) => Math.round(n * 100) / 100;
const percent = (part: number, whole: number) => `${round((part / whole) * 100)}%`;

/**
 * The stylesheet placing each mark over its page image (and the first corner chosen), in
 * percent of the page, so it fits the image at any width.
 */
export function redactionStylesheet(
  pages: readonly PageSize[],
  marks: readonly RedactionMark[],
  corner: Corner | undefined,
): string {
  const sizes = new Map(pages.map((p) => [p.page, p]));
  const rules = marks.flatMap((m) => {
    const size = sizes.get(m.page);
    if (!size) return [];
    return [
      `#markering-${m.id} { left: ${percent(m.x, size.width)}; top: ${percent(m.y, size.height)}; ` +
        `width: ${percent(m.width, size.width)}; height: ${percent(m.height, size.height)}; }`,
    ];
  });
  const size = corner && sizes.get(corner.page);
  if (corner && size) {
    rules.push(
      `#eerste-hoek { left: ${percent(corner.x, size.width)}; top: ${percent(corner.y, size.height)}; }`,
    );
  }
  return `${rules.join('\n')}\n`;
}

function groundOptions(law: Regime, chosen: string) {
  return refusalGroundsOf(law).map((g) => ({
    value: g.code,
    label: `${g.code} ${g.label}`,
    selected: g.code === chosen,
  }));
}

const HOW_NL: Readonly<Record<RedactionMark['source'], string>> = {
  term: 'term',
  suggestion: 'voorstel',
  area: 'vlak',
};

/** The page's view of the sheet. */
export function redactionView(
  requestId: string,
  sheet: RedactionSheet,
  options: {
    readonly from: number;
    readonly corner: Corner | undefined;
    readonly error: RedactionError | null;
    readonly typed: Readonly<Record<string, string | undefined>>;
  },
) {
  const base = `/verzoeken/${requestId}/inventaris/${sheet.document.number}/lakken`;
  const { corner, error } = options;
  const groundsText = new Map(refusalGroundsOf(sheet.law).map((g) => [g.code, g.label]));
  const chosenGround = options.typed.ground ?? sheet.suggestedGround.code;
  const shown = sheet.pages.filter(
    (p) => p.page >= options.from && p.page < options.from + PAGES_AT_ONCE,
  );
  const cornerQuery = corner ? `&hoek=${corner.page},${corner.x},${corner.y}` : '';
  // A suggestion taken over already is not offered again.
  const marked = new Set(sheet.marks.map(areaKey));
  const open = sheet.suggestions.filter((s) => !s.areas.every((a) => marked.has(areaKey(a))));
  const kinds = [...new Set(open.map((s) => s.kind))];
  return {
    base,
    stylesheet: `${base}.css?vanaf=${options.from}${cornerQuery}`,
    error: error ?? { form: '', field: '', label: '', message: '' },
    errorPrefix: error ? `${error.form}-` : '',
    grounds: groundOptions(sheet.law, chosenGround),
    suggestedGround: `${sheet.suggestedGround.code} ${sheet.suggestedGround.label}`,
    term: options.typed.term ?? '',
    corner: corner
      ? {
          page: corner.page,
          value: `${corner.page},${corner.x},${corner.y}`,
          left: mm(corner.x),
          top: mm(corner.y),
        }
      : null,
    pages: shown.map((p) => ({
      page: p.page,
      src: `/verzoeken/${requestId}/inventaris/${sheet.document.number}/pagina/${p.page}.png`,
      width: Math.ceil((p.width / 72) * PAGE_IMAGE_DPI),
      height: Math.ceil((p.height / 72) * PAGE_IMAGE_DPI),
      size: `${mm(p.width)} × ${mm(p.height)} mm`,
      cornerHere: corner?.page === p.page,
      marks: sheet.marks
        .filter((m) => m.page === p.page)
        .map((m) => ({ id: m.id, label: m.label })),
    })),
    pageCount: sheet.pages.length,
    previous:
      options.from > 1 ? `${base}?vanaf=${Math.max(1, options.from - PAGES_AT_ONCE)}` : null,
    next:
      options.from + PAGES_AT_ONCE <= sheet.pages.length
        ? `${base}?vanaf=${options.from + PAGES_AT_ONCE}`
        : null,
    from: options.from,
    to: Math.min(sheet.pages.length, options.from + PAGES_AT_ONCE - 1),
    marks: sheet.marks.map((m) => ({
      id: m.id,
      page: m.page,
      label: m.label,
      groundText: groundsText.get(m.ground) ?? '',
      how: HOW_NL[m.source],
      term: m.term ?? '',
      place: `${mm(m.x)} mm van links, ${mm(m.y)} mm van boven, ${mm(m.width)} × ${mm(m.height)} mm`,
    })),
    terms: [...new Set(sheet.marks.flatMap((m) => (m.term === null ? [] : [m.term])))],
    suggestions: open.map((s) => ({
      id: s.id,
      kind: KIND_LABELS_NL[s.kind],
      text: s.text,
      page: s.page,
    })),
    kinds: kinds.map((k) => ({ value: k, label: KIND_PLURAL_NL[k] })),
  };
}

function areaKey(a: { page: number; x: number; y: number; width: number; height: number }) {
  return [a.page, a.x, a.y, a.width, a.height].map((n) => n.toFixed(2)).join(':');
}

/** Points in millimetres with a decimal comma, as a ruler reads. */
function mm(points: number): string {
  return (Math.round(points * MM_PER_POINT * 10) / 10).toString().replace('.', ',');
}
