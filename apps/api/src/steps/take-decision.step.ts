import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  findRefusalGround,
  ITEM_OUTCOMES,
  type ItemOutcome,
  LocalDate,
  REFUSAL_GROUNDS,
  type RefusalGround,
  refusalGroundsOf,
  substantiveLawFor,
} from '@wobdesk/domain';
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
import {
  type FieldSpec,
  multiSelectField,
  selectField,
  textareaField,
} from '../pages/shared/form-view.js';
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

export const OUTCOME_LABELS: Record<ItemOutcome, string> = {
  granted: 'Openbaar gemaakt',
  partly_granted: 'Deels openbaar gemaakt',
  refused: 'Geweigerd',
  no_documents: 'Geen documenten aangetroffen',
  already_public: 'Al openbaar',
  dropped: 'Buiten behandeling gelaten na overleg',
  answered_outside: 'Beantwoord buiten de Woo/Wob (informatie, geen document)',
};

/**
 * The grounds the page offers: a Woo request is decided under the Woo; a request received under
 * the Wob may still be decided under either law, as its decision date says (LD-REGIME).
 */
function groundsOffered(v: RequestView): readonly RefusalGround[] {
  return v.regime === 'woo' ? refusalGroundsOf('woo') : REFUSAL_GROUNDS;
}

const lawName = { woo: 'Woo', wob: 'Wob' } as const;

/** Per item: its outcome, its grounds (picked from the list), the weighing and remarks. */
function itemFields(v: RequestView): FieldSpec[] {
  const options = groundsOffered(v).map((g) => ({
    value: g.code,
    label: `${lawName[g.law]} ${g.code}: ${g.label}`,
  }));
  return v.items.flatMap((item): FieldSpec[] => [
    selectField(`outcome${item.number}`, `Onderdeel ${item.number}: uitkomst`, OUTCOME_LABELS, {
      description: item.text,
    }),
    multiSelectField(
      `grounds${item.number}`,
      `Onderdeel ${item.number}: weigeringsgronden`,
      options,
      {
        description:
          'Kies bij een (gedeeltelijke) weigering een of meer gronden (Ctrl of Cmd ingedrukt voor meer dan één). Alleen gronden van de wet die op de besluitdatum geldt, worden aanvaard.',
      },
    ),
    {
      ...textareaField(`weighing${item.number}`, `Onderdeel ${item.number}: belangenafweging`),
      description:
        'Verplicht bij een grond die een afweging van belangen vraagt (Woo artikel 5.1, tweede en vijfde lid; Wob artikel 10, tweede lid).',
    },
    {
      name: `whereAvailable${item.number}`,
      label: `Onderdeel ${item.number}: vindplaats`,
      description:
        'Verplicht als de informatie al openbaar is: waar die te vinden is (tekst of link).',
    },
    {
      name: `answeredWith${item.number}`,
      label: `Onderdeel ${item.number}: samen beantwoord met`,
      type: 'select',
      description:
        'Kies een ander onderdeel als beide één antwoord krijgen, met dezelfde uitkomst.',
      options: [
        { value: '', label: 'Eigen antwoord' },
        ...v.items
          .filter((other) => other.number !== item.number)
          .map((other) => ({ value: String(other.number), label: `Onderdeel ${other.number}` })),
      ],
    },
    textareaField(`remarks${item.number}`, `Onderdeel ${item.number}: toelichting`),
  ]);
}

/** The law of the grounds, when the typed decision date is a date. */
function lawOfTypedDate(form: FormReader) {
  const typed = form.values.occurredOn?.trim() ?? '';
  return LocalDate.isValid(typed) ? substantiveLawFor(LocalDate.parse(typed)) : undefined;
}

/**
 * The outcomes as chosen; a (partial) refusal without grounds, a ground of the other law and a
 * relative ground without its weighing are errors on their fields. The register checks again.
 */
function readOutcomes(form: FormReader): ItemOutcomeDto[] {
  const outcomes: ItemOutcomeDto[] = [];
  const law = lawOfTypedDate(form);
  const codes = [...new Set(REFUSAL_GROUNDS.map((g) => g.code))];
  for (const key of Object.keys(form.values).filter((k) => /^outcome\d+$/.test(k))) {
    const number = Number(key.slice('outcome'.length));
    const outcome = form.oneOf(key, ITEM_OUTCOMES);
    const grounds = form.list(`grounds${number}`, codes);
    const remarks = form.text(`remarks${number}`);
    const weighing = form.text(`weighing${number}`);
    const whereAvailable = form.text(`whereAvailable${number}`, { max: 2000 });
    if (outcome === 'already_public' && whereAvailable === undefined) {
      form.errors[`whereAvailable${number}`] = 'Noem waar de informatie al openbaar is.';
    }
    const answeredWith = form.integer(`answeredWith${number}`, { min: 1, max: MAX_ITEMS });
    if ((outcome === 'refused' || outcome === 'partly_granted') && grounds.length === 0) {
      form.errors[`grounds${number}`] =
        'Noem bij een (gedeeltelijke) weigering ten minste één weigeringsgrond.';
    }
    const cited = law === undefined ? [] : grounds.map((code) => findRefusalGround(law, code));
    if (cited.includes(undefined)) {
      form.errors[`grounds${number}`] =
        `Kies alleen gronden van de ${lawName[law!]}: die geldt op de datum van het besluit.`;
    } else if (weighing === undefined && cited.some((g) => g?.relative)) {
      form.errors[`weighing${number}`] =
        'Geef de belangenafweging: een van de gekozen gronden vraagt die.';
    }
    if (outcome !== undefined) {
      outcomes.push({
        number,
        outcome,
        ...(grounds.length > 0 && { grounds }),
        ...(remarks !== undefined && { remarks }),
        ...(weighing !== undefined && { weighing }),
        ...(outcome === 'already_public' && whereAvailable !== undefined && { whereAvailable }),
        ...(answeredWith !== undefined && { answeredWith }),
      });
    }
  }
  return outcomes;
}

/** The decision: an outcome for every item, grounds for a (partial) refusal, remarks. */
export const takeDecision = defineStep<DecisionDto>({
  // Recorded again before it is sent, the decision is corrected (the register picks the command).
  commands: ['takeDecision', 'correctDecision'],
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
