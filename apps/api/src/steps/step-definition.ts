// What one workflow step declares, once: its API route and body, its page form, the register call
// both of them end in, and the letters it makes possible. The API controller, the page's step
// forms and the OpenAPI document are built from these entries (step-routes.ts, the pages' request-actions.ts).
import type { Type } from '@nestjs/common';
import { type RequestCommandType, REQUEST_TRANSITIONS } from '@wobdesk/domain';
import type { LetterKind } from '@wobdesk/letters';
import type { Actor, RequestRegister, RequestView } from '@wobdesk/register';
import type { FormReader } from '../pages/shared/form-input.js';
import type { FieldSpec } from '../pages/shared/form-view.js';
import type { VersionedDto } from '../requests/request-actions.dto.js';

/** A domain command of the transition table, or the register's own `assign` (not a legal step). */
export type StepCommand = RequestCommandType | 'assign';

/** Who asks, about which request, at which version (undefined: the API caller sent none). */
export interface StepCall {
  readonly register: RequestRegister;
  readonly actor: Actor;
  readonly id: string;
  readonly version: number | undefined;
}

export interface StepApi<B> {
  /** POST /api/requests/:id/<slug>: public API, tested; never change it. */
  readonly slug: string;
  /**
   * The handler's name. With the controller's name it makes the OpenAPI operationId that clients
   * generate code from, so it stays as it was when the route was written by hand.
   */
  readonly handler: string;
  /** The OpenAPI summary. */
  readonly summary: string;
  /** The body class: its class-validator rules are what the global ValidationPipe checks. */
  readonly body: Type<B>;
  /** Decorators beyond those every step gets (e.g. roles). */
  readonly decorators?: readonly MethodDecorator[];
}

export interface StepPage<B> {
  /** POST /verzoeken/:id/<slug>, and `?gelukt=<slug>` after success. */
  readonly slug: string;
  /** The form's title; without one, the step's Dutch label from the transition table. */
  readonly title?: string;
  /** Shown on the request page after the step succeeded. */
  readonly notice: string;
  fields(view: RequestView, today: string, people: Readonly<Record<string, string>>): FieldSpec[];
  /**
   * The form's values in the shape of the API's body, so that both end in the same `run`; the
   * errors go on `form` (its `ok` then says false).
   */
  read(form: FormReader): B | undefined;
}

export interface StepDefinition<B extends VersionedDto> {
  /**
   * The commands this step issues: the page offers the form when the phase allows one of them,
   * and the catalogue test checks every command of the transition table has a step.
   */
  readonly commands: readonly [StepCommand, ...StepCommand[]];
  readonly api: StepApi<B>;
  readonly page: StepPage<B>;
  /** The letter kinds whose event this step records (the letters offered afterwards). */
  readonly letters?: readonly LetterKind[];
  /** Carries out a valid body: one call of the register, for the API and the page alike. */
  run(call: StepCall, body: B): Promise<RequestView>;
}

/**
 * A catalogue entry with its body type erased, so that entries with different bodies form one
 * list; `defineStep` is the only place that erases it.
 */
export type CatalogueStep = StepDefinition<VersionedDto>;

export function defineStep<B extends VersionedDto>(step: StepDefinition<B>): CatalogueStep {
  return step as unknown as CatalogueStep;
}

/** The step's labels: those of its first command in the transition table (assign has its own). */
export function stepLabels(step: CatalogueStep): { readonly nl: string; readonly en: string } {
  const [command] = step.commands;
  return command === 'assign'
    ? { nl: 'Toewijzen', en: 'Assign' }
    : { nl: REQUEST_TRANSITIONS[command].nl, en: REQUEST_TRANSITIONS[command].en };
}

/** The page form's title. */
export function stepTitle(step: CatalogueStep): string {
  return step.page.title ?? stepLabels(step).nl;
}
