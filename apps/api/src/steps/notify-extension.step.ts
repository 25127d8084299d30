import { ApiProperty } from '@nestjs/swagger';
import { EXTENSION_REASONS, type ExtensionReason, type RequestCommand } from '@wobdesk/domain';
import { IsDefined, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DatedActionDto, MAX_DAYS, notBlank } from '../requests/request-actions.dto.js';
import { NOT_BLANK } from '../requests/requests.dto.js';
import { selectField, textareaField } from '../pages/shared/form-view.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, daysField, readDated } from './step-forms.js';

export class ExtensionDto extends DatedActionDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Days; the regime maximum is checked (422)',
  })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_DAYS)
  days: number;

  @ApiProperty({ enum: EXTENSION_REASONS })
  @IsDefined()
  @IsIn(EXTENSION_REASONS)
  reason: ExtensionReason;

  @ApiProperty({ maxLength: 4000, description: 'The reasons given in the notice' })
  @IsDefined()
  @IsString()
  @MaxLength(4000)
  @Matches(NOT_BLANK, notBlank)
  motivation: string;
}

export function extensionCommand(dto: ExtensionDto): RequestCommand {
  const { days, reason, motivation } = dto;
  return { type: 'notifyExtension', occurredOn: date(dto.occurredOn), days, reason, motivation };
}

export const notifyExtension = defineStep<ExtensionDto>({
  commands: ['notifyExtension'],
  api: {
    slug: 'extensions',
    handler: 'extend',
    summary: 'Extend the decision term (verdaging); refused when the law does not allow it',
    body: ExtensionDto,
  },
  page: {
    slug: 'verdaging',
    title: 'Beslistermijn verdagen',
    notice: 'De verdaging is vastgelegd; de nieuwe uiterste datum staat hieronder.',
    fields: (v, today) => [
      datedField(today, 'Verdaging meegedeeld op'),
      daysField(
        'Aantal dagen',
        'Woo: ten hoogste 14 dagen; Wob: ten hoogste 4 weken (28 dagen).',
        v.regime === 'woo' ? '14' : '28',
      ),
      // Woo 4.2 allows an extension for the size or complexity of the information only; the
      // Wob (art. 6 lid 2) names no reason, so only there is another reason offered.
      selectField(
        'reason',
        'Reden',
        v.regime === 'woo'
          ? { size_or_complexity: 'Omvang of ingewikkeldheid van de informatie' }
          : {
              size_or_complexity: 'Omvang of ingewikkeldheid van de informatie',
              other: 'Andere reden',
            },
      ),
      textareaField('motivation', 'Motivering (komt in de brief)', true),
    ],
    read: (form) =>
      readDated<ExtensionDto>(
        form,
        (f) =>
          ({
            days: f.integer('days', { min: 1, max: 365, required: true }),
            reason: f.oneOf('reason', ['size_or_complexity', 'other'] as const),
            motivation: f.text('motivation', { required: true }),
          }) as Omit<ExtensionDto, 'occurredOn'>,
      ),
  },
  letters: ['extension'],
  run: (call, body) => execute(call, extensionCommand(body)),
});
