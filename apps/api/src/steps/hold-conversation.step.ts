import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONVERSATION_CHANNELS } from '@wobdesk/domain';
import type { ConversationInput } from '@wobdesk/register';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsCaseDate } from '../common/validation.js';
import { DatedActionDto, notBlankEach } from '../requests/request-actions.dto.js';
import { NOT_BLANK } from '../requests/requests.dto.js';
import { selectField, textareaField } from '../pages/shared/form-view.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export class ConversationDto extends DatedActionDto {
  @ApiProperty({ enum: CONVERSATION_CHANNELS })
  @IsDefined()
  @IsIn(CONVERSATION_CHANNELS)
  channel: ConversationInput['channel'];

  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, example: ['verzoeker', 'J. de Vries'] })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @Matches(NOT_BLANK, notBlankEach)
  participants: string[];

  @ApiProperty({ type: [String], maxItems: 50, description: 'The points of the summary' })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(4000, { each: true })
  @Matches(NOT_BLANK, notBlankEach)
  summaryPoints: string[];

  @ApiPropertyOptional({ format: 'date', description: 'When the summary went to the requester' })
  @IsOptional()
  @IsCaseDate()
  summarySentOn?: string;
}

export function toConversationInput(dto: ConversationDto): ConversationInput {
  return {
    occurredOn: dto.occurredOn,
    channel: dto.channel,
    participants: [...dto.participants],
    summaryPoints: [...dto.summaryPoints],
    summarySentOn: dto.summarySentOn ?? undefined,
  };
}

/** Every conversation is recorded; the first one moves the phase on (the register decides). */
export const holdConversation = defineStep<ConversationDto>({
  commands: ['holdConversation'],
  api: {
    slug: 'conversations',
    handler: 'conversation',
    summary: 'Record a conversation with the requester (the first moves the phase on)',
    body: ConversationDto,
  },
  page: {
    slug: 'gesprek',
    title: 'Gesprek met de verzoeker vastleggen',
    notice: 'Het gesprek is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Datum gesprek'),
      selectField('channel', 'Soort gesprek', {
        phone: 'Telefonisch',
        in_person: 'Op kantoor',
        video: 'Video',
        email: 'Per e-mail',
      }),
      textareaField('participants', 'Deelnemers (één per regel)', true),
      textareaField('summaryPoints', 'Afspraken (één per regel)', true),
      { name: 'summarySentOn', label: 'Samenvatting verstuurd op', type: 'date' },
    ],
    read: (form) =>
      readDated<ConversationDto>(
        form,
        (f) =>
          ({
            channel: f.oneOf('channel', CONVERSATION_CHANNELS),
            participants: f.lines('participants', { min: 1 }),
            summaryPoints: f.lines('summaryPoints', { min: 1 }),
            summarySentOn: f.date('summarySentOn'),
          }) as Omit<ConversationDto, 'occurredOn'>,
      ),
  },
  letters: ['conversation_summary'],
  run: (call, body) =>
    call.register.recordConversation(call.actor, call.id, call.version, toConversationInput(body)),
});
