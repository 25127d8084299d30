import { ApiProperty } from '@nestjs/swagger';
import { MAX_BUNDLE_MEGABYTES } from '@wobdesk/documents';
import { MAX_LISTED_NAME_LENGTH, MAX_LISTED_NAMES } from '@wobdesk/domain';
import { IsArray, IsDefined, IsInt, IsString, Max, Min } from 'class-validator';

/** Body of `PUT /api/organisation/redaction-settings`: both settings, replaced as a whole. */
export class RedactionSettingsDto {
  @ApiProperty({
    type: [String],
    maxItems: MAX_LISTED_NAMES,
    description: `Names of persons the organisation lists (2 to ${MAX_LISTED_NAME_LENGTH} characters each, at most ${MAX_LISTED_NAMES}): the personal-data suggestions look for them besides the request's third parties. Trimmed; blanks and repeats (any case) dropped.`,
    example: ['P. de Vries', 'Anna Smit'],
  })
  @IsDefined()
  @IsArray()
  @IsString({ each: true })
  listedNames: string[];

  @ApiProperty({
    minimum: 1,
    maximum: MAX_BUNDLE_MEGABYTES,
    example: 25,
    description: 'The largest bundle in MB a release makes when the clerk gives no size',
  })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_BUNDLE_MEGABYTES)
  bundleMegabytes: number;
}

export class RedactionSettingsResponse {
  @ApiProperty({ type: [String] })
  listedNames: string[];
  @ApiProperty({ example: 25 })
  bundleMegabytes: number;
}
