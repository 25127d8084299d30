import { ApiPropertyOptional } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { nullAsAbsent } from '../common/validation.js';
import { textareaField } from '../pages/shared/form-view.js';
import { DatedActionDto, notBlank } from '../requests/request-actions.dto.js';
import { NOT_BLANK } from '../requests/requests.dto.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class DeclineToHandleDto extends DatedActionDto {
  @ApiPropertyOptional({
    maxLength: 4000,
    description:
      'Why the clarification received falls short; required (409) when an answer was recorded',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @Matches(NOT_BLANK, notBlank)
  reason?: string;
}

export function declineToHandleCommand(dto: DeclineToHandleDto): RequestCommand {
  const reason = dto.reason?.trim();
  return { type: 'declineToHandle', occurredOn: date(dto.occurredOn), ...(reason && { reason }) };
}

/**
 * The decision not to handle a request the requester did not specify (Woo art. 4.1 lid 6; under
 * the Wob Awb 4:5). It is a besluit: its letter is sent like the decision, and sending it starts
 * the objection window.
 */
export const declineToHandle = defineStep<DeclineToHandleDto>({
  commands: ['declineToHandle'],
  api: {
    slug: 'not-handled',
    handler: 'notHandled',
    summary:
      'Decide not to handle the request after an unanswered or insufficiently answered clarification request (Woo art. 4.1 lid 6; Awb 4:5)',
    body: DeclineToHandleDto,
  },
  page: {
    slug: 'niet-behandelen',
    title: 'Besluiten het verzoek niet te behandelen',
    notice: 'Het besluit om het verzoek niet te behandelen is vastgelegd. Maak nu de brief.',
    fields: (_view, today) => [
      datedField(today, 'Besluit genomen op'),
      textareaField(
        'reason',
        'Waarom is de ontvangen precisering onvoldoende? (verplicht als er een antwoord kwam; komt in de brief)',
        false,
      ),
    ],
    read: (form) =>
      readDated<DeclineToHandleDto>(form, (f) => {
        const reason = f.text('reason', { max: 4000 });
        return reason === undefined ? {} : { reason };
      }),
  },
  letters: ['not_handled_decision'],
  run: (call, body) => execute(call, declineToHandleCommand(body)),
});
