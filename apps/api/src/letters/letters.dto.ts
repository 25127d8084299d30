import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LETTER_KINDS } from '@wobdesk/letters';
import type { LetterMetadata } from '@wobdesk/workflow';
import { IsDefined, IsIn } from 'class-validator';

export class GenerateLetterDto {
  @ApiProperty({ enum: LETTER_KINDS, example: 'decision' })
  @IsDefined()
  @IsIn(LETTER_KINDS, { message: `$property must be one of: ${LETTER_KINDS.join(', ')}` })
  kind: string;
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
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String }) createdBy: string | null;
  @ApiProperty({ description: '1 for the first letter of this kind for the request, then 2 …' })
  version: number;
  @ApiProperty({ example: '/api/letters/…/html' }) htmlUrl: string;
  @ApiProperty({ example: '/api/letters/…/pdf' }) pdfUrl: string;
}

/** A letter as the requester sees it under their status token. */
export class PublicLetterResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LETTER_KINDS }) kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() pdfUrl: string;
  @ApiProperty() htmlUrl: string;
}
