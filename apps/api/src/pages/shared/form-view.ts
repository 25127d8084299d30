import type { FormState } from './form-input.js';

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly type?:
    | 'text'
    | 'date'
    | 'number'
    | 'email'
    | 'password'
    | 'tel'
    | 'textarea'
    | 'select'
    | 'multiselect'
    | 'checkbox';
  readonly description?: string;
  readonly required?: boolean;
  readonly autocomplete?: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Shown when nothing was typed yet (e.g. today for a date). */
  readonly defaultValue?: string;
}

/** One form field as the `field` partial renders it: label, description and error tied to the input. */
export function fieldView(form: FormState, spec: FieldSpec, idPrefix: string) {
  const id = `${idPrefix}${spec.name}`;
  const error = form.errors[spec.name] ?? null;
  const value = form.values[spec.name] ?? spec.defaultValue ?? '';
  const type = spec.type ?? 'text';
  const descriptionId = spec.description ? `${id}-beschrijving` : null;
  const errorId = error ? `${id}-fout` : null;
  // A multi-select keeps its choices as one comma-separated value (FormReader.list).
  const chosen = type === 'multiselect' ? value.split(',') : [value];
  return {
    id,
    name: spec.name,
    label: spec.label,
    type,
    isTextarea: type === 'textarea',
    isSelect: type === 'select',
    isMultiSelect: type === 'multiselect',
    isCheckbox: type === 'checkbox',
    value,
    checked: type === 'checkbox' && value !== '',
    required: spec.required ?? false,
    autocomplete: spec.autocomplete ?? null,
    description: spec.description ?? null,
    descriptionId,
    error,
    errorId,
    describedBy: [errorId, descriptionId].filter((x) => x !== null).join(' ') || null,
    options: (spec.options ?? []).map((o) => ({ ...o, selected: chosen.includes(o.value) })),
  };
}

/** The error summary above a form: each message links to its field. */
export function errorSummary(
  form: FormState,
  idPrefix: string,
  labels: Readonly<Record<string, string>> = {},
) {
  // Above the form a message such as "Dit veld is verplicht." says nothing without its field.
  const list = Object.entries(form.errors).map(([name, message]) => ({
    id: `${idPrefix}${name}`,
    message: labels[name] ? `${labels[name]}: ${message}` : message,
  }));
  return form.formError ? [{ id: `${idPrefix}formulier`, message: form.formError }, ...list] : list;
}

/** A required choice from a list (value → Dutch label). */
export function selectField(
  name: string,
  label: string,
  options: Readonly<Record<string, string>>,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  const list = Object.entries(options).map(([value, text]) => ({ value, label: text }));
  return { name, label, type: 'select', required: true, options: list, ...extra };
}

/** Any number of choices from a list (value → Dutch label), none required. */
export function multiSelectField(
  name: string,
  label: string,
  options: readonly { readonly value: string; readonly label: string }[],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return { name, label, type: 'multiselect', required: false, options, ...extra };
}

/** A multi-line text. */
export function textareaField(name: string, label: string, required = false): FieldSpec {
  return { name, label, type: 'textarea', required };
}
