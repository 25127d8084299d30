import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TOOI_ORGANISATION_LISTS } from '@wobdesk/publication';
import { IsDefined, IsIn, IsString, Matches, MaxLength } from 'class-validator';

const TOOI_URIS = Object.values(TOOI_ORGANISATION_LISTS).flatMap((l) =>
  l.entries.map((e) => e.uri),
);

/** Body of `PUT /api/organisation/publisher`. */
export class PublisherDto {
  @ApiProperty({
    description:
      'The organisation in the TOOI lists DiWoo 0.9.8 accepts as publisher (ministries, municipalities, provinces, water boards)',
    example: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344',
  })
  @IsDefined()
  @IsString()
  @IsIn(TOOI_URIS, {
    message:
      '$property must be the identifier of a ministry, municipality, province or water board in the TOOI lists of DiWoo 0.9.8',
  })
  tooiUri: string;
}

export class PublisherResponse {
  @ApiPropertyOptional({ nullable: true, type: String })
  tooiUri: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'gemeente Utrecht' })
  tooiLabel: string | null;
}

/** Body of `PUT /api/requests/:id/publication`. */
export class SchedulePublicationDto {
  @ApiProperty({
    description:
      'The day the decision becomes public (YYYY-MM-DD): not before it was sent, nor before the disclosure date when a third party is expected to object (Woo art. 4.4 lid 5)',
    example: '2026-12-17',
  })
  @IsDefined()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' })
  publishOn: string;
}

/** Body of `POST /api/requests/:id/publication/withdrawal`. */
export class WithdrawPublicationDto {
  @ApiProperty({ maxLength: 1000, description: 'Why it is withdrawn; the public page says it was' })
  @IsDefined()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(1000)
  reason: string;
}

class PublishedFileResponse {
  @ApiProperty({ enum: ['decision', 'inventory', 'document'] })
  kind: string;
  @ApiProperty({ example: 'besluit.pdf' })
  fileName: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  bytes: number;
}

export class PublicationResponse {
  @ApiProperty({ example: '2026-12-17' })
  publishOn: string;
  @ApiProperty({ description: 'The public page is /openbaar/<slug>' })
  slug: string;
  @ApiProperty()
  title: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  withdrawnAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  withdrawalReason: string | null;
  @ApiProperty({ type: [PublishedFileResponse] })
  files: PublishedFileResponse[];
}
