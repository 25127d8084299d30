import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_ASSESSMENTS, REFUSAL_GROUNDS } from '@wobdesk/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate } from '../common/validation.js';
import { DocumentResponse } from './documents.dto.js';

// The shapes only: the rules of an assessment (the pick list of the decision's law, the
// reasoning a relative ground needs, the link of an already public document) are checked by
// libs/documents, which answers 422 naming the field and the rule.

const ASSESSMENT_HELP =
  `One of ${DOCUMENT_ASSESSMENTS.join(', ')}. partly_public and not_public need grounds; ` +
  'already_public needs publicLink.';
const GROUNDS_HELP =
  'Ground codes of the law the decision is taken under (its date once recorded, else today): ' +
  'Woo ' +
  REFUSAL_GROUNDS.filter((g) => g.law === 'woo')
    .map((g) => g.code)
    .join(', ') +
  '; Wob ' +
  REFUSAL_GROUNDS.filter((g) => g.law === 'wob')
    .map((g) => g.code)
    .join(', ') +
  '. A relative ground (5.1.2, 5.1.5, 10.2) needs reasoning.';

export class DocumentAssessmentFieldsDto {
  @ApiPropertyOptional({ enum: DOCUMENT_ASSESSMENTS, description: ASSESSMENT_HELP })
  @IsOptional()
  @IsString()
  assessment?: string;

  @ApiPropertyOptional({ type: [String], example: ['5.1.2.e'], description: GROUNDS_HELP })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  grounds?: string[];

  @ApiPropertyOptional({ description: 'The weighing of interests, or a remark' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  reasoning?: string;

  @ApiPropertyOptional({ example: 'https://open.overheid.nl/documenten/…' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  publicLink?: string;
}

export class ChangeDocumentDto extends DocumentAssessmentFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2020-03-02' })
  @IsOptional()
  @IsLocalDate()
  documentDate?: string | null;

  @ApiPropertyOptional({
    type: [Number],
    example: [1, 2],
    description: 'Numbers of the requested items the document answers (replaces the list)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  items?: number[];
}

export class InventoryFilterDto {
  @ApiPropertyOptional({ enum: [...DOCUMENT_ASSESSMENTS, 'unassessed'] })
  @IsOptional()
  @IsString()
  assessment?: string;

  @ApiPropertyOptional({ example: '5.1.2.e' })
  @IsOptional()
  @IsString()
  ground?: string;

  @ApiPropertyOptional({ description: 'Number of an e-mail: it and its attachments' })
  @IsOptional()
  @IsInt()
  family?: number;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional()
  @IsString()
  type?: string;

  @ApiPropertyOptional({ description: 'Number of a requested item' })
  @IsOptional()
  @IsInt()
  item?: number;

  @ApiPropertyOptional({ description: 'Words in the description or the extracted text' })
  @IsOptional()
  @IsString()
  q?: string;
}

export class AssessDocumentsDto extends DocumentAssessmentFieldsDto {
  @ApiPropertyOptional({ type: [Number], description: 'The documents, by number (or filter)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsInt({ each: true })
  numbers?: number[];

  @ApiPropertyOptional({
    type: InventoryFilterDto,
    description: 'Every document this filter selects (or numbers)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InventoryFilterDto)
  filter?: InventoryFilterDto;
}

export class InventoryDocumentResponse extends DocumentResponse {
  @ApiProperty({ type: String, nullable: true, enum: DOCUMENT_ASSESSMENTS })
  assessment: string | null;

  @ApiProperty({ type: [String] })
  grounds: string[];

  @ApiProperty({ type: String, nullable: true })
  reasoning: string | null;

  @ApiProperty({ type: String, nullable: true })
  publicLink: string | null;

  @ApiProperty({ type: String, nullable: true })
  assessedAt: string | null;

  @ApiProperty({ type: [Number], description: 'The requested items it answers' })
  items: number[];
}

export class InventoryResponse {
  @ApiProperty({ description: 'How many documents pass the filter' })
  total: number;

  @ApiProperty()
  offset: number;

  @ApiProperty()
  limit: number;

  @ApiProperty({ type: [InventoryDocumentResponse] })
  documents: InventoryDocumentResponse[];
}

export class AssessDocumentsResponse {
  @ApiProperty({ type: [Number], description: 'The documents assessed' })
  numbers: number[];
}
