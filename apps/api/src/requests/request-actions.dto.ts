import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EXTENSION_REASONS,
  type ExtensionReason,
  OPEN_ENDED_SUSPENSION_KINDS,
  type OpenEndedSuspensionKind,
} from '@wobdesk/domain';
import { type ConversationInput, ITEM_OUTCOMES, type ItemOutcome } from '@wobdesk/workflow';
import { Transform, Type } from 'class-transformer';
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
  ValidateIf,
  ValidateNested,
  registerDecorator,
} from 'class-validator';
import { IsCaseDate, nullAsAbsent, UUID_SHAPE } from '../common/validation.js';
import { MAX_ITEMS, NOT_BLANK } from './requests.dto.js';

const notBlank = { message: '$property must not be blank' };
const notBlankEach = { each: true, message: 'each value in $property must not be blank' };
/** A sanity bound only: the law's own maximum is the domain's to check (a coded 422). */
const MAX_DAYS = 365;

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

export class ClarificationRequestDto extends DatedActionDto {
  @ApiPropertyOptional({
    format: 'date',
    description:
      'End of the term set for the answer; without it nothing is suspended (Awb art. 4:15 lid 1 sub a)',
  })
  @IsOptional()
  @IsCaseDate()
  termEndsOn?: string;
}

export class ExtensionDto extends DatedActionDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Days; the regime maximum is checked (422)',
  })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_DAYS)
  days: number;

  @ApiProperty({ enum: EXTENSION_REASONS })
  @IsDefined()
  @IsIn(EXTENSION_REASONS)
  reason: ExtensionReason;

  @ApiProperty({ maxLength: 4000, description: 'The reasons given in the notice' })
  @IsDefined()
  @IsString()
  @MaxLength(4000)
  @Matches(NOT_BLANK, notBlank)
  motivation: string;
}

export class ThirdPartyViewDto extends DatedActionDto {
  @ApiProperty({ format: 'date', description: 'End of the term given to the third party' })
  @IsDefined()
  @IsCaseDate()
  termEndsOn: string;
}

export const SUSPENSION_START_KINDS = ['consent', ...OPEN_ENDED_SUSPENSION_KINDS] as const;
export type SuspensionStartKind = (typeof SUSPENSION_START_KINDS)[number];

/** `days` belongs to written consent only; the other kinds run until `suspension-ends`. */
function OnlyForConsent(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'onlyForConsent',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property is only allowed when kind is consent' },
      validator: {
        validate: (value: unknown, args) =>
          value === undefined || (args?.object as { kind?: unknown }).kind === 'consent',
      },
    });
}

export class SuspensionDto extends DatedActionDto {
  @ApiProperty({
    enum: SUSPENSION_START_KINDS,
    description:
      'consent (Awb 4:15 lid 2 sub a, with days); requester_delay / force_majeure (sub b/c): ' +
      '`occurredOn` is the first suspended day',
  })
  @IsDefined()
  @IsIn(SUSPENSION_START_KINDS)
  kind: SuspensionStartKind;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Required for consent, refused otherwise',
  })
  @ValidateIf((dto: SuspensionDto) => dto.kind === 'consent' || dto.days !== undefined)
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(3650)
  @OnlyForConsent()
  days?: number;
}

export class SuspensionEndDto extends DatedActionDto {
  @ApiProperty({
    enum: OPEN_ENDED_SUSPENSION_KINDS,
    description: '`occurredOn` is the last suspended day',
  })
  @IsDefined()
  @IsIn(OPEN_ENDED_SUSPENSION_KINDS)
  kind: OpenEndedSuspensionKind;
}

export const CONVERSATION_CHANNELS = [
  'phone',
  'in_person',
  'video',
  'email',
] as const satisfies readonly ConversationInput['channel'][];

export class ConversationDto extends DatedActionDto {
  @ApiProperty({ enum: CONVERSATION_CHANNELS })
  @IsDefined()
  @IsIn(CONVERSATION_CHANNELS)
  channel: ConversationInput['channel'];

  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, example: ['verzoeker', 'J. de Vries'] })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @Matches(NOT_BLANK, notBlankEach)
  participants: string[];

  @ApiProperty({ type: [String], maxItems: 50, description: 'The points of the summary' })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(4000, { each: true })
  @Matches(NOT_BLANK, notBlankEach)
  summaryPoints: string[];

  @ApiPropertyOptional({ format: 'date', description: 'When the summary went to the requester' })
  @IsOptional()
  @IsCaseDate()
  summarySentOn?: string;
}

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
    description: 'Refusal grounds as article codes',
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

export class ObjectionDto extends DatedActionDto {
  @ApiProperty({ description: 'Received by post (Awb 6:9 lid 2: the postal week applies)' })
  @IsDefined()
  @IsBoolean()
  byPost: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'Posting date (postal objections only)' })
  @IsOptional()
  @IsCaseDate()
  postedOn?: string;

  @ApiPropertyOptional({ description: 'Awb 7:13 advisory committee announced (12 weeks)' })
  @IsOptional()
  @IsBoolean()
  advisoryCommittee?: boolean;
}

export class ObjectionExtensionDto extends DatedActionDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Days; at most six weeks (Awb 7:10 lid 3, a 422)',
  })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_DAYS)
  days: number;
}

export class ForwardDto extends DatedActionDto {
  @ApiProperty({ maxLength: 300, example: 'Minister van Binnenlandse Zaken' })
  @IsDefined()
  @IsString()
  @MaxLength(300)
  @Matches(NOT_BLANK, notBlank)
  to: string;
}

export class AssignDto extends VersionedDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A clerk may only assign to themselves; a coordinator to anyone',
  })
  @IsDefined()
  @IsString()
  @Matches(UUID_SHAPE, { message: '$property must be a user id (UUID)' })
  assigneeId: string;
}
