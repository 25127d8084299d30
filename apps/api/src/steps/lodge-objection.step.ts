import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { IsBoolean, IsDefined, IsOptional } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { date, execute, optionalDate } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class ObjectionDto extends DatedActionDto {
  @ApiProperty({ description: 'Received by post (Awb 6:9 lid 2: the postal week applies)' })
  @IsDefined()
  @IsBoolean()
  byPost: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'Posting date (postal objections only)' })
  @IsOptional()
  @IsCaseDate()
  postedOn?: string;

  @ApiPropertyOptional({ description: 'Awb 7:13 advisory committee announced (12 weeks)' })
  @IsOptional()
  @IsBoolean()
  advisoryCommittee?: boolean;
}

export function objectionCommand(dto: ObjectionDto): RequestCommand {
  return {
    type: 'lodgeObjection',
    occurredOn: date(dto.occurredOn),
    byPost: dto.byPost,
    postedOn: optionalDate(dto.postedOn),
    advisoryCommittee: dto.advisoryCommittee ?? undefined,
  };
}

export const lodgeObjection = defineStep<ObjectionDto>({
  commands: ['lodgeObjection'],
  api: {
    slug: 'objections',
    handler: 'object',
    summary: 'Record an objection (bezwaar), with the posting date for postal ones',
    body: ObjectionDto,
  },
  page: {
    slug: 'bezwaar',
    title: 'Bezwaarschrift vastleggen',
    notice: 'Het bezwaar is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Ontvangen op'),
      { name: 'byPost', label: 'Per post ontvangen', type: 'checkbox' },
      { name: 'postedOn', label: 'Datum poststempel', type: 'date' },
      {
        name: 'advisoryCommittee',
        label: 'Er is een adviescommissie (12 weken)',
        type: 'checkbox',
      },
    ],
    read: (form) =>
      readDated<ObjectionDto>(form, (f) => ({
        byPost: f.checked('byPost'),
        postedOn: f.date('postedOn'),
        advisoryCommittee: f.checked('advisoryCommittee'),
      })),
  },
  letters: ['objection_acknowledgement'],
  run: (call, body) => execute(call, objectionCommand(body)),
});
