import { ApiProperty } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { IsDefined, IsInt, Max, Min } from 'class-validator';
import { DatedActionDto, MAX_DAYS } from '../requests/request-actions.dto.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, daysField, readDated } from './step-forms.js';

export class ObjectionExtensionDto extends DatedActionDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Days; at most six weeks (Awb 7:10 lid 3, a 422)',
  })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_DAYS)
  days: number;
}

export function objectionExtensionCommand(dto: ObjectionExtensionDto): RequestCommand {
  return { type: 'extendObjectionDecision', occurredOn: date(dto.occurredOn), days: dto.days };
}

export const extendObjectionDecision = defineStep<ObjectionExtensionDto>({
  commands: ['extendObjectionDecision'],
  api: {
    slug: 'objection-extensions',
    handler: 'extendObjection',
    summary: 'Extend the decision on the objection (Awb 7:10 lid 3, at most six weeks)',
    body: ObjectionExtensionDto,
  },
  page: {
    slug: 'bezwaar-verdagen',
    title: 'Beslissing op bezwaar verdagen',
    notice: 'De verdaging van de beslissing op bezwaar is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Verdaagd op'),
      daysField('Aantal dagen', 'Ten hoogste zes weken (42 dagen), Awb 7:10 lid 3.'),
    ],
    read: (form) =>
      readDated<ObjectionExtensionDto>(form, (f) => ({
        days: f.integer('days', { min: 1, max: 42, required: true }) ?? 0,
      })),
  },
  run: (call, body) => execute(call, objectionExtensionCommand(body)),
  letters: ['objection_extension'],
});
