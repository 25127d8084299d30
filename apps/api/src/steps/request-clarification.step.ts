import { ApiPropertyOptional } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { IsOptional } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { date, execute, optionalDate } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class ClarificationRequestDto extends DatedActionDto {
  @ApiPropertyOptional({
    format: 'date',
    description:
      'End of the term set for the answer; without it nothing is suspended (Awb 4:15 lid 1 sub a)',
  })
  @IsOptional()
  @IsCaseDate()
  termEndsOn?: string;
}

export function clarificationCommand(dto: ClarificationRequestDto): RequestCommand {
  return {
    type: 'requestClarification',
    occurredOn: date(dto.occurredOn),
    termEndsOn: optionalDate(dto.termEndsOn),
  };
}

export const requestClarification = defineStep<ClarificationRequestDto>({
  commands: ['requestClarification'],
  api: {
    slug: 'clarification-requests',
    handler: 'clarify',
    summary: 'Ask for clarification (Awb 4:5); with a term, the decision term is suspended',
    body: ClarificationRequestDto,
  },
  page: {
    slug: 'precisering',
    title: 'Om precisering vragen',
    notice: 'Het verzoek om precisering is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Gevraagd op'),
      {
        name: 'termEndsOn',
        label: 'Reageren tot en met',
        type: 'date',
        description: 'Met een termijn staat de beslistermijn stil (Awb 4:15).',
      },
    ],
    read: (form) =>
      readDated<ClarificationRequestDto>(form, (f) => ({ termEndsOn: f.date('termEndsOn') })),
  },
  letters: ['clarification_request'],
  run: (call, body) => execute(call, clarificationCommand(body)),
});
