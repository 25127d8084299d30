// The pages' Handlebars views: templates/pages/<name>.hbs inside layout.hbs, partials from
// templates/pages/partials/. Strict mode (a missing field is an error, not an empty string) and
// escaping always: a template with {{{ }}} or {{& }} is refused when loaded, so text typed by a
// requester can never become markup. The letters library works the same way (libs/letters).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longDate, weekdayDate } from '@wobdesk/letters';
import Handlebars from 'handlebars';

const HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  /** "26 mei 2020"; '—' when there is no date. */
  date: (value) => (typeof value === 'string' && value !== '' ? longDate(value) : '—'),
  /** "dinsdag 26 mei 2020", for deadlines. */
  weekdayDate: (value) => (typeof value === 'string' && value !== '' ? weekdayDate(value) : '—'),
  eq: (a, b) => a === b,
  /** Joins non-empty strings with a space (class lists). */
  classes: (...args) =>
    args
      .slice(0, -1)
      .filter((a) => typeof a === 'string' && a !== '')
      .join(' '),
};

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((h) => [h, true])),
  knownHelpersOnly: true,
  // Handlebars indents every line of a standalone partial's output, also inside a <textarea>:
  // a multi-line value shown again would gain spaces each time the form is sent back.
  preventIndent: true,
} as const;

/** Everything the layout reads; page templates add their own fields. */
export interface LayoutView {
  readonly title: string;
  /** The signed-in clerk, for the navigation and the logout form. */
  readonly clerk: { readonly name: string; readonly coordinator?: boolean } | null;
  /** Token for the POST forms of this page (also the logout form). */
  readonly csrf: string;
  /** A one-line confirmation after a POST-redirect-GET. */
  readonly notice: string | null;
  /** Errors of a form that failed validation, linked to their fields. */
  readonly errorSummary: readonly { readonly id: string; readonly message: string }[];
  readonly [field: string]: unknown;
}

type Template = (view: unknown) => string;

export class PageRenderer {
  private constructor(
    private readonly hb: typeof Handlebars,
    private readonly layout: Template,
    private readonly pages: ReadonlySet<string>,
  ) {}

  /** Loads and checks every template of `dir` (templates/pages) once, at start-up. */
  static load(dir: string): PageRenderer {
    const hb = Handlebars.create();
    for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
    const read = (file: string) => {
      const source = readFileSync(file, 'utf8');
      refuseUnescaped(source, file);
      return source;
    };
    for (const file of readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.hbs'))) {
      hb.registerPartial(
        file.slice(0, -4),
        hb.compile(read(join(dir, 'partials', file)), COMPILE_OPTIONS),
      );
    }
    const pages = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs') && f !== 'layout.hbs')) {
      const name = file.slice(0, -4);
      // Pages are partials of the layout, so their output is included without a triple-stash.
      hb.registerPartial(`page-${name}`, hb.compile(read(join(dir, file)), COMPILE_OPTIONS));
      pages.add(name);
    }
    const layout = hb.compile(read(join(dir, 'layout.hbs')), COMPILE_OPTIONS);
    return new PageRenderer(hb, layout, pages);
  }

  render(page: string, view: LayoutView): string {
    if (!this.pages.has(page)) throw new Error(`No page template ${page}.hbs`);
    return this.layout({ ...view, pageTemplate: `page-${page}` });
  }
}

function refuseUnescaped(source: string, file: string): void {
  const found: number[] = [];
  const visitor = new Handlebars.Visitor();
  visitor.MustacheStatement = function (node) {
    if (!node.escaped) found.push(node.loc.start.line);
    return Handlebars.Visitor.prototype.MustacheStatement.call(this, node);
  };
  visitor.accept(Handlebars.parse(source));
  if (found.length > 0) {
    throw new Error(`${file}: unescaped output on line ${found.join(', ')} is not allowed`);
  }
}
