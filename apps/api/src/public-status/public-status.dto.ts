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

/** OpenAPI description of the contract's `PublicStatusView`: nothing internal. */
export class PublicStatusResponse {
  @ApiProperty() reference: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: REQUEST_PHASES }) phase: string;
  @ApiProperty({ description: 'The state in plain Dutch' }) stateNl: string;
  @ApiProperty({ type: KeyDatesResponse }) keyDates: KeyDatesResponse;
  @ApiProperty({ type: [TimelineEntryResponse] }) timeline: TimelineEntryResponse[];
  @ApiProperty({
    type: [PublicLetterResponse],
    description: 'The letters sent to the requester (drafts are not shown)',
  })
  letters: PublicLetterResponse[];
}
