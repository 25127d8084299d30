import { LocalDate, plainTextProblem } from '@wobdesk/domain';
import { WorkflowError } from '@wobdesk/register';
import { statusOfWorkflowError } from '../../common/domain-status.js';

/** What was typed and what is wrong with it, by field name; `formError` is about the whole form. */
export interface FormState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
  readonly formError: string | null;
}

export const EMPTY_FORM: FormState = { values: {}, errors: {}, formError: null };

const MAX_TEXT = 10_000;

interface TextOptions {
  readonly required?: boolean;
  readonly max?: number;
}

/**
 * Reads a urlencoded form: every value as the string that was typed (so the form can be shown
 * again exactly), each rule broken as a Dutch message on its field. The workflow checks again;
 * this only turns typing mistakes into messages next to the field instead of a refusal.
 */
export class FormReader {
  readonly values: Record<string, string> = {};
  readonly errors: Record<string, string> = {};
  /** Every value of each field as sent, for the fields read as a list (a multi-select). */
  private readonly all: Record<string, string[]> = {};

  constructor(body: unknown) {
    if (typeof body !== 'object' || body === null) return;
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (key === '_csrf') continue;
      const sent = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string',
      );
      this.all[key] = sent;
      // A repeated field arrives as an array: the last one typed wins, unless read as a list.
      if (sent.length > 0) this.values[key] = sent[sent.length - 1];
    }
  }

  /**
   * Every non-empty choice of a multi-select, each one of `options`. The form keeps them as one
   * comma-separated value so that it can show the choices again.
   */
  list(name: string, options: readonly string[]): string[] {
    const chosen = (this.all[name] ?? []).map((v) => v.trim()).filter((v) => v !== '');
    if (chosen.length > 0) this.values[name] = chosen.join(',');
    if (chosen.some((v) => !options.includes(v))) {
      this.errors[name] = 'Kies alleen uit de mogelijkheden.';
    }
    return chosen;
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  state(formError: string | null = null): FormState {
    return { values: this.values, errors: this.errors, formError };
  }

  /**
   * A text that may have several lines (a text area): browsers send its line breaks as CR LF,
   * kept as LF. Control characters and text-direction marks are refused, as in the API.
   */
  text(name: string, options: TextOptions = {}): string | undefined {
    return this.read(name, options, true);
  }

  /** A one-line text (a name, a subject): line breaks and tabs are refused too. */
  line(name: string, options: TextOptions = {}): string | undefined {
    return this.read(name, options, false);
  }

  private read(name: string, options: TextOptions, multiLine: boolean): string | undefined {
    const value = (this.values[name] ?? '').replace(/\r\n/g, '\n').trim();
    if (value === '') {
      if (options.required) this.errors[name] = 'Dit veld is verplicht.';
      return undefined;
    }
    const problem = plainTextProblem(value, multiLine);
    if (problem !== null) {
      this.errors[name] =
        problem === 'line_break'
          ? 'Gebruik één regel, zonder regeleinden of tabs.'
          : 'Gebruik alleen gewone tekens, zonder stuurtekens.';
      return undefined;
    }
    const max = options.max ?? MAX_TEXT;
    if (value.length > max) this.errors[name] = `Gebruik hoogstens ${max} tekens.`;
    return value;
  }

  date(name: string, options: { required?: boolean } = {}): string | undefined {
    const value = this.text(name, options);
    if (value === undefined) return undefined;
    if (!LocalDate.isValid(value) || value < '1900-01-01' || value > '2999-12-31') {
      this.errors[name] = 'Vul een bestaande datum in, zoals 2026-03-31.';
      return undefined;
    }
    return value;
  }

  integer(
    name: string,
    range: { min: number; max: number; required?: boolean },
  ): number | undefined {
    const value = this.text(name, range);
    if (value === undefined) return undefined;
    const n = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= range.min && n <= range.max)) {
      this.errors[name] = `Vul een heel getal in van ${range.min} tot en met ${range.max}.`;
      return undefined;
    }
    return n;
  }

  oneOf<T extends string>(name: string, options: readonly T[], required = true): T | undefined {
    const value = this.text(name, { required });
    if (value === undefined) return undefined;
    if (!(options as readonly string[]).includes(value)) {
      this.errors[name] = 'Kies een van de mogelijkheden.';
      return undefined;
    }
    return value as T;
  }

  checked(name: string): boolean {
    return this.values[name] !== undefined && this.values[name] !== '';
  }

  /** One entry per non-empty line. */
  lines(name: string, options: { min: number }): string[] {
    const lines = (this.values[name] ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length < options.min) {
      this.errors[name] =
        options.min === 1
          ? 'Vul ten minste één regel in.'
          : `Vul ten minste ${options.min} regels in.`;
    } else if (lines.some((l) => l.length > MAX_TEXT)) {
      this.errors[name] = `Gebruik hoogstens ${MAX_TEXT} tekens per regel.`;
    }
    return lines;
  }
}

/**
 * A refusal of the register as the form shows it: on the field it names when the form has that
 * field (`fieldNames` maps the register's field names to the form's), else above the form.
 */
export function refusalOf(
  error: unknown,
  form: FormReader,
  fieldNames: Readonly<Record<string, string>> = {},
): FormState {
  if (
    !(error instanceof WorkflowError) ||
    error.kind === 'not_found' ||
    error.kind === 'unauthenticated'
  ) {
    throw error;
  }
  const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
  const formField = field === undefined ? undefined : (fieldNames[field] ?? field);
  if (formField !== undefined && formField in form.values) {
    return {
      values: form.values,
      errors: { ...form.errors, [formField]: error.nl },
      formError: null,
    };
  }
  return form.state(error.nl);
}

/** The HTTP status of a form shown again after a refusal: the API's status for the same refusal. */
export function refusalStatus(error: unknown): number {
  return error instanceof WorkflowError ? statusOfWorkflowError(error) : 400;
}
