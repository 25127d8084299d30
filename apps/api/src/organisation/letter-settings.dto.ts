import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Voice, VOICES } from '@wobdesk/domain';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { NOT_BLANK } from '../requests/requests.dto.js';

const notBlank = { message: '$property must not be blank' };

/**
 * Body of `PUT /api/organisation/letter-settings`: everything the letters print of the
 * organisation except its name, replaced as a whole. An optional field left out, null or blank
 * is cleared. The return address, the signatory's title and the objection address are required:
 * no letter can be made without them.
 */
export class LetterSettingsDto {
  @ApiProperty({
    enum: VOICES,
    description: 'The letters say "ik" (a minister) or "wij" (a college)',
  })
  @IsDefined()
  @IsIn(VOICES)
  voice: Voice;

  @ApiPropertyOptional({ maxLength: 500, example: 'Directie Wetgeving en Juridische Zaken' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  unit?: string | null;

  @ApiProperty({ maxLength: 300, example: 'Postbus 20301 2500 EH  Den Haag' })
  @IsDefined()
  @IsString()
  @MaxLength(300)
  @Matches(NOT_BLANK, notBlank)
  returnAddress: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'Turfmarkt 147\n2511 DP  Den Haag' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  visitingAddress?: string | null;

  @ApiPropertyOptional({ maxLength: 500, example: 'Postbus 20301\n2500 EH  Den Haag' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  postalAddress?: string | null;

  @ApiPropertyOptional({ maxLength: 300, example: 'www.rijksoverheid.nl/jenv' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({ maxLength: 254, example: 'woo@example.nl' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @ApiPropertyOptional({ maxLength: 40, example: '070 370 79 11' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+() ./-]{3,40}$/, { message: '$property must be a phone number' })
  contactPhone?: string | null;

  @ApiProperty({ maxLength: 300, example: 'De minister van Justitie en Veiligheid,' })
  @IsDefined()
  @IsString()
  @MaxLength(300)
  @Matches(NOT_BLANK, notBlank)
  signatoryTitle: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'namens deze' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  onBehalfLine?: string | null;

  @ApiPropertyOptional({ maxLength: 200, example: 'mr. A. de Vries' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signatoryName?: string | null;

  @ApiPropertyOptional({ maxLength: 200, example: 'directeur Wetgeving en Juridische Zaken' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signatoryPosition?: string | null;

  @ApiProperty({
    maxLength: 1000,
    example: 'de Minister van Justitie en Veiligheid, Postbus 20301, 2500 EH Den Haag',
  })
  @IsDefined()
  @IsString()
  @MaxLength(1000)
  @Matches(NOT_BLANK, notBlank)
  objectionAddress: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    example: 'Mijn excuses dat u langer op dit besluit heeft moeten wachten.',
    description:
      'The apology a late decision prints after saying how late it is; left out, the letter ' +
      "says a default sentence in the organisation's voice",
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  lateDecisionApology?: string | null;
}

/** One recorded change: who, when, and each changed field before and after. */
export class LetterSettingsChangeResponse {
  @ApiProperty({ description: 'The coordinator who made the change' }) changedBy: string;
  @ApiProperty({ nullable: true, description: "The coordinator's name" }) changedByName:
    string | null;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
  @ApiProperty({ example: { signatoryName: { from: null, to: 'mr. A. de Vries' } } })
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** `GET /api/organisation/letter-settings`: the settings and the latest changes, newest first. */
export class LetterSettingsResponse {
  @ApiProperty() name: string;
  @ApiProperty({ type: LetterSettingsDto }) settings: Record<string, unknown>;
  @ApiProperty({ type: [LetterSettingsChangeResponse] }) changes: LetterSettingsChangeResponse[];
}
