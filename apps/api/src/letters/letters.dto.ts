import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LetterInput, LetterMetadata } from '@wobdesk/correspondence';
import { LETTER_KINDS } from '@wobdesk/letters';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsCaseDate, nullAsAbsent } from '../common/validation.js';
import { VersionedDto } from '../requests/request-actions.dto.js';

const notBlank = { message: '$property must not be blank' };
const notBlankEach = { each: true, message: 'each value in $property must not be blank' };
const NOT_BLANK = /\S/;

/** An optional list of at most 20 non-blank texts of at most 500 characters. */
function OptionalTextList(): PropertyDecorator {
  return applyDecorators(
    Transform(nullAsAbsent),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MaxLength(500, { each: true }),
    Matches(NOT_BLANK, notBlankEach),
  );
}

/**
 * What a clerk adds to a letter that the register does not hold (libs/correspondence LetterInput).
 * Each field belongs to certain kinds; a field of another kind is a 422 naming it.
 */
export class LetterInputDto implements LetterInput {
  @ApiPropertyOptional({ description: 'acknowledgement: invite the requester to a conversation' })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsBoolean()
  conversationInvitation?: boolean;

  @ApiPropertyOptional({
    description: 'clarification_request (required): why the request is too general',
    maxLength: 4000,
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @Matches(NOT_BLANK, notBlank)
  explanation?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'clarification_request: questions that help the requester specify',
  })
  @OptionalTextList()
  questions?: string[];

  @ApiPropertyOptional({
    example: 'twee bedrijven',
    maxLength: 200,
    description:
      'third_party_view_start (required), third_party_view_end (default: as in the start notice): how the letter names the third parties',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, notBlank)
  thirdParties?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'objection_acknowledgement: the date on the objection letter',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsCaseDate()
  objectionLetterDate?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['uw handtekening'],
    description: 'objection_acknowledgement: requirements of Awb 6:5 the objection lacks',
  })
  @OptionalTextList()
  missingRequirements?: string[];

  @ApiPropertyOptional({
    format: 'date',
    description:
      'objection_acknowledgement: last day to repair (Awb 6:6); needed with missingRequirements',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsCaseDate()
  repairBy?: string;

  @ApiPropertyOptional({ description: 'objection_acknowledgement: a hearing will follow' })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsBoolean()
  hearingToFollow?: boolean;
}

export class GenerateLetterDto extends LetterInputDto {
  @ApiProperty({ enum: LETTER_KINDS, example: 'decision' })
  @IsDefined()
  @IsIn(LETTER_KINDS, { message: `$property must be one of: ${LETTER_KINDS.join(', ')}` })
  kind: string;
}

/** The input part of a body (everything but `kind`). */
export function letterInputOf(dto: LetterInputDto): LetterInput {
  return Object.fromEntries(
    Object.entries(dto).filter(([field, value]) => field !== 'kind' && value !== undefined),
  ) as LetterInput;
}

export class SendLetterDto extends VersionedDto {
  @ApiProperty({
    format: 'date',
    example: '2020-03-11',
    description:
      'The day the letter was sent to the requester (not in the future, not before its date)',
  })
  @IsDefined()
  @IsCaseDate()
  sentOn: string;
}

class LetterWarningResponse {
  @ApiProperty() code: string;
  @ApiPropertyOptional() message?: string;
}

/** A stored letter without its content (OpenAPI description of `LetterMetadata`). */
export class LetterMetadataResponse implements Omit<LetterMetadata, 'warnings'> {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ enum: LETTER_KINDS }) kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'Sequence of the event in the request log the letter belongs to' })
  eventSequence: number;
  @ApiProperty({ example: '1.0.0+3f2a9c1b7d4e' }) templateVersion: string;
  @ApiProperty() templateSetHash: string;
  @ApiProperty({ description: 'SHA-256 of the HTML' }) contentHash: string;
  @ApiProperty({ description: 'SHA-256 of the PDF' }) pdfHash: string;
  @ApiProperty({ enum: ['wob', 'woo'] }) law: string;
  @ApiProperty({ type: [LetterWarningResponse] }) warnings: LetterWarningResponse[];
  @ApiPropertyOptional({ format: 'date', description: 'The date on the letter (dagtekening)' })
  letterDate?: string;
  @ApiProperty({ type: LetterInputDto, description: 'The extra input the letter was made with' })
  input: LetterInputDto;
  @ApiProperty({ enum: ['draft', 'sent'], description: 'A sent letter is never replaced' })
  status: 'draft' | 'sent';
  @ApiPropertyOptional({ format: 'date' }) sentOn?: string;
  @ApiPropertyOptional({ format: 'date-time' }) sentAt?: string;
  @ApiPropertyOptional({ format: 'uuid' }) sentBy?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String }) createdBy: string | null;
  @ApiProperty({ description: '1 for the first letter of this kind for the request, then 2 …' })
  version: number;
  @ApiProperty({ example: '/api/letters/…/html' }) htmlUrl: string;
  @ApiProperty({ example: '/api/letters/…/pdf' }) pdfUrl: string;
}

/** A letter as the requester sees it under their status token: only letters sent to them. */
export class PublicLetterResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LETTER_KINDS }) kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date', description: 'The day the letter was sent' }) sentOn: string;
  @ApiProperty() pdfUrl: string;
  @ApiProperty() htmlUrl: string;
}
