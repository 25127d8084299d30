import {
  LocalDate,
  MAX_OBJECTION_DECISION_EXTENSION_DAYS,
  REGIME_TERMS,
  REGIMES,
  type Regime,
  type RequestFacts,
  SUSPENSION_KINDS,
  type Suspension,
  type SuspensionKind,
} from '@wobdesk/domain';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { plainToInstance, Transform, type TransformFnParams, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate } from '../common/validation.js';

/** No regime allows a longer extension (Wob art. 6 lid 2: four weeks; Woo art. 4.4 lid 2: two). */
const MAX_EXTENSION_DAYS = Math.max(...Object.values(REGIME_TERMS).map((t) => t.maxExtensionDays));
/** A sanity bound for written consent (Awb 4:15 lid 2 sub a sets none). */
const MAX_CONSENT_DAYS = 3650;
const MAX_SUSPENSIONS = 100;
/** OpenAPI: a `YYYY-MM-DD` calendar date. */
const DATE = { format: 'date' } as const;

export class ExtensionFactDto {
  @ApiProperty({ format: 'date' })
  @IsDefined()
  @IsLocalDate()
  notifiedOn: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_EXTENSION_DAYS })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_EXTENSION_DAYS)
  days: number;
}

/** The `kind` picks the subclass (see `toSuspensionDtos`); an unknown kind stays here and fails. */
export class SuspensionFactDto {
  @ApiProperty({ enum: SUSPENSION_KINDS })
  @IsDefined()
  @IsIn(SUSPENSION_KINDS)
  kind: SuspensionKind;
}

/** Awb 4:15 lid 1 sub a. Without `termEndsOn` nothing is suspended (ABRvS 2016). */
export class ClarificationSuspensionDto extends SuspensionFactDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() requestedOn: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() termEndsOn?: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() answeredOn?: string;
}

/** Awb 4:15 lid 1 sub b. */
export class ForeignAuthoritySuspensionDto extends SuspensionFactDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() requestedOn: string;
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() expectedOn: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() receivedOn?: string;
}

/** Woo art. 4.4 lid 3 / Wob art. 6 lid 3. */
export class ThirdPartyViewSuspensionDto extends SuspensionFactDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() notifiedOn: string;
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() termEndsOn: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() respondedOn?: string;
}

/** Awb 4:15 lid 2 sub a. */
export class ConsentSuspensionDto extends SuspensionFactDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() agreedOn: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_CONSENT_DAYS })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(MAX_CONSENT_DAYS)
  days: number;
}

/** Awb 4:15 lid 2 sub b (requester_delay) and sub c (force_majeure), both days inclusive. */
export class PeriodSuspensionDto extends SuspensionFactDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() from: string;
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() until: string;
}

export class ObjectionFactDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() receivedOn: string;
  @ApiProperty() @IsDefined() @IsBoolean() byPost: boolean;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() postedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() advisoryCommittee?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_OBJECTION_DECISION_EXTENSION_DAYS,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_OBJECTION_DECISION_EXTENSION_DAYS)
  extensionDays?: number;
}

/** Body of `POST /api/deadlines/compute`: the facts of a request, dates as `YYYY-MM-DD`. */
@ApiExtraModels(
  ClarificationSuspensionDto,
  ForeignAuthoritySuspensionDto,
  ThirdPartyViewSuspensionDto,
  ConsentSuspensionDto,
  PeriodSuspensionDto,
)
export class ComputeDeadlinesDto {
  @ApiProperty(DATE) @IsDefined() @IsLocalDate() receivedOn: string;
  @ApiPropertyOptional({
    enum: REGIMES,
    description: 'Default: by the receipt date, Wob before 1 May 2022 (Woo art. 10.1)',
  })
  @IsOptional()
  @IsIn(REGIMES)
  regime?: Regime;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() environmentalInformation?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() objectionExpected?: boolean;

  @ApiPropertyOptional({ type: ExtensionFactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ExtensionFactDto)
  extension?: ExtensionFactDto;

  @ApiPropertyOptional({
    type: 'array',
    maxItems: MAX_SUSPENSIONS,
    description: 'Each with its `kind`; the fields depend on the kind',
    items: {
      oneOf: [
        ClarificationSuspensionDto,
        ForeignAuthoritySuspensionDto,
        ThirdPartyViewSuspensionDto,
        ConsentSuspensionDto,
        PeriodSuspensionDto,
      ].map((dto) => ({ $ref: getSchemaPath(dto) })),
    },
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUSPENSIONS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Transform(toSuspensionDtos)
  suspensions?: SuspensionFactDto[];

  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() decidedOn?: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() sentOn?: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsLocalDate() noticeOfDefaultOn?: string;

  @ApiPropertyOptional({ type: ObjectionFactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ObjectionFactDto)
  objection?: ObjectionFactDto;
}

const SUSPENSION_DTOS = new Map<string, new () => SuspensionFactDto>([
  ['clarification', ClarificationSuspensionDto],
  ['foreign_authority', ForeignAuthoritySuspensionDto],
  ['third_party_view', ThirdPartyViewSuspensionDto],
  ['consent', ConsentSuspensionDto],
  ['requester_delay', PeriodSuspensionDto],
  ['force_majeure', PeriodSuspensionDto],
]);

/**
 * Picks each suspension's DTO class by its `kind` (an unknown kind gets the base class, which
 * refuses it). Not class-transformer's own `discriminator` option: that throws a TypeError on a
 * `null` element, which became a 500 (found by the fuzz test in test/e2e).
 */
function toSuspensionDtos({ value }: TransformFnParams): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const kind = (item as { kind?: unknown }).kind;
    const dto = (typeof kind === 'string' && SUSPENSION_DTOS.get(kind)) || SuspensionFactDto;
    return plainToInstance(dto, item);
  });
}

/** The validated body as domain facts (only called after the ValidationPipe accepted it). */
export function toRequestFacts(dto: ComputeDeadlinesDto): RequestFacts {
  return {
    receivedOn: date(dto.receivedOn),
    regime: dto.regime ?? undefined,
    environmentalInformation: dto.environmentalInformation ?? undefined,
    objectionExpected: dto.objectionExpected ?? undefined,
    extension: dto.extension
      ? { notifiedOn: date(dto.extension.notifiedOn), days: dto.extension.days }
      : undefined,
    suspensions: dto.suspensions?.map(toSuspension),
    decidedOn: optionalDate(dto.decidedOn),
    sentOn: optionalDate(dto.sentOn),
    noticeOfDefaultOn: optionalDate(dto.noticeOfDefaultOn),
    objection: dto.objection
      ? {
          receivedOn: date(dto.objection.receivedOn),
          byPost: dto.objection.byPost,
          postedOn: optionalDate(dto.objection.postedOn),
          advisoryCommittee: dto.objection.advisoryCommittee ?? undefined,
          extensionDays: dto.objection.extensionDays ?? undefined,
        }
      : undefined,
  };
}

function toSuspension(dto: SuspensionFactDto): Suspension {
  if (dto instanceof ClarificationSuspensionDto) {
    return {
      kind: 'clarification',
      requestedOn: date(dto.requestedOn),
      termEndsOn: optionalDate(dto.termEndsOn),
      answeredOn: optionalDate(dto.answeredOn),
    };
  }
  if (dto instanceof ForeignAuthoritySuspensionDto) {
    return {
      kind: 'foreign_authority',
      requestedOn: date(dto.requestedOn),
      expectedOn: date(dto.expectedOn),
      receivedOn: optionalDate(dto.receivedOn),
    };
  }
  if (dto instanceof ThirdPartyViewSuspensionDto) {
    return {
      kind: 'third_party_view',
      notifiedOn: date(dto.notifiedOn),
      termEndsOn: date(dto.termEndsOn),
      respondedOn: optionalDate(dto.respondedOn),
    };
  }
  if (dto instanceof ConsentSuspensionDto) {
    return { kind: 'consent', agreedOn: date(dto.agreedOn), days: dto.days };
  }
  if (
    dto instanceof PeriodSuspensionDto &&
    (dto.kind === 'requester_delay' || dto.kind === 'force_majeure')
  ) {
    return { kind: dto.kind, from: date(dto.from), until: date(dto.until) };
  }
  throw new TypeError(`Unvalidated suspension of kind ${String(dto.kind)}`);
}

function date(iso: string): LocalDate {
  return LocalDate.parse(iso);
}

/** `null` and absent both mean "not known yet". */
function optionalDate(iso: string | null | undefined): LocalDate | undefined {
  return iso == null ? undefined : LocalDate.parse(iso);
}
