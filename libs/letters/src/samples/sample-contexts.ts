// The two cases the letter kinds' samples are built on (the seed Wob case and a Woo case), with
// every deadline computed by computeRequestDeadlines from recorded facts. Each kind's own sample
// (its `sample` in kinds/*.letter.ts) starts from these; the tests render every one, as do the
// benchmark and, later, a preview with example data when an organisation edits its templates.
import {
  computeRequestDeadlines,
  type HolidayCalendar,
  LocalDate,
  type RequestFacts,
} from '@wobdesk/domain';
import type {
  DecisionContext,
  LetterBase,
  LetterContact,
  LetterOrganisation,
} from '../letter-contexts.js';
import {
  SEED_ANSWERS,
  SEED_ASSESSMENT_INTRODUCTION,
  SEED_DESCRIPTION,
  SEED_FACTS,
  SEED_FOOTNOTES,
  SEED_ITEMS,
  SEED_OFFICIAL,
  SEED_ORGANISATION,
  SEED_PROCEDURE,
  SEED_REFERENCE,
  SEED_REQUESTER,
  SEED_SUBJECT,
} from './seed-case.js';

export const d = (iso: string) => LocalDate.parse(iso);
export const iso = (date: LocalDate) => date.toString();

const CONTACT: LetterContact = {
  name: `${SEED_OFFICIAL} (naam fictief)`,
  phone: '070 370 79 11',
  email: 'wob@minjenv.example.nl',
};

/** The seed case's common letter fields for a letter dated `date`. */
export function seedBase(date: string): LetterBase {
  return {
    organisation: SEED_ORGANISATION,
    requester: SEED_REQUESTER,
    date,
    ourReference: SEED_REFERENCE,
    contact: CONTACT,
    request: {
      regime: 'wob',
      letterDate: SEED_FACTS.letterDate,
      receivedOn: SEED_FACTS.receivedOn,
      channel: 'post',
      subject: SEED_SUBJECT,
      description: SEED_DESCRIPTION,
      items: SEED_ITEMS,
    },
  };
}

/** The facts of the seed case when the decision was sent. */
export function seedCaseFacts(): RequestFacts {
  return {
    receivedOn: d(SEED_FACTS.receivedOn),
    decidedOn: d(SEED_FACTS.decidedOn),
    sentOn: d(SEED_FACTS.sentOn),
  };
}

/**
 * The seed decision of 26 May 2020: the law and the objection window follow from the facts
 * through computeRequestDeadlines; the letter date is the recorded decision date.
 */
export function seedDecisionContext(calendar: HolidayCalendar): DecisionContext {
  const facts = seedCaseFacts();
  const deadlines = computeRequestDeadlines(facts, calendar);
  return {
    ...seedBase(iso(facts.decidedOn!)),
    request: { ...seedBase(SEED_FACTS.decidedOn).request, regime: deadlines.regime },
    procedure: SEED_PROCEDURE,
    assessment: { introduction: SEED_ASSESSMENT_INTRODUCTION, answers: SEED_ANSWERS },
    objectionWindowEndsOn: deadlines.objectionWindow
      ? iso(deadlines.objectionWindow.endsOn.date)
      : undefined,
    footnotes: SEED_FOOTNOTES,
  };
}

const WOO_ORGANISATION: LetterOrganisation = {
  name: 'Gemeente Voorbeeldstad',
  unit: 'Team Juridische Zaken',
  returnAddress: 'Postbus 1000 1000 AA  Voorbeeldstad',
  visitingAddress: 'Stadhuisplein 1\n1000 AB  Voorbeeldstad',
  postalAddress: 'Postbus 1000\n1000 AA  Voorbeeldstad',
  website: 'www.voorbeeldstad.example.nl',
  phone: '14 000',
  email: 'woo@voorbeeldstad.example.nl',
  signatoryTitle: 'Het college van burgemeester en wethouders van Voorbeeldstad,',
  onBehalfLine: 'namens dezen,',
  signatoryName: 'drs. P. Pietersen (naam fictief)',
  signatoryPosition: 'teamleider Juridische Zaken',
  objectionAddress:
    'het college van burgemeester en wethouders van Voorbeeldstad, Postbus 1000, 1000 AA  Voorbeeldstad',
};

/** A Woo request received Friday 22 December 2023 (decision due Friday 19 January 2024). */
export const WOO_FACTS = {
  receivedOn: '2023-12-22',
  notifiedOn: '2024-01-09',
  termEndsOn: '2024-01-23',
  respondedOn: '2024-01-22',
  decidedOn: '2024-02-05',
} as const;

export function wooBase(date: string): LetterBase {
  return {
    organisation: WOO_ORGANISATION,
    requester: {
      name: 'Mevrouw M. Bakker (naam fictief)',
      salutation: 'Geachte mevrouw Bakker,',
      email: 'm.bakker@example.org',
    },
    date,
    ourReference: 'WOO-2023-0412',
    theirReference: 'MB/2023/17',
    request: {
      regime: 'woo',
      receivedOn: WOO_FACTS.receivedOn,
      channel: 'email',
      subject: 'Vergunningverlening windpark Noorderveld',
      items: [
        { number: 1, text: 'de vergunningaanvraag voor het windpark Noorderveld met bijlagen;' },
        { number: 2, text: 'de correspondentie met de initiatiefnemer over die aanvraag;' },
        { number: 3, text: 'de interne adviezen over de aanvraag.' },
      ],
    },
  };
}

/** A Woo decision with refusal grounds: its annex has only unverified texts (placeholders). */
export function sampleWooDecisionContext(calendar: HolidayCalendar): DecisionContext {
  const facts: RequestFacts = {
    receivedOn: d(WOO_FACTS.receivedOn),
    suspensions: [
      {
        kind: 'third_party_view',
        notifiedOn: d(WOO_FACTS.notifiedOn),
        termEndsOn: d(WOO_FACTS.termEndsOn),
        respondedOn: d(WOO_FACTS.respondedOn),
      },
    ],
    decidedOn: d(WOO_FACTS.decidedOn),
    sentOn: d(WOO_FACTS.decidedOn),
    objectionExpected: true,
  };
  const deadlines = computeRequestDeadlines(facts, calendar);
  return {
    ...wooBase(WOO_FACTS.decidedOn),
    procedure: [
      { kind: 'acknowledged', on: '2023-12-27', by: 'e-mail' },
      {
        kind: 'third_party_view',
        on: WOO_FACTS.notifiedOn,
        thirdParties: 'de initiatiefnemer',
        by: 'brief',
      },
    ],
    assessment: {
      answers: [
        {
          items: [1, 2],
          body: 'Ik heb 14 documenten gevonden die onder uw verzoek vallen. De initiatiefnemer heeft een zienswijze gegeven; die heb ik bij mijn beoordeling betrokken.',
          outcome: 'partly_granted',
          grounds: ['5.1.2.e', '5.1.2.f'],
          weighing:
            'De namen en telefoonnummers van medewerkers van de initiatiefnemer maak ik niet openbaar: hun privacy weegt zwaarder dan het belang van openbaarheid. De prijzen per onderdeel zijn concurrentiegevoelig; openbaarmaking zou de initiatiefnemer bij een volgende aanbesteding benadelen.',
        },
        {
          items: [3],
          body: 'De interne adviezen bevatten persoonlijke beleidsopvattingen die zijn opgesteld voor intern beraad.',
          outcome: 'refused',
          grounds: ['5.2.1'],
          weighing:
            'De adviezen zijn niet opgesteld voor formele besluitvorming door het college; het derde lid geldt dus niet. Ik zie geen reden om ze op grond van het tweede lid zonder namen te geven: de feiten uit de adviezen staan al in de documenten die ik openbaar maak.',
        },
      ],
    },
    thirdPartyViews: [{ askedOn: WOO_FACTS.notifiedOn, thirdParties: 'de initiatiefnemer' }],
    viewsSummary:
      'De initiatiefnemer vindt dat de bedragen in de offertes niet openbaar mogen worden. Ik ben het daarmee eens voor de prijzen per onderdeel, niet voor het totaalbedrag.',
    objectionExpected: true,
    ...(deadlines.disclosureDate && { disclosureDate: iso(deadlines.disclosureDate.date) }),
    objectionWindowEndsOn: deadlines.objectionWindow
      ? iso(deadlines.objectionWindow.endsOn.date)
      : undefined,
  };
}
