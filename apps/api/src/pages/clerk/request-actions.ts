// The steps of a case as forms on the request page, built from the step catalogue: its fields,
// the body read from the form in the API's shape, the same register call as the API, and what
// to say afterwards.
import type { Actor, RequestRegister, RequestView } from '@wobdesk/register';
import { type CatalogueStep, STEP_CATALOGUE, stepTitle } from '../../steps/index.js';
import type { FormReader } from '../shared/form-input.js';
import type { FieldSpec } from '../shared/form-view.js';

export { OUTCOME_LABELS } from '../../steps/index.js';

export interface StepCall {
  readonly register: RequestRegister;
  readonly actor: Actor;
  readonly id: string;
  readonly version: number;
}

export interface RequestAction {
  /** The URL segment: POST /verzoeken/:id/<slug>. */
  readonly slug: string;
  readonly title: string;
  /** Shown when the state machine accepts one of these commands in the current phase. */
  readonly commands: CatalogueStep['commands'];
  readonly notice: string;
  fields(view: RequestView, today: string, people: Readonly<Record<string, string>>): FieldSpec[];
  /** Undefined when the form has errors (they are on `form`). */
  run(form: FormReader, call: StepCall): Promise<RequestView> | undefined;
}

function pageAction(step: CatalogueStep): RequestAction {
  const { slug, notice, fields, read } = step.page;
  return {
    slug,
    title: stepTitle(step),
    commands: step.commands,
    notice,
    fields,
    run(form, call) {
      const body = read(form);
      if (!form.ok || body === undefined) return undefined;
      return step.run(call, body);
    },
  };
}

export const REQUEST_ACTIONS: readonly RequestAction[] = STEP_CATALOGUE.map(pageAction);
