import { ApiPropertyOptional } from '@nestjs/swagger';
import { amsterdamStartOf, LocalDate } from '@wobdesk/domain';
import type { ReadAuditFilter } from '@wobdesk/persistence';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IsCaseDate, queryInt, UUID_SHAPE } from '../common/validation.js';

const uuid = { message: '$property must be a UUID' };

/** Query of `GET /api/read-audit`: every filter optional, dates inclusive in Europe/Amsterdam. */
export class ReadAuditQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the reads of this user' })
  @IsOptional()
  @IsString()
  @Matches(UUID_SHAPE, uuid)
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the reads of this request' })
  @IsOptional()
  @IsString()
  @Matches(UUID_SHAPE, uuid)
  requestId?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'From this day (inclusive)' })
  @IsOptional()
  @IsCaseDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Up to and including this day' })
  @IsOptional()
  @IsCaseDate()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;
}

/** The repository's filter from a checked query (or a page's form with the same names). */
export function readAuditFilterOf(query: ReadAuditQueryDto): ReadAuditFilter {
  return {
    ...(query.userId !== undefined && { userId: query.userId.toLowerCase() }),
    ...(query.requestId !== undefined && { requestId: query.requestId.toLowerCase() }),
    ...(query.from !== undefined && { from: amsterdamStartOf(LocalDate.parse(query.from)) }),
    ...(query.to !== undefined && {
      until: amsterdamStartOf(LocalDate.parse(query.to).plusDays(1)),
    }),
  };
}
