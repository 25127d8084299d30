// The small mark-up a clerk may use in the free-text fields of a letter (a textarea), turned into
// HTML. Everything is HTML-escaped FIRST; the mark-up only adds tags around escaped text:
//   blank line   → new paragraph
//   "- " or "• " → bullet (consecutive lines form one list)
//   "> "         → quotation (consecutive lines form one quotation)
//   "[^1]"       → reference to footnote 1 of the letter
//   other line breaks inside a paragraph are kept.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** The same escaping as Handlebars' `{{ }}`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]);
}

const FOOTNOTE_REF = /\[\^(\d{1,3})\]/g;

/** The footnote numbers referred to in `text`, in order of appearance. */
export function footnoteRefs(text: string): number[] {
  return [...text.matchAll(FOOTNOTE_REF)].map((m) => Number(m[1]));
}

function inline(line: string): string {
  return escapeHtml(line).replace(
    FOOTNOTE_REF,
    (_, n: string) => `<sup class="voetnootverwijzing">${Number(n)}</sup>`,
  );
}

type LineKind = 'bullet' | 'quote' | 'plain';

function kindOf(line: string): LineKind {
  if (/^\s*[-•]\s+/.test(line)) return 'bullet';
  if (/^\s*>\s?/.test(line)) return 'quote';
  return 'plain';
}

function strip(line: string, kind: LineKind): string {
  if (kind === 'bullet') return line.replace(/^\s*[-•]\s+/, '');
  if (kind === 'quote') return line.replace(/^\s*>\s?/, '');
  return line;
}

/** One block (no blank lines inside) as HTML: runs of bullets, quotations and plain lines. */
function block(lines: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const kind = kindOf(lines[i]);
    let j = i;
    while (j < lines.length && kindOf(lines[j]) === kind) j++;
    const run = lines.slice(i, j).map((l) => inline(strip(l, kind).trim()));
    if (kind === 'bullet') out.push(`<ul>${run.map((r) => `<li>${r}</li>`).join('')}</ul>`);
    else if (kind === 'quote') out.push(`<blockquote>${run.join('<br>')}</blockquote>`);
    else out.push(`<p>${run.join('<br>')}</p>`);
    i = j;
  }
  return out.join('');
}

/** The clerk's text as safe HTML (see the mark-up above). */
export function richTextHtml(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
  return blocks.map(block).join('\n');
}

/**
 * Escaped text with its line breaks kept (addresses, units): "a\nb" → "a<br>b". Two spaces stay
 * two (a no-break space and a space): a Dutch address separates postcode and town that way, and
 * HTML would fold them into one.
 */
export function linesHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => escapeHtml(l.trim()).replace(/ {2}/g, '\u00a0 '))
    .join('<br>');
}

/**
 * A value for a CSS string literal (`content: "…"` in the print style): every character that is
 * not a letter, digit or space is written as a CSS hex escape, so no value can end the string,
 * the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    if (/[\p{L}\p{N} ]/u.test(ch) && ch !== '\\') out += ch;
    else out += `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
