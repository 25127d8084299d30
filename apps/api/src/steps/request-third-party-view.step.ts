import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RequestCommand } from '@wobdesk/domain';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsOptional, Min } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { date } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class ThirdPartyViewDto extends DatedActionDto {
  @ApiProperty({ format: 'date', description: 'End of the term given to the third party' })
  @IsDefined()
  @IsCaseDate()
  termEndsOn: string;

  @ApiPropertyOptional({
    type: [Number],
    description:
      'Numbers of the documents the view is asked about: their third parties not yet asked are linked to this request for a view',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  documentNumbers?: number[] | null;
}

/** "3, 5 7": the document numbers a clerk typed; undefined (with the form's error) if not. */
function readNumbers(text: string | undefined): number[] | undefined {
  if (text === undefined) return [];
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (!parts.every((p) => /^\d{1,9}$/.test(p) && Number(p) >= 1)) return undefined;
  return parts.map(Number);
}

export function thirdPartyViewCommand(
  dto: ThirdPartyViewDto,
): Extract<RequestCommand, { type: 'requestThirdPartyView' }> {
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
      {
        name: 'documentNumbers',
        label: 'Over de documenten (nummers)',
        type: 'text',
        description:
          'Niet verplicht. Bijvoorbeeld: 3, 5, 12. De derden van deze documenten worden als gevraagd vastgelegd.',
      },
    ],
    read: (form) =>
      readDated<ThirdPartyViewDto>(form, (f) => {
        const documentNumbers = readNumbers(f.text('documentNumbers', { max: 2000 }));
        if (documentNumbers === undefined) {
          f.errors.documentNumbers = 'Vul documentnummers in, gescheiden door komma’s.';
        }
        return {
          termEndsOn: f.date('termEndsOn', { required: true }) ?? '',
          documentNumbers: documentNumbers ?? [],
        };
      }),
  },
  // The end letter follows the same request for a view (once it came in or its term lapsed).
  letters: ['third_party_view_start', 'third_party_view_end', 'third_party_view_request'],
  run: (call, body) =>
    call.register.askThirdPartyView(
      call.actor,
      call.id,
      call.version,
      thirdPartyViewCommand(body),
      body.documentNumbers ?? [],
    ),
});
