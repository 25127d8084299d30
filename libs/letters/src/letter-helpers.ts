// The Handlebars helpers the letter templates may use, registered explicitly on an isolated
// Handlebars environment. Every helper checks its arguments (strict mode does not check helper
// arguments) and returns escaped text; the few that return HTML escape the clerk's text first.
import type { HelperDelegate, HelperOptions } from 'handlebars';
import Handlebars from 'handlebars';
import { REGIMES, type Regime } from '@wobdesk/domain';
import { citeGround, citeGroundShort, parseGround } from './format/legal-citations.js';
import {
  itemNumbers,
  joinNl,
  longDate,
  numberWord,
  ordinalWord,
  plural,
  salutationLine,
  signatureLine,
  weekday,
  weekdayDate,
} from './format/nl-format.js';
import { qrCodeSvg } from './format/qr-code.js';
import { cssString, footnoteRefs, linesHtml, richTextHtml } from './format/rich-text.js';
import { HelperArgumentError } from './letter-errors.js';

type HandlebarsEnv = typeof Handlebars;
type Loc = HelperArgumentError['loc'];

function locOf(options: unknown): Loc {
  return (options as { loc?: Loc } | undefined)?.loc;
}

/** The helper's own arguments (Handlebars appends its options object). */
function argsOf(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

function need(helper: string, value: unknown, what: string, options: unknown): void {
  if (value === undefined || value === null) {
    throw new HelperArgumentError(helper, `${what} is missing`, locOf(options));
  }
}

function date(helper: string, format: (d: string) => string): HelperDelegate {
  return (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    const [value] = values;
    need(helper, value, 'the date', options);
    try {
      return format(value as string);
    } catch {
      throw new HelperArgumentError(
        helper,
        `${JSON.stringify(value)} is not a date (YYYY-MM-DD)`,
        locOf(options),
      );
    }
  };
}

function integer(helper: string, value: unknown, options: unknown): number {
  need(helper, value, 'the number', options);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new HelperArgumentError(
      helper,
      `${JSON.stringify(value)} is not a whole number`,
      locOf(options),
    );
  }
  return value;
}

function text(helper: string, value: unknown, options: unknown): string {
  need(helper, value, 'the text', options);
  if (typeof value !== 'string') {
    throw new HelperArgumentError(helper, `${JSON.stringify(value)} is not text`, locOf(options));
  }
  return value;
}

/** Checks that every [^n] in a text has a footnote in the letter's `footnotes`. */
function checkFootnotes(helper: string, value: string, options: HelperOptions): void {
  const root = (options.data as { root?: { footnotes?: readonly string[] } } | undefined)?.root;
  const count = root?.footnotes?.length ?? 0;
  for (const n of footnoteRefs(value)) {
    if (n < 1 || n > count) {
      throw new HelperArgumentError(
        helper,
        `the text refers to footnote [^${n}], but the letter has ${count} footnote(s)`,
        locOf(options),
      );
    }
  }
}

/** The names of the helpers, for the documentation and the "unknown helper" check. */
export const LETTER_HELPERS = [
  'longDate',
  'weekdayDate',
  'weekday',
  'numberWord',
  'ordinalWord',
  'plural',
  'itemNumbers',
  'joinNl',
  'salutation',
  'voice',
  'withComma',
  'richText',
  'lines',
  'cssString',
  'qrCode',
  'citeGround',
  'numbered',
  'eq',
  'each',
  'if',
  'unless',
] as const;

export function registerLetterHelpers(hb: HandlebarsEnv): void {
  // Only the helpers above exist: `with`, `lookup` and `log` go, and `each` is replaced by one
  // that fails on a missing list instead of printing nothing.
  for (const name of ['with', 'lookup', 'log']) hb.unregisterHelper(name);
  const builtInEach = hb.helpers.each;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const { values, options } = argsOf(args);
    need('each', values[0], 'the list', options);
    return builtInEach.call(this, values[0], options);
  });

  hb.registerHelper('longDate', date('longDate', longDate));
  hb.registerHelper('weekdayDate', date('weekdayDate', weekdayDate));
  hb.registerHelper('weekday', date('weekday', weekday));
  hb.registerHelper('numberWord', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    return numberWord(integer('numberWord', values[0], options));
  });
  hb.registerHelper('ordinalWord', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    return ordinalWord(integer('ordinalWord', values[0], options));
  });
  /** {{plural n "dag" "dagen"}} → "3 dagen"; {{plural n "vraag" "vragen" bare=true}} → "vragen". */
  hb.registerHelper('plural', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    const n = integer('plural', values[0], options);
    const one = text('plural', values[1], options);
    const many = text('plural', values[2], options);
    return plural(n, one, many, options.hash?.bare !== true);
  });
  hb.registerHelper('itemNumbers', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    need('itemNumbers', values[0], 'the item numbers', options);
    const list = values[0] as unknown[];
    if (!Array.isArray(list) || list.length === 0 || !list.every((n) => Number.isInteger(n))) {
      throw new HelperArgumentError(
        'itemNumbers',
        'needs a non-empty list of item numbers',
        locOf(options),
      );
    }
    return itemNumbers(list as number[]);
  });
  hb.registerHelper('joinNl', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    need('joinNl', values[0], 'the list', options);
    return joinNl((values[0] as unknown[]).map(String));
  });
  hb.registerHelper('withComma', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    return signatureLine(text('withComma', values[0], options));
  });
  /** {{salutation requester.salutation requester.kind}}: the kind is optional ('person'). */
  hb.registerHelper('salutation', (...args: unknown[]) => {
    const { values } = argsOf(args);
    const kind = values[1] === 'organisation' ? 'organisation' : 'person';
    return salutationLine(values[0] as string | undefined, kind);
  });
  /**
   * {{voice "ik heb" "wij hebben"}}: the first form when the organisation writes as "ik" (the
   * default), the second when it writes as "wij". Both forms are written out in the template,
   * because the verb and the possessive change with the person ("mijn besluit", "ons besluit").
   */
  hb.registerHelper('voice', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    const singular = text('voice', values[0], options);
    const plural = text('voice', values[1], options);
    const root = (options.data as { root?: { organisation?: { voice?: string } } } | undefined)
      ?.root;
    return root?.organisation?.voice === 'wij' ? plural : singular;
  });
  hb.registerHelper('richText', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    const value = text('richText', values[0], options);
    checkFootnotes('richText', value, options);
    return new hb.SafeString(richTextHtml(value));
  });
  hb.registerHelper('lines', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    return new hb.SafeString(linesHtml(text('lines', values[0], options)));
  });
  hb.registerHelper('cssString', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    return new hb.SafeString(cssString(text('cssString', values[0], options)));
  });
  hb.registerHelper('qrCode', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    const link = text('qrCode', values[0], options);
    return new hb.SafeString(qrCodeSvg(link, `QR-code van ${link}`));
  });
  hb.registerHelper('citeGround', (...args: unknown[]) => {
    const { values, options } = argsOf(args);
    const code = text('citeGround', values[0], options);
    const law = values[1] as Regime;
    if (!REGIMES.includes(law)) {
      throw new HelperArgumentError(
        'citeGround',
        `law ${JSON.stringify(law)} is not wob or woo`,
        locOf(options),
      );
    }
    const ground = parseGround(code, law);
    if (!ground) {
      throw new HelperArgumentError(
        'citeGround',
        `"${code}" is not a ${law === 'wob' ? 'Wob ground (e.g. 10.2.e)' : 'Woo ground (e.g. 5.1.2.e)'}`,
        locOf(options),
      );
    }
    // {{citeGround code law short=true}}: "5.1 lid 2 sub e", for a table that names the law once.
    return options.hash?.short === true ? citeGroundShort(ground) : citeGround(ground, law);
  });
  /** {{#numbered items}}…{{/numbered}}: an <ol> whose entries keep the items' own numbers. */
  hb.registerHelper('numbered', function (this: unknown, ...args: unknown[]) {
    const { values, options } = argsOf(args);
    need('numbered', values[0], 'the list', options);
    const items = values[0] as { number?: unknown }[];
    const parts = items.map((item) => {
      const n = integer('numbered', item.number, options);
      return `<li value="${n}">${options.fn(item)}</li>`;
    });
    return new hb.SafeString(`<ol class="genummerd">${parts.join('')}</ol>`);
  });
  hb.registerHelper('eq', (...args: unknown[]) => {
    const { values } = argsOf(args);
    return values[0] === values[1];
  });
}
