import {
  type CommandOfType,
  LocalDate,
  type RequestCommand,
  type RequestCommandType,
} from '@wobdesk/domain';
import type { LetterKind } from '@wobdesk/letters';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { type CatalogueStep, defineStep, type StepCall } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

// Bodies arrive validated (the ValidationPipe, or the page's FormReader). Optional fields may
// arrive as `null` (IsOptional lets it through): it means "not given".
export const date = (iso: string): LocalDate => LocalDate.parse(iso);
export const optionalDate = (iso: string | null | undefined): LocalDate | undefined =>
  iso == null ? undefined : date(iso);

/** A domain command through the register, at the caller's version. */
export function execute(
  call: StepCall,
  command: RequestCommand,
): ReturnType<StepCall['register']['execute']> {
  return call.register.execute(call.actor, call.id, call.version, command);
}

/** The commands whose only fact is their date (derived, so a new one needs no entry here). */
type DatedCommandType = {
  [T in RequestCommandType]: [Exclude<keyof CommandOfType<T>, 'type' | 'occurredOn'>] extends [
    never,
  ]
    ? T
    : never;
}[RequestCommandType];

export function datedCommand(type: DatedCommandType, dto: DatedActionDto): RequestCommand {
  return { type, occurredOn: date(dto.occurredOn) } as RequestCommand;
}

/** A step whose only fact is its legal date. */
export function datedStep(step: {
  command: DatedCommandType;
  api: { slug: string; handler: string; summary: string };
  page: { slug: string; title?: string; notice: string };
  letters?: readonly LetterKind[];
}): CatalogueStep {
  return defineStep<DatedActionDto>({
    commands: [step.command],
    api: { ...step.api, body: DatedActionDto },
    page: {
      ...step.page,
      fields: (_view, today) => [datedField(today)],
      read: (form) => readDated<DatedActionDto>(form),
    },
    ...(step.letters && { letters: step.letters }),
    run: (call, body) => execute(call, datedCommand(step.command, body)),
  });
}
