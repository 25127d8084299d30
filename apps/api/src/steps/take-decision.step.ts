import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ITEM_OUTCOMES, type ItemOutcome } from '@wobdesk/domain';
import { type DecisionInput, type RequestView } from '@wobdesk/register';
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
import type { FormReader } from '../pages/shared/form-input.js';
import { type FieldSpec, selectField, textareaField } from '../pages/shared/form-view.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

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

export function toDecisionInput(dto: DecisionDto): DecisionInput {
  return {
    occurredOn: dto.occurredOn,
    objectionExpected: dto.objectionExpected ?? undefined,
    outcomes: dto.outcomes.map(({ number, outcome, grounds, remarks }) => ({
      number,
      outcome,
      grounds: grounds == null ? undefined : [...grounds],
      remarks: remarks ?? undefined,
    })),
  };
}

export const OUTCOME_LABELS: Record<ItemOutcome, string> = {
  granted: 'Openbaar gemaakt',
  partly_granted: 'Deels openbaar gemaakt',
  refused: 'Geweigerd',
  no_documents: 'Geen documenten aangetroffen',
  already_public: 'Al openbaar',
};

/** Per item: its outcome, its grounds (comma-separated article codes) and remarks. */
function itemFields(v: RequestView): FieldSpec[] {
  return v.items.flatMap((item): FieldSpec[] => [
    selectField(`outcome${item.number}`, `Onderdeel ${item.number}: uitkomst`, OUTCOME_LABELS, {
      description: item.text,
    }),
    {
      name: `grounds${item.number}`,
      label: `Onderdeel ${item.number}: weigeringsgronden`,
      description:
        v.regime === 'woo'
          ? 'Artikelnummers, gescheiden door komma’s, bijvoorbeeld 5.1.2.e'
          : 'Artikelnummers, bijvoorbeeld 10.2.e',
    },
    textareaField(`remarks${item.number}`, `Onderdeel ${item.number}: toelichting`),
  ]);
}

/** The outcomes as typed; a (partial) refusal without grounds is an error on its field. */
function readOutcomes(form: FormReader): ItemOutcomeDto[] {
  const outcomes: ItemOutcomeDto[] = [];
  for (const key of Object.keys(form.values).filter((k) => /^outcome\d+$/.test(k))) {
    const number = Number(key.slice('outcome'.length));
    const outcome = form.oneOf(key, ITEM_OUTCOMES);
    const grounds = (form.text(`grounds${number}`, { max: 500 }) ?? '')
      .split(/[,;\s]+/)
      .filter((g) => g !== '');
    const remarks = form.text(`remarks${number}`);
    if ((outcome === 'refused' || outcome === 'partly_granted') && grounds.length === 0) {
      form.errors[`grounds${number}`] =
        'Noem bij een (gedeeltelijke) weigering ten minste één weigeringsgrond.';
    }
    if (outcome !== undefined) {
      outcomes.push({
        number,
        outcome,
        ...(grounds.length > 0 && { grounds }),
        ...(remarks !== undefined && { remarks }),
      });
    }
  }
  return outcomes;
}

/** The decision: an outcome for every item, grounds for a (partial) refusal, remarks. */
export const takeDecision = defineStep<DecisionDto>({
  commands: ['takeDecision'],
  api: {
    slug: 'decision',
    handler: 'decide',
    summary: 'Record the decision: an outcome for every requested item',
    body: DecisionDto,
  },
  page: {
    slug: 'besluit',
    title: 'Besluit vastleggen (uitkomst per onderdeel)',
    notice: 'Het besluit is vastgelegd. Maak nu de besluitbrief en leg de verzending vast.',
    fields: (v, today) => [
      datedField(today, 'Besluit genomen op'),
      ...itemFields(v),
      {
        name: 'objectionExpected',
        label: 'Een belanghebbende zal naar verwachting bezwaar maken (openbaarmaking wacht)',
        type: 'checkbox',
      },
    ],
    read: (form) =>
      readDated<DecisionDto>(form, (f) => ({
        outcomes: readOutcomes(f),
        // Unticked is "not said", as an API body without the field.
        objectionExpected: f.checked('objectionExpected') || undefined,
      })),
  },
  letters: ['decision'],
  run: (call, body) =>
    call.register.recordDecision(call.actor, call.id, call.version, toDecisionInput(body)),
});
