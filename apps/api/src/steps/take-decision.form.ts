// The decision's page form: per item its outcome, the grounds as a pick list, the weighing, where,
// the item it shares an answer with, and remarks; read into the API's body.
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
import { type RequestView } from '@wobdesk/register';
import type { FormReader } from '../pages/shared/form-input.js';
import {
  type FieldSpec,
  multiSelectField,
  selectField,
  textareaField,
} from '../pages/shared/form-view.js';
import { MAX_ITEMS } from '../requests/requests.dto.js';
import type { ItemOutcomeDto } from './take-decision.dto.js';

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
export function itemFields(v: RequestView): FieldSpec[] {
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
export function readOutcomes(form: FormReader): ItemOutcomeDto[] {
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
