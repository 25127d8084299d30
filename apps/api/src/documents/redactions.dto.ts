import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERSONAL_DATA_KINDS } from '@wobdesk/domain';
import { REDACTION_SOURCES } from '@wobdesk/persistence';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';

// The shapes only: libs/documents checks the rules (a ground of the decision's law, a page of
// the document, an area inside it, a term that occurs) and answers 422 naming the field.

const GROUND_HELP = 'A ground of the pick list of the decision\'s law: "5.1.2.e" or "5.1.2e"';
const POINTS = 'PDF points (1/72 inch) from the top-left corner of the page';

export class MarkTermDto {
  @ApiProperty({ maxLength: 200, description: 'One or more words; any case' })
  @IsString()
  @MaxLength(200)
  term: string;

  @ApiProperty({ description: GROUND_HELP })
  @IsString()
  @MaxLength(20)
  ground: string;
}

export class RemoveTermDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  term: string;
}

export class MarkAreaDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  page: number;

  @ApiProperty({ description: POINTS })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  x: number;

  @ApiProperty({ description: POINTS })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  y: number;

  @ApiProperty({ description: 'Points' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  width: number;

  @ApiProperty({ description: 'Points' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  height: number;

  @ApiProperty({ description: GROUND_HELP })
  @IsString()
  @MaxLength(20)
  ground: string;
}

export class AcceptSuggestionsDto {
  @ApiPropertyOptional({ type: [String], description: 'The suggestions picked (or give `kind`)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: PERSONAL_DATA_KINDS, description: 'Every suggestion of a kind' })
  @IsOptional()
  @IsIn(PERSONAL_DATA_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: `${GROUND_HELP}; default the privacy ground` })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  ground?: string;
}

export class RedactionMarkResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  page: number;
  @ApiProperty({ description: POINTS })
  x: number;
  @ApiProperty({ description: POINTS })
  y: number;
  @ApiProperty()
  width: number;
  @ApiProperty()
  height: number;
  @ApiProperty({ example: '5.1.2.e' })
  ground: string;
  @ApiProperty({ example: '5.1.2e', description: 'Printed in the box' })
  label: string;
  @ApiProperty({ enum: REDACTION_SOURCES })
  source: string;
  @ApiProperty({ type: String, nullable: true, description: 'The term marked (internal)' })
  term: string | null;
}

export class RedactionMarkListResponse {
  @ApiProperty({ type: [RedactionMarkResponse] })
  marks: RedactionMarkResponse[];
}

export class RedactionAreaResponse {
  @ApiProperty()
  page: number;
  @ApiProperty()
  x: number;
  @ApiProperty()
  y: number;
  @ApiProperty()
  width: number;
  @ApiProperty()
  height: number;
}

export class RedactionSuggestionResponse {
  @ApiProperty({ example: 'email-1-12' })
  id: string;
  @ApiProperty({ enum: PERSONAL_DATA_KINDS })
  kind: string;
  @ApiProperty({ description: 'The text found' })
  text: string;
  @ApiProperty()
  page: number;
  @ApiProperty({ type: [RedactionAreaResponse] })
  areas: RedactionAreaResponse[];
}

export class RedactionSuggestionListResponse {
  @ApiProperty({ type: [RedactionSuggestionResponse] })
  suggestions: RedactionSuggestionResponse[];
  @ApiProperty({ example: '5.1.2.e', description: 'The ground proposed for them' })
  ground: string;
}

export class RemovedCountResponse {
  @ApiProperty()
  removed: number;
}
