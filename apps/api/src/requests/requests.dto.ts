import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Channel,
  CHANNELS,
  OBJECTION_STAGES,
  type ObjectionStage,
  type Regime,
  REGIMES,
  REQUEST_PHASES,
  REQUEST_TEXT_LIMITS as LIMIT,
  REQUESTER_KINDS,
  type RequesterKind,
  type RequestPhase,
} from '@wobdesk/domain';
import {
  type NewRequestInput,
  type RequestListQuery,
  SORT_FIELDS,
  type SortField,
} from '@wobdesk/register';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
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
import {
  HasRequesterAddress,
  IsCaseDate,
  IsSingleLine,
  queryBoolean,
  queryInt,
  queryList,
  UUID_SHAPE,
} from '../common/validation.js';

/** Refuses strings of only white space (IsNotEmpty lets `"  "` through). */
export const NOT_BLANK = /\S/;
const notBlank = { message: '$property must not be blank' };
const uuid = { message: '$property must be a user id (UUID)' };
export const MAX_ITEMS = 100;

export class RequesterDto {
  @ApiProperty({ maxLength: LIMIT.requesterName, example: 'J. Jansen' })
  @IsDefined()
  @IsString()
  @MaxLength(LIMIT.requesterName)
  @IsSingleLine()
  @Matches(NOT_BLANK, notBlank)
  name: string;

  @ApiPropertyOptional({
    enum: REQUESTER_KINDS,
    default: 'person',
    description:
      'A person, or an organisation (a company, a newspaper, a foundation); without a ' +
      'salutation the letters greet an organisation "Geacht bestuur,"',
  })
  @IsOptional()
  @IsIn(REQUESTER_KINDS)
  kind?: RequesterKind;

  @ApiPropertyOptional({ maxLength: LIMIT.salutation, example: 'Geachte heer Jansen,' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMIT.salutation)
  @IsSingleLine()
  salutation?: string;

  @ApiPropertyOptional({
    maxLength: LIMIT.postalAddress,
    example: 'Postbus 353\n1000 AJ  Amsterdam',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMIT.postalAddress)
  postalAddress?: string;

  @ApiPropertyOptional({ maxLength: LIMIT.email, example: 'j.jansen@example.nl' })
  @IsOptional()
  @IsEmail()
  @MaxLength(LIMIT.email)
  email?: string;

  @ApiPropertyOptional({ maxLength: 40, example: '+31 20 123 4567' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+() ./-]{3,40}$/, { message: '$property must be a phone number' })
  phone?: string;
}

export class RequestItemDto {
  @ApiProperty({ maxLength: 4000, description: 'One numbered item of the request, in its words' })
  @IsDefined()
  @IsString()
  @MaxLength(4000)
  @Matches(NOT_BLANK, notBlank)
  text: string;
}

/** Body of `POST /api/requests`: a request as it came in. Items are numbered 1, 2, … in order. */
export class CreateRequestDto {
  @ApiProperty({
    type: RequesterDto,
    description: 'Needs an email or a postalAddress (or both): the decision is sent there',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RequesterDto)
  @HasRequesterAddress()
  requester: RequesterDto;

  @ApiPropertyOptional({ format: 'date', example: '2020-02-27', description: 'Date of the letter' })
  @IsOptional()
  @IsCaseDate()
  letterDate?: string;

  @ApiProperty({ format: 'date', example: '2020-03-03', description: 'Ontvangstdatum' })
  @IsDefined()
  @IsCaseDate()
  receivedOn: string;

  @ApiProperty({ enum: CHANNELS })
  @IsDefined()
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({
    maxLength: LIMIT.subject,
    example: 'Gezichtsherkenningstechnologie en Clearview AI',
  })
  @IsDefined()
  @IsString()
  @MaxLength(LIMIT.subject)
  @IsSingleLine()
  @Matches(NOT_BLANK, notBlank)
  subject: string;

  @ApiProperty({ type: [RequestItemDto], minItems: 1, maxItems: MAX_ITEMS })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RequestItemDto)
  items: RequestItemDto[];

  @ApiPropertyOptional({
    enum: REGIMES,
    description: 'Default: by the receipt date, Wob before 1 May 2022 (Woo art. 10.1)',
  })
  @IsOptional()
  @IsIn(REGIMES)
  regime?: Regime;

  @ApiPropertyOptional({ description: 'Wob art. 6 lid 6: environmental information' })
  @IsOptional()
  @IsBoolean()
  environmentalInformation?: boolean;

  @ApiPropertyOptional({
    maxLength: LIMIT.theirReference,
    description: "The requester's own reference",
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMIT.theirReference)
  @IsSingleLine()
  theirReference?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A clerk may only name themselves; a coordinator anyone',
  })
  @IsOptional()
  @IsString()
  @Matches(UUID_SHAPE, uuid)
  assigneeId?: string;
}

/** The validated body as the register's input; `null` in an optional field means "not given". */
export function toNewRequestInput(dto: CreateRequestDto): NewRequestInput {
  const { name, kind, salutation, postalAddress, email, phone } = dto.requester;
  return {
    requester: {
      name,
      kind: kind ?? undefined,
      salutation: salutation ?? undefined,
      postalAddress: postalAddress ?? undefined,
      email: email ?? undefined,
      phone: phone ?? undefined,
    },
    letterDate: dto.letterDate ?? undefined,
    receivedOn: dto.receivedOn,
    channel: dto.channel,
    subject: dto.subject,
    items: dto.items.map((item) => ({ text: item.text })),
    regime: dto.regime ?? undefined,
    environmentalInformation: dto.environmentalInformation ?? undefined,
    theirReference: dto.theirReference ?? undefined,
    assigneeId: dto.assigneeId ?? undefined,
  };
}

/** Query of `GET /api/requests`. Unknown parameters are refused (400), like unknown fields. */
export class ListRequestsQueryDto implements RequestListQuery {
  @ApiPropertyOptional({
    enum: REQUEST_PHASES,
    isArray: true,
    description: 'Repeat (`phase=a&phase=b`) or separate with commas',
  })
  @IsOptional()
  @Transform(queryList)
  @IsArray()
  @ArrayMaxSize(REQUEST_PHASES.length)
  @IsIn(REQUEST_PHASES, { each: true })
  phase?: RequestPhase[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsString()
  @Matches(UUID_SHAPE, uuid)
  assigneeId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 3650,
    description: 'Undecided, due within N days',
  })
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  dueWithinDays?: number;

  @ApiPropertyOptional({ description: '`true`: undecided and past the decision deadline' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    description:
      "`true`: undecided, waiting for a third party's view or a clarification (term suspended)",
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  waiting?: boolean;

  @ApiPropertyOptional({
    enum: OBJECTION_STAGES,
    description:
      'Where the objection stands: hearing to schedule or scheduled, advice awaited, decision due, or (decided) appeal window still open',
  })
  @IsOptional()
  @IsIn(OBJECTION_STAGES)
  objectionStage?: ObjectionStage;

  @ApiPropertyOptional({
    description: '`true`: undecided with a notice of default received (Awb 4:17, 6:12)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  noticeOfDefault?: boolean;

  @ApiPropertyOptional({ enum: REGIMES })
  @IsOptional()
  @IsIn(REGIMES)
  regime?: Regime;

  @ApiPropertyOptional({ format: 'date', description: 'Received on or after' })
  @IsOptional()
  @IsCaseDate()
  receivedFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Received on or before' })
  @IsOptional()
  @IsCaseDate()
  receivedTo?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Text in the subject or requester name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @ApiPropertyOptional({ enum: SORT_FIELDS })
  @IsOptional()
  @IsIn(SORT_FIELDS)
  sort?: SortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
