// Pieces the step forms share: the legal date every step has, a number of days, and reading the
// date first so that its error comes first in the summary, as the fields are shown.
import type { FormReader } from '../pages/shared/form-input.js';
import type { FieldSpec } from '../pages/shared/form-view.js';

export const datedField = (today: string, label = 'Datum'): FieldSpec => ({
  name: 'occurredOn',
  label,
  type: 'date',
  required: true,
  defaultValue: today,
  description: 'De juridische datum van deze stap.',
});

export const daysField = (
  label: string,
  description: string,
  defaultValue?: string,
): FieldSpec => ({
  name: 'days',
  label,
  type: 'number',
  required: true,
  description,
  ...(defaultValue !== undefined && { defaultValue }),
});

/**
 * The legal date plus what `rest` reads, as a body of the API's shape; undefined when the form
 * has errors. The cast is the caller's: `rest` leaves a field undefined only with an error.
 */
export function readDated<B extends { occurredOn: string }>(
  form: FormReader,
  rest?: (form: FormReader) => Omit<B, 'occurredOn'>,
): B | undefined {
  const occurredOn = form.date('occurredOn', { required: true });
  const values = rest?.(form);
  if (!form.ok || occurredOn === undefined) return undefined;
  return { ...values, occurredOn } as B;
}
