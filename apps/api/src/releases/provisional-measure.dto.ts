import { ApiProperty } from '@nestjs/swagger';
import { PROVISIONAL_MEASURE_OUTCOMES, type ProvisionalMeasureOutcome } from '@wobdesk/documents';
import { IsDefined, IsIn } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';

/** Body of `POST /api/requests/:id/provisional-measure`. */
export class ProvisionalMeasureRequestDto {
  @ApiProperty({
    description:
      'The day a third party asked the court for a provisional measure against the disclosure (Awb 8:81): not before the decision was sent, not after today',
    example: '2024-05-20',
  })
  @IsDefined()
  @IsCaseDate()
  requestedOn: string;
}

/** Body of `POST /api/requests/:id/provisional-measure/end`. */
export class ProvisionalMeasureEndDto {
  @ApiProperty({
    description: 'The day the court ruled on it or it was withdrawn: not before it was asked',
    example: '2024-06-12',
  })
  @IsDefined()
  @IsCaseDate()
  endedOn: string;

  @ApiProperty({ enum: PROVISIONAL_MEASURE_OUTCOMES })
  @IsDefined()
  @IsIn(PROVISIONAL_MEASURE_OUTCOMES)
  outcome: ProvisionalMeasureOutcome;
}

export class ProvisionalMeasureResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The day the pending measure was asked for; null when none is pending',
  })
  provisionalMeasureSince: string | null;
}
