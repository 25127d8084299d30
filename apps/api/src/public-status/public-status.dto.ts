import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_PHASES } from '@wobdesk/domain';
import { PublicLetterResponse } from '../letters/letters.dto.js';

class KeyDatesResponse {
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty({ format: 'date' }) decisionDue: string;
  @ApiPropertyOptional({ format: 'date' }) extendedTo?: string;
  @ApiPropertyOptional({ format: 'date' }) suspendedUntil?: string;
  @ApiPropertyOptional({ format: 'date' }) decidedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) sentOn?: string;
  @ApiPropertyOptional({ format: 'date' }) objectionWindowEndsOn?: string;
}

class TimelineEntryResponse {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ example: 'Wij hebben uw verzoek ontvangen.' }) textNl: string;
}

class PublicInventoryRowResponse {
  @ApiProperty() number: number;
  @ApiPropertyOptional({ format: 'date' }) date?: string;
  @ApiProperty({ description: 'The description; never the file name of an undisclosed document' })
  description: string;
  @ApiProperty({ example: 'Deels openbaar' }) assessmentNl: string;
  @ApiProperty({ type: [String], example: ['5.1.2.e'] }) grounds: string[];
}

class PublicDocumentsResponse {
  @ApiProperty({ description: 'Documents found (those outside the request not counted)' })
  found: number;
  @ApiPropertyOptional({
    type: [PublicInventoryRowResponse],
    description: "Once the decision was sent: the decision's inventory list",
  })
  inventory?: PublicInventoryRowResponse[];
}

class PublicPublicationResponse {
  @ApiProperty({ format: 'date', description: 'The day it is (or was) published' })
  publishOn: string;
  @ApiProperty() published: boolean;
  @ApiPropertyOptional({ description: 'Once published: the public page is /openbaar/<slug>' })
  slug?: string;
}

/** OpenAPI description of the contract's `PublicStatusView`: nothing internal. */
export class PublicStatusResponse {
  @ApiProperty() reference: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: REQUEST_PHASES }) phase: string;
  @ApiProperty({ description: 'The state in plain Dutch' }) stateNl: string;
  @ApiProperty({ type: KeyDatesResponse }) keyDates: KeyDatesResponse;
  @ApiProperty({ type: [TimelineEntryResponse] }) timeline: TimelineEntryResponse[];
  @ApiPropertyOptional({ type: PublicDocumentsResponse, description: 'Once documents were added' })
  documents?: PublicDocumentsResponse;
  @ApiPropertyOptional({
    type: PublicPublicationResponse,
    description: 'Once the publication of the decision is scheduled; absent when withdrawn',
  })
  publication?: PublicPublicationResponse;
  @ApiProperty({
    type: [PublicLetterResponse],
    description: 'The letters sent to the requester (drafts are not shown)',
  })
  letters: PublicLetterResponse[];
}
