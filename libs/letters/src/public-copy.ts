// The public copy of a letter: the same letter with the personal data of everyone but the
// signatory left out, for publication (Woo 3.3 lid 2 sub i; 5.1 lid 2 sub e; AVG art. 5 lid 1
// sub c). Pure: it rewrites the context, the templates print what they get. The choices are
// LD-PUBLIC-DECISION in docs/legal-decisions.md.
import type { DecisionContext } from './kinds/decision.letter.js';
import type { LetterBase, ProcedureStep } from './letter-contexts.js';

/** How the public copy names the requester where the sent letter had their name. */
export const PUBLIC_REQUESTER_NL = 'verzoeker';
/** How the public copy names a third party where the sent letter had their name. */
export const PUBLIC_THIRD_PARTY_NL = 'een derde';
/** How the public copy names an official of the organisation below the signatory. */
export const PUBLIC_OFFICIAL_NL = 'een medewerker';
/** How the public copy names the third parties asked for their view. */
export const PUBLIC_THIRD_PARTIES_NL = 'derden';

/** Names known to the register that must not be printed, with what the public copy says instead. */
export interface PublicCopyNames {
  /** The organisation's officials the register knows by name (conversation participants, clerks). */
  readonly officials: readonly string[];
  /** The third parties of the request's documents and views. */
  readonly thirdParties: readonly string[];
}

/** What the public copy says instead of a name, and the words for the requester. */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  PUBLIC_REQUESTER_NL,
  PUBLIC_THIRD_PARTY_NL,
  PUBLIC_OFFICIAL_NL,
  PUBLIC_THIRD_PARTIES_NL,
  'de verzoeker',
  'verzoekster',
  'aanvrager',
]);

/** Words in a name that are not the name itself: titles, forms of address, particles. */
const NOT_A_NAME = new Set(
  [
    'de',
    'den',
    'der',
    'het',
    'van',
    'von',
    'ten',
    'ter',
    'heer',
    'mevrouw',
    'mw',
    'dhr',
    'geachte',
    'beste',
    'naam',
    'fictief',
    'familie',
    'mr',
    'dr',
    'drs',
    'ir',
    'ing',
    'prof',
  ].map((w) => w.toLowerCase()),
);

/**
 * The public copy of a decision's context: addressed to "verzoeker" without address or e-mail
 * (an organisation keeps its name: it is no personal data), "Geachte verzoeker," (an
 * organisation: "Geacht bestuur,"), no "uw kenmerk", no contact person, no official named in the
 * narrative, the third parties asked for their view as "derden", and every known name in the
 * clerk's free text replaced. The signatory's title, name and position stay: they hold a public
 * office and sign the decision.
 */
export function publicDecisionContext(
  context: DecisionContext,
  names: PublicCopyNames,
): DecisionContext {
  const isOrganisation = context.requester.kind === 'organisation';
  const staff =
    context.organisation.voice === 'wij' ? 'een van onze medewerkers' : 'een van mijn medewerkers';
  // Names in the text first, then the parts the letter prints of persons by their place.
  const scrubbed = scrubber(context, names)(context);
  const base: DecisionContext = { ...scrubbed };
  delete (base as { contact?: unknown }).contact;
  delete (base as { theirReference?: unknown }).theirReference;
  return {
    ...base,
    publicCopy: true,
    requester: isOrganisation
      ? { name: context.requester.name, kind: 'organisation' }
      : { name: PUBLIC_REQUESTER_NL, salutation: 'Geachte verzoeker' },
    procedure: scrubbed.procedure.map((step) => publicStep(step, staff)),
    ...(scrubbed.thirdPartyViews && {
      thirdPartyViews: scrubbed.thirdPartyViews.map((v) => ({
        ...v,
        thirdParties: PUBLIC_THIRD_PARTIES_NL,
      })),
    }),
  };
}

function publicStep(step: ProcedureStep, staff: string): ProcedureStep {
  switch (step.kind) {
    case 'acknowledged': {
      const withoutSender = { ...step };
      delete withoutSender.sender;
      return withoutSender;
    }
    case 'conversation':
      return { ...step, withWhom: staff };
    case 'third_party_view':
      return { ...step, thirdParties: PUBLIC_THIRD_PARTIES_NL };
    default:
      return step;
  }
}

/**
 * Replaces every known name, e-mail address and address line in every string of the context,
 * the clerk's free text included: the requester's by "verzoeker", an official's by "een
 * medewerker", a third party's by "een derde".
 * The organisation's own letterhead is left as it is.
 */
function scrubber(context: LetterBase, names: PublicCopyNames): <T>(value: T) => T {
  const requester = context.requester;
  const isOrganisation = requester.kind === 'organisation';
  // A whole name is found in any case; one word of a name only as a name is written, with its
  // capital, so that "Bos" does not take "bos" from the text.
  const replacements: { text: string; by: string; word: boolean }[] = [];
  const add = (text: string | undefined, by: string, word = false) => {
    const t = text?.trim();
    // A word the public copy itself uses ("verzoeker" as a participant) is no name.
    if (t && t.length >= 3 && !PLACEHOLDERS.has(t.toLowerCase())) {
      replacements.push({ text: t, by, word });
    }
  };
  const person = (name: string, by: string) => {
    add(name, by);
    for (const word of nameWords(name)) add(word, by, true);
  };
  if (!isOrganisation) {
    person(requester.name, PUBLIC_REQUESTER_NL);
    for (const word of nameWords(requester.salutation ?? '')) add(word, PUBLIC_REQUESTER_NL, true);
  }
  add(requester.email, PUBLIC_REQUESTER_NL);
  for (const line of (requester.postalAddress ?? '').split('\n')) add(line, PUBLIC_REQUESTER_NL);
  for (const name of [context.contact?.name ?? '', ...names.officials]) {
    person(name, PUBLIC_OFFICIAL_NL);
  }
  add(context.contact?.email, PUBLIC_OFFICIAL_NL);
  add(context.contact?.phone, PUBLIC_OFFICIAL_NL);
  // Third parties are often organisations ("Gemeente Utrecht"): only their whole name, as a word
  // of it may be a word of the substance.
  for (const name of names.thirdParties) add(name, PUBLIC_THIRD_PARTY_NL);
  // Longest first, so a full name goes before the surname inside it.
  replacements.sort((a, b) => b.text.length - a.text.length);
  const patterns = replacements.map(
    ({ text, by, word }) =>
      [
        new RegExp(
          `(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`,
          word ? 'gu' : 'giu',
        ),
        by,
      ] as const,
  );
  const scrubText = (s: string) => patterns.reduce((out, [re, by]) => out.replace(re, by), s);
  const walk = (value: unknown, key?: string): unknown => {
    if (key === 'organisation') return value;
    if (typeof value === 'string') return scrubText(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return <T>(value: T) => walk(value) as T;
}

/** The words of a name that identify the person: "De heer J. Jansen" → ["Jansen"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !NOT_A_NAME.has(w.toLowerCase()));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
