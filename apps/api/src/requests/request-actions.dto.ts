// The bodies every step shares; each step's own body is declared with the step (../steps/).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCaseDate, nullAsAbsent } from '../common/validation.js';

export const notBlank = { message: '$property must not be blank' };
export const notBlankEach = { each: true, message: 'each value in $property must not be blank' };
/** A sanity bound only: the law's own maximum is the domain's to check (a coded 422). */
export const MAX_DAYS = 365;

/** Every step may carry the version the clerk read: a stale one is a 409 and nothing happens. */
export class VersionedDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Optimistic lock: the `version` you read; 409 when the request changed since',
  })
  @Transform(nullAsAbsent)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

/** A step whose only fact is its (legal) date. */
export class DatedActionDto extends VersionedDto {
  @ApiProperty({ format: 'date', example: '2020-03-11', description: 'The legal date of the step' })
  @IsDefined()
  @IsCaseDate()
  occurredOn: string;
}
