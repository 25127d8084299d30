import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import { CALENDAR_FEED_SCOPES, type CalendarFeedScope } from './calendar-feeds.service.js';

/** Body of `POST /api/calendar-feeds`. */
export class CreateCalendarFeedDto {
  @ApiProperty({
    enum: CALENDAR_FEED_SCOPES,
    description:
      "mine: the requests assigned to you; organisation: all of the organisation's requests (coordinators only)",
  })
  @IsDefined()
  @IsIn(CALENDAR_FEED_SCOPES, { message: '$property must be one of: mine, organisation' })
  scope: CalendarFeedScope;
}

export class CalendarFeedResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: CALENDAR_FEED_SCOPES })
  scope: CalendarFeedScope;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CreatedCalendarFeedResponse extends CalendarFeedResponse {
  @ApiProperty({
    description:
      'The secret feed URL, shown this once: only a hash of its token is stored. Anyone with it reads the feed until it is revoked.',
    example: 'https://woo.example.nl/api/calendar-feeds/3q2-7wAbC….ics',
  })
  url: string;
}
