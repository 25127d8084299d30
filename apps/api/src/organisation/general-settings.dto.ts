import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { nullAsAbsent } from '../common/validation.js';

export const PUBLIC_FORM_INTRO_MAX = 2000;
/** Twenty years: longer than any retention a selection list sets for these files. */
export const RETENTION_MONTHS_MAX = 240;

/** Body of `PUT /api/organisation/settings`, replaced as a whole. */
export class GeneralSettingsDto {
  @ApiProperty({ description: 'false: the public request form says it is closed' })
  @IsDefined()
  @IsBoolean()
  publicFormOpen: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: PUBLIC_FORM_INTRO_MAX,
    description: 'Shown above the public form; paragraphs separated by a blank line',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsString()
  @MaxLength(PUBLIC_FORM_INTRO_MAX)
  publicFormIntro?: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: RETENTION_MONTHS_MAX,
    description:
      "Months after a request is closed that the requester's personal data is kept. Stored and shown only: nothing anonymises automatically yet",
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RETENTION_MONTHS_MAX)
  retentionMonths?: number;
}

export class GeneralSettingsResponse {
  @ApiProperty() publicFormOpen: boolean;
  @ApiProperty({ type: String, nullable: true }) publicFormIntro: string | null;
  @ApiProperty({ type: Number, nullable: true }) retentionMonths: number | null;
}
