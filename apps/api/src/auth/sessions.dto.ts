import { ApiProperty } from '@nestjs/swagger';

export class OwnSessionResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'ISO instant of the login' }) startedAt: string;
  @ApiProperty({ description: 'ISO instant of the last request (to the minute)' })
  lastSeenAt: string;
  @ApiProperty({ description: 'ISO instant of the absolute end (SESSION_TTL_HOURS)' })
  expiresAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Client IP at login' })
  ip: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'User-Agent at login' })
  userAgent: string | null;
  @ApiProperty({ description: 'The session of this request' }) current: boolean;
}

export class EndedSessionsResponse {
  @ApiProperty({ description: 'How many sessions ended' }) ended: number;
}
