// The mail templates: templates/mail/<name>.subject.hbs, <name>.txt.hbs and <name>.html.hbs,
// loaded and checked by the letters library's template loader (strict Handlebars, only the
// registered helpers — the same Dutch date helpers as the letters — no unescaped HTML output).
// Subject and text are plain text (no HTML escaping); the HTML body escapes every value.
import { join } from 'node:path';
import { LetterTemplates } from '@wobdesk/letters';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The parts every mail template has. */
export const MAIL_TEMPLATE_PARTS = ['subject', 'txt', 'html'] as const;

/** Thrown when a message cannot be rendered: no retry helps until the template or context is fixed. */
export class MailRenderError extends Error {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(`Mail template ${template}: ${message}`);
    this.name = 'MailRenderError';
  }
}

const isPlainText = (path: string) => !path.endsWith('.html.hbs');

export class MailTemplates {
  private constructor(private readonly set: LetterTemplates) {}

  /** Loads `<templatesDir>/mail` (it needs a VERSION file, like letters/). */
  static load(templatesDir: string): MailTemplates {
    return new MailTemplates(
      LetterTemplates.load({ baseDir: join(templatesDir, 'mail'), plainText: isPlainText }),
    );
  }

  /** VERSION plus a hash of the template files. */
  get version(): string {
    return this.set.version;
  }

  /** The names of the complete templates (all three parts present). */
  names(): string[] {
    const names = new Set(
      this.set.files
        .map((f) => /^([a-z0-9-]+)\.subject\.hbs$/.exec(f.path)?.[1])
        .filter((n): n is string => n !== undefined),
    );
    return [...names].filter((n) =>
      MAIL_TEMPLATE_PARTS.every((part) => this.set.hasTemplate(`${n}.${part}`)),
    );
  }

  render(template: string, view: Record<string, unknown>): RenderedMail {
    return {
      subject: this.subject(template, view),
      text: `${this.part(template, 'txt', view).trim()}\n`,
      html: this.part(template, 'html', view),
    };
  }

  /** The subject line alone (what the outbox page shows of a message). */
  subject(template: string, view: Record<string, unknown>): string {
    // A header is one line: collapse the template's line breaks and runs of spaces.
    return this.part(template, 'subject', view).replace(/\s+/g, ' ').trim();
  }

  private part(template: string, name: string, view: Record<string, unknown>): string {
    if (!this.set.hasTemplate(`${template}.${name}`)) {
      throw new MailRenderError(template, `templates/mail/${template}.${name}.hbs is missing`);
    }
    try {
      return this.set.renderTemplate(`${template}.${name}`, view);
    } catch (e) {
      throw new MailRenderError(template, e instanceof Error ? e.message : String(e));
    }
  }
}
