// The decision's API body: an outcome per item, its grounds from the list of the law in force on
// the decision date, the weighing, where, and the item it shares an answer with.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ITEM_OUTCOMES,
  type ItemOutcome,
  REFUSAL_GROUNDS,
  refusalGroundsOf,
} from '@wobdesk/domain';
import { type DecisionInput } from '@wobdesk/register';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DatedActionDto, notBlankEach } from '../requests/request-actions.dto.js';
import { MAX_ITEMS, NOT_BLANK } from '../requests/requests.dto.js';

export class ItemOutcomeDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The number of the requested item' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_ITEMS)
  number: number;

  @ApiProperty({ enum: ITEM_OUTCOMES })
  @IsDefined()
  @IsIn(ITEM_OUTCOMES)
  outcome: ItemOutcome;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    example: ['5.1.2.e'],
    description:
      'Refusal grounds as article codes of the law in force on the decision date (Woo from ' +
      '2022-05-01, else Wob); any other code is refused with the field named. Woo: ' +
      groundCodes('woo') +
      '. Wob: ' +
      groundCodes('wob') +
      '.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @Matches(NOT_BLANK, notBlankEach)
  grounds?: string[];

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  remarks?: string;

  @ApiPropertyOptional({
    maxLength: 10000,
    description:
      'The weighing of interests; required when a ground is relative (Woo 5.1 lid 2 and lid 5, ' +
      'Wob 10 lid 2): ' +
      REFUSAL_GROUNDS.filter((g) => g.relative)
        .map((g) => g.code)
        .join(', '),
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  weighing?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description:
      'Where the information is already public (a text or URL); required for already_public',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  whereAvailable?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description:
      'Answered together with this other item ("vragen 5 en 6"): the same outcome, and the ' +
      'grounds, weighing and remarks given there',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ITEMS)
  answeredWith?: number;
}

/** "5.1.1.a (eenheid van de Kroon), …" for the OpenAPI description. */
function groundCodes(law: 'woo' | 'wob'): string {
  return refusalGroundsOf(law)
    .map((g) => `${g.code} (${g.label})`)
    .join(', ');
}

export class DecisionDto extends DatedActionDto {
  @ApiPropertyOptional({ description: 'Woo 4.4 lid 5 / Wob 6 lid 5: a third party may object' })
  @IsOptional()
  @IsBoolean()
  objectionExpected?: boolean;

  @ApiProperty({ type: [ItemOutcomeDto], description: 'One outcome per requested item' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @IsObject({ each: true })
  @ArrayUnique((outcome: ItemOutcomeDto) => outcome?.number, {
    message: 'each item number may appear only once in $property',
  })
  @ValidateNested({ each: true })
  @Type(() => ItemOutcomeDto)
  outcomes: ItemOutcomeDto[];
}

export function toDecisionInput(dto: DecisionDto): DecisionInput {
  return {
    occurredOn: dto.occurredOn,
    objectionExpected: dto.objectionExpected ?? undefined,
    outcomes: dto.outcomes.map((o) => ({
      number: o.number,
      outcome: o.outcome,
      grounds: o.grounds == null ? undefined : [...o.grounds],
      remarks: o.remarks ?? undefined,
      weighing: o.weighing ?? undefined,
      whereAvailable: o.whereAvailable ?? undefined,
      answeredWith: o.answeredWith ?? undefined,
    })),
  };
}
