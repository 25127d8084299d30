import { ApiProperty } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { IsDefined } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class ThirdPartyViewDto extends DatedActionDto {
  @ApiProperty({ format: 'date', description: 'End of the term given to the third party' })
  @IsDefined()
  @IsCaseDate()
  termEndsOn: string;
}

export function thirdPartyViewCommand(dto: ThirdPartyViewDto): RequestCommand {
  return {
    type: 'requestThirdPartyView',
    occurredOn: date(dto.occurredOn),
    termEndsOn: date(dto.termEndsOn),
  };
}

export const requestThirdPartyView = defineStep<ThirdPartyViewDto>({
  commands: ['requestThirdPartyView'],
  api: {
    slug: 'third-party-views',
    handler: 'askView',
    summary: 'Ask a third party for their view (zienswijze); suspends the term',
    body: ThirdPartyViewDto,
  },
  page: {
    slug: 'zienswijze',
    title: 'Zienswijze van een derde vragen',
    notice: 'Het verzoek om een zienswijze is vastgelegd; de termijn staat stil.',
    fields: (_view, today) => [
      datedField(today, 'Gevraagd op'),
      { name: 'termEndsOn', label: 'Reageren tot en met', type: 'date', required: true },
    ],
    read: (form) =>
      readDated<ThirdPartyViewDto>(form, (f) => ({
        termEndsOn: f.date('termEndsOn', { required: true }) ?? '',
      })),
  },
  // The end letter follows the same request for a view (once it came in or its term lapsed).
  letters: ['third_party_view_start', 'third_party_view_end', 'third_party_view_request'],
  run: (call, body) => execute(call, thirdPartyViewCommand(body)),
});
