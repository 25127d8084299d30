import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BRAND_MIN_CONTRAST, brandColourProblem } from '@wobdesk/domain';
import {
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateIf,
} from 'class-validator';

/** A privacy statement that is only an address is shown as a link to it. */
export const PRIVACY_URL = /^https:\/\/[^\s]+$/;
export const PRIVACY_STATEMENT_MAX = 4000;

/** WCAG 2.1 AA (1.4.3): 4.5:1 against white; a malformed colour is left to `Matches`. */
function HasAaContrastOnWhite(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'wcagAaContrast',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must have a contrast of at least ${BRAND_MIN_CONTRAST}:1 against white (WCAG 2.1 level AA, success criterion 1.4.3): choose a darker colour`,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || brandColourProblem(value) !== 'contrast',
      },
    });
}

/**
 * Body of `PUT /api/organisation/branding`: the primary colour and privacy statement of the
 * requester's pages, replaced as a whole. Null or left out: the default.
 */
export class BrandingDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '#154273',
    description: 'Hex colour #rrggbb with a contrast of at least 4.5:1 against white',
  })
  @IsOptional()
  @IsString()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: '$property must be a hex colour written #rrggbb' })
  @HasAaContrastOnWhite()
  primaryColour?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: PRIVACY_STATEMENT_MAX,
    description:
      'The privacy statement on the request form: plain text (blank lines part paragraphs), or only the https address of the statement',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PRIVACY_STATEMENT_MAX)
  @ValidateIf((o: BrandingDto) => /^https?:/i.test(o.privacyStatement ?? ''))
  @Matches(PRIVACY_URL, {
    message: '$property that is an address must be one https address without spaces',
  })
  privacyStatement?: string | null;
}

export class BrandingLogoResponse {
  @ApiProperty() sha256: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
}

export class BrandingResponse {
  @ApiProperty({ type: String, nullable: true }) primaryColour: string | null;
  @ApiProperty({ type: String, nullable: true }) privacyStatement: string | null;
  @ApiProperty({ type: BrandingLogoResponse, nullable: true })
  logo: BrandingLogoResponse | null;
}
