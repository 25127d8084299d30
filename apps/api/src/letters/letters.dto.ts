import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LETTER_INPUT_SPECS,
  LETTER_KINDS,
  type LetterInput,
  type LetterInputSpec,
  MAX_INPUT_LINES,
  MAX_INPUT_SECTIONS,
  MAX_SECTION_HEADING,
} from '@wobdesk/letters';
import type { LetterMetadata } from '@wobdesk/correspondence';
import { LETTER_CHANNELS, type LetterChannel } from '@wobdesk/register';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
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

/** An optional list of at most 20 non-blank texts of at most `max` characters. */
function OptionalTextList(max: number): PropertyDecorator {
  return applyDecorators(
    Transform(nullAsAbsent),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_INPUT_LINES),
    IsString({ each: true }),
    MaxLength(max, { each: true }),
    Matches(NOT_BLANK, notBlankEach),
  );
}

/** The validation and OpenAPI description of one input field, from its shape. */
function inputFieldDecorators(spec: LetterInputSpec): PropertyDecorator[] {
  // The type is named: without a property declaration there is no design type to read it from.
  const described = { description: spec.api, ...(spec.example && { example: spec.example }) };
  switch (spec.shape) {
    case 'flag':
      return [
        ApiPropertyOptional({ type: Boolean, ...described }),
        Transform(nullAsAbsent),
        IsOptional(),
        IsBoolean(),
      ];
    case 'text':
    case 'longText':
      return [
        ApiPropertyOptional({ type: String, ...described, maxLength: spec.max }),
        Transform(nullAsAbsent),
        IsOptional(),
        IsString(),
        MaxLength(spec.max!),
        Matches(NOT_BLANK, notBlank),
      ];
    case 'lines':
      return [ApiPropertyOptional({ type: [String], ...described }), OptionalTextList(spec.max!)];
    case 'sections':
      // Each entry is checked by the register, which names it as `extraSections[1].heading`.
      return [
        ApiPropertyOptional({
          type: 'array',
          items: {
            type: 'object',
            required: ['heading', 'text'],
            properties: {
              heading: { type: 'string', maxLength: MAX_SECTION_HEADING },
              text: { type: 'string', maxLength: spec.max },
            },
          },
          maxItems: MAX_INPUT_SECTIONS,
          ...described,
        }),
        Transform(nullAsAbsent),
        IsOptional(),
        IsArray(),
        ArrayMaxSize(MAX_INPUT_SECTIONS),
        IsObject({ each: true, message: 'each value in $property must be an object' }),
      ];
    case 'date':
      return [
        ApiPropertyOptional({ type: String, format: 'date', ...described }),
        Transform(nullAsAbsent),
        IsOptional(),
        IsCaseDate(),
      ];
  }
}

/**
 * What a clerk adds to a letter that the register does not hold (libs/letters LetterInput). Its
 * properties and their rules come from the input fields' declarations (LETTER_INPUT_SPECS), so a
 * new field needs no change here. Each field belongs to certain kinds; a field of another kind is
 * a 422 naming it.
 */
// The properties are decorated below, one per declared field; the cast gives the class their
// types. The class keeps its name: the OpenAPI document names the schema after it.
export const LetterInputDto = class LetterInputDto {} as new () => LetterInput;
export type LetterInputDto = LetterInput;
for (const [field, spec] of Object.entries(LETTER_INPUT_SPECS)) {
  // Decorators written above a property run bottom-up; applyDecorators runs them in order.
  applyDecorators(...inputFieldDecorators(spec).reverse())(LetterInputDto.prototype, field);
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

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'De tekst van de bijlage is met de hand gecontroleerd tegen wetten.overheid.nl.',
    description:
      'Coordinators only: why a letter with a blocking warning is sent anyway; recorded as an event',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(2000)
  overrideReason?: string;

  @ApiPropertyOptional({
    enum: LETTER_CHANNELS,
    example: 'email',
    description:
      'How the letter went out; recorded with the sending so that a later letter names its medium ("Per e-mail van …", "Bij brief van …")',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsIn(LETTER_CHANNELS, { message: `$property must be one of: ${LETTER_CHANNELS.join(', ')}` })
  channel?: LetterChannel;
}

class LetterWarningResponse {
  @ApiProperty() code: string;
  @ApiPropertyOptional({ description: 'true: the letter cannot be sent until this is resolved' })
  blocking?: boolean;
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
