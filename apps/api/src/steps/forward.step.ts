import { ApiProperty } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { IsDefined, IsString, Matches, MaxLength } from 'class-validator';
import { DatedActionDto, notBlank } from '../requests/request-actions.dto.js';
import { NOT_BLANK } from '../requests/requests.dto.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class ForwardDto extends DatedActionDto {
  @ApiProperty({ maxLength: 300, example: 'Minister van Binnenlandse Zaken' })
  @IsDefined()
  @IsString()
  @MaxLength(300)
  @Matches(NOT_BLANK, notBlank)
  to: string;
}

export function forwardCommand(dto: ForwardDto): RequestCommand {
  return { type: 'forward', occurredOn: date(dto.occurredOn), to: dto.to.trim() };
}

export const forward = defineStep<ForwardDto>({
  commands: ['forward'],
  api: {
    slug: 'forward',
    handler: 'forward',
    summary: 'Record forwarding to the competent body (Woo art. 4.2)',
    body: ForwardDto,
  },
  page: {
    slug: 'doorzenden',
    title: 'Doorzenden naar een ander bestuursorgaan',
    notice: 'Het doorzenden is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Doorgezonden op'),
      { name: 'to', label: 'Naar', required: true },
    ],
    read: (form) =>
      readDated<ForwardDto>(form, (f) => ({
        to: f.text('to', { required: true, max: 500 }) ?? '',
      })),
  },
  run: (call, body) => execute(call, forwardCommand(body)),
  letters: ['forwarding_notice', 'forwarding_letter'],
});
