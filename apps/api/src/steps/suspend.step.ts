import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type RequestCommand } from '@wobdesk/domain';
import { IsDefined, IsIn, IsInt, Max, Min, registerDecorator, ValidateIf } from 'class-validator';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { selectField } from '../pages/shared/form-view.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, daysField, readDated } from './step-forms.js';
import {
  SUSPENSION_LABELS,
  SUSPENSION_START_KINDS,
  type SuspensionStartKind,
} from './suspension-labels.js';

/** `days` belongs to written consent only; the other kinds run until `suspension-ends`. */
function OnlyForConsent(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'onlyForConsent',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property is only allowed when kind is consent' },
      validator: {
        validate: (value: unknown, args) =>
          value === undefined || (args?.object as { kind?: unknown }).kind === 'consent',
      },
    });
}

export class SuspensionDto extends DatedActionDto {
  @ApiProperty({
    enum: SUSPENSION_START_KINDS,
    description:
      'consent (Awb 4:15 lid 2 sub a, with days); requester_delay / force_majeure (sub b/c): ' +
      '`occurredOn` is the first suspended day',
  })
  @IsDefined()
  @IsIn(SUSPENSION_START_KINDS)
  kind: SuspensionStartKind;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Required for consent, refused otherwise',
  })
  @ValidateIf((dto: SuspensionDto) => dto.kind === 'consent' || dto.days !== undefined)
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(3650)
  @OnlyForConsent()
  days?: number;
}

export function suspensionCommand(dto: SuspensionDto): RequestCommand {
  const occurredOn = date(dto.occurredOn);
  return dto.kind === 'consent'
    ? { type: 'agreeSuspension', occurredOn, days: dto.days as number }
    : { type: 'startSuspension', occurredOn, kind: dto.kind };
}

/** One step for the three grounds: the kind picks the command. */
export const suspend = defineStep<SuspensionDto>({
  commands: ['agreeSuspension', 'startSuspension'],
  api: {
    slug: 'suspensions',
    handler: 'suspend',
    summary: 'Suspend: written consent for `days`, or start a requester-delay/force-majeure period',
    body: SuspensionDto,
  },
  page: {
    slug: 'opschorting',
    title: 'Termijn opschorten',
    notice: 'De opschorting is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Opgeschort vanaf'),
      selectField('kind', 'Grond', SUSPENSION_LABELS),
      { ...daysField('Aantal dagen', 'Alleen bij instemming van de verzoeker.'), required: false },
    ],
    read: (form) =>
      readDated<SuspensionDto>(form, (f) => {
        const kind = f.oneOf('kind', SUSPENSION_START_KINDS);
        const n = f.integer('days', { min: 1, max: 3650, required: kind === 'consent' });
        return { kind, days: n } as Omit<SuspensionDto, 'occurredOn'>;
      }),
  },
  run: (call, body) => execute(call, suspensionCommand(body)),
  letters: ['suspension_agreed'],
});
