import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { THIRD_PARTY_VIEWS } from '@wobdesk/persistence';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';

// The shapes only: libs/documents checks the rules (the request-for-view event named must be
// one of the request's, a view cannot come in after today) and answers 422 naming the field.

const ASKED_HELP =
  "Sequence of the request's third_party_view_requested event the party was asked in";

export class AddThirdPartyDto {
  @ApiProperty({
    maxLength: 200,
    description: 'As the clerk knows them; never shown to the requester',
  })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: ASKED_HELP })
  @IsOptional()
  @IsInt()
  @Min(1)
  askedInEvent?: number | null;
}

export class RecordThirdPartyViewDto {
  @ApiProperty({ enum: THIRD_PARTY_VIEWS })
  @IsIn(THIRD_PARTY_VIEWS)
  view: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string | null;

  @ApiProperty({ format: 'date', description: 'The day the view came in' })
  @IsCaseDate()
  receivedOn: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: ASKED_HELP })
  @IsOptional()
  @IsInt()
  @Min(1)
  askedInEvent?: number | null;
}

export class ThirdPartyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: Number, nullable: true, description: ASKED_HELP })
  askedInEvent: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description: 'The day they were asked',
  })
  askedOn: string | null;
  @ApiProperty({ type: String, nullable: true, enum: THIRD_PARTY_VIEWS })
  view: string | null;
  @ApiProperty({ type: String, nullable: true })
  viewSummary: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  viewReceivedOn: string | null;
  @ApiProperty({ description: 'Asked and no view yet, or a view against disclosure' })
  holdsDisclosure: boolean;
}

export class ThirdPartyListResponse {
  @ApiProperty({ type: [ThirdPartyResponse] })
  thirdParties: ThirdPartyResponse[];
}
