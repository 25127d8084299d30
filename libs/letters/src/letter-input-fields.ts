// The extra input a clerk can give with a letter, for what the register does not hold (why a
// request is too general, how a notice names the third parties, what an objection lacks). Each
// field is described once here, with its shape and limits: the register checks input by it, the
// API derives its validation and OpenAPI description from it, and the clerk's page its form field.
// A letter kind names the fields it takes in its own declaration (kinds/*.letter.ts).

/**
 * flag: true or false; text / longText: one non-blank text (longText is asked in a text area);
 * lines: a list of non-blank texts, one per line on the page; date: YYYY-MM-DD; sections: a list
 * of {heading, text}, each non-blank (a heading of at most MAX_SECTION_HEADING characters, a text
 * of at most `max`), asked on the page as one text area where a line "## …" starts a section.
 */
export type LetterInputShape = 'flag' | 'text' | 'longText' | 'lines' | 'date' | 'sections';

export interface LetterInputSpec {
  readonly shape: LetterInputShape;
  /** text and longText: the most characters; lines: the most characters per line. */
  readonly max?: number;
  /** The label of the field on the clerk's page, in Dutch. */
  readonly labelNl: string;
  /** A hint under the field on the page, in Dutch. */
  readonly hintNl?: string;
  /** What the field is for, in the API's description (English, naming the kinds it serves). */
  readonly api: string;
  readonly example?: string | readonly string[] | readonly LetterSectionInput[];
}

/** The most lines of a `lines` field. */
export const MAX_INPUT_LINES = 20;

/** The most sections of a `sections` field, and the most characters of a section's heading. */
export const MAX_INPUT_SECTIONS = 10;
export const MAX_SECTION_HEADING = 200;

/** One section a clerk adds to a letter: a heading and its text (paragraphs by blank lines). */
export interface LetterSectionInput {
  readonly heading: string;
  readonly text: string;
}

export const LETTER_INPUT_SPECS = {
  conversationInvitation: {
    shape: 'flag',
    labelNl: 'Nodig de verzoeker uit voor een gesprek over het verzoek',
    api: 'acknowledgement: invite the requester to a conversation',
  },
  explanation: {
    shape: 'longText',
    max: 4000,
    labelNl: 'Waarom is het verzoek niet precies genoeg?',
    hintNl: 'Deze uitleg staat zo in de brief.',
    api: 'clarification_request (required): why the request is too general',
  },
  questions: {
    shape: 'lines',
    max: 500,
    labelNl: 'Vragen die de verzoeker helpen het verzoek te preciseren',
    hintNl: 'Eén vraag per regel (hoogstens 20).',
    api: 'clarification_request: questions that help the requester specify',
  },
  thirdParties: {
    shape: 'text',
    max: 200,
    labelNl: 'Hoe de brief de derden noemt',
    hintNl:
      'Bijvoorbeeld "twee bedrijven". Namen zijn niet nodig: de brief gaat naar de verzoeker.',
    api: 'third_party_view_start (required), third_party_view_end (default: as in the start notice): how the letter names the third parties',
    example: 'twee bedrijven',
  },
  objectionLetterDate: {
    shape: 'date',
    labelNl: 'Datum op het bezwaarschrift',
    api: 'objection_acknowledgement: the date on the objection letter',
  },
  missingRequirements: {
    shape: 'lines',
    max: 500,
    labelNl: 'Wat ontbreekt er aan het bezwaarschrift (artikel 6:5 Awb)?',
    hintNl: 'Eén punt per regel (hoogstens 20). Leeg als het bezwaarschrift compleet is.',
    api: 'objection_acknowledgement: requirements of Awb 6:5 the objection lacks',
    example: ['uw handtekening'],
  },
  repairBy: {
    shape: 'date',
    labelNl: 'Herstellen uiterlijk op',
    hintNl: 'Nodig als er iets ontbreekt (artikel 6:6 Awb).',
    api: 'objection_acknowledgement: last day to repair (Awb 6:6); needed with missingRequirements',
  },
  hearingToFollow: {
    shape: 'flag',
    labelNl: 'De indiener wordt uitgenodigd voor een hoorzitting',
    api: 'objection_acknowledgement: a hearing will follow',
  },
  objectionOutcome: {
    shape: 'text',
    max: 20,
    labelNl: 'Uitkomst van het bezwaar',
    hintNl: 'Precies één van: gegrond, ongegrond, niet-ontvankelijk.',
    api: 'objection_decision (required): gegrond, ongegrond or niet-ontvankelijk',
    example: 'ongegrond',
  },
  objectionReasoning: {
    shape: 'longText',
    max: 8000,
    labelNl: 'Motivering van de beslissing op bezwaar',
    hintNl: 'Deze uitleg staat zo in de brief (artikel 7:12 Awb).',
    api: 'objection_decision (required): the reasons of the decision on the objection (Awb 7:12)',
  },
  court: {
    shape: 'text',
    max: 200,
    labelNl: 'Rechtbank voor een beroep',
    hintNl: 'Zoals de brief haar noemt, bijvoorbeeld "de rechtbank Den Haag".',
    api: 'objection_decision (required): the court that hears an appeal, as the letter names it',
    example: 'de rechtbank Den Haag',
  },
  forwardingReason: {
    shape: 'longText',
    max: 4000,
    labelNl: 'Waarom is de informatie bij het andere bestuursorgaan?',
    hintNl: 'Deze uitleg staat zo in de brief.',
    api: 'forwarding_notice (required), forwarding_letter (default: as in the notice): why the other body holds the information',
  },
  recipientAddress: {
    shape: 'lines',
    max: 200,
    labelNl: 'Adres van de geadresseerde',
    hintNl:
      'Het bestuursorgaan of de derde. Eén adresregel per regel, bijvoorbeeld "Postbus 20401" en "2500 EK Den Haag".',
    api: 'forwarding_letter, third_party_view_request, third_party_disclosure (required): the postal address of the addressee (the competent body, the third party), one line each',
    example: ['Postbus 20401', '2500 EK Den Haag'],
  },
  recipientName: {
    shape: 'text',
    max: 200,
    labelNl: 'Naam van de derde',
    hintNl: 'Zoals de brief haar of hem aanschrijft, bijvoorbeeld "Windkracht Noorderveld B.V.".',
    api: 'third_party_view_request (required), third_party_disclosure (default: as in the request for a view): the name of the third party the letter is addressed to',
    example: 'Windkracht Noorderveld B.V.',
  },
  introduction: {
    shape: 'longText',
    max: 8000,
    labelNl: 'Inleiding bij de beoordeling',
    hintNl: 'Staat in het besluit direct onder "Beoordeling van het verzoek", vóór de antwoorden.',
    api: 'decision: text before the answers, under "Beoordeling van het verzoek"',
  },
  viewsSummary: {
    shape: 'longText',
    max: 8000,
    labelNl: 'Wat zeiden de derden in hun zienswijze?',
    hintNl:
      'In gewone woorden; staat in het besluit onder "Zienswijzen". Alleen als u derden om hun mening heeft gevraagd.',
    api: 'decision: what the third parties said in their views, in plain words (section "Zienswijzen", shown when a view was asked)',
  },
  ageReasoning: {
    shape: 'longText',
    max: 8000,
    labelNl: 'Informatie ouder dan vijf jaar: waarom weigert u die toch?',
    hintNl:
      'Alleen onder de Woo, als u informatie weigert die ouder is dan vijf jaar (artikel 5.3 Woo). Staat in het besluit onder "Informatie ouder dan vijf jaar".',
    api: 'decision (Woo only): why the interests of Woo 5.1 lid 2 or 5 or 5.2 outweigh disclosure despite the passage of time, for information older than five years (Woo 5.3)',
  },
  extraSections: {
    shape: 'sections',
    max: 8000,
    labelNl: 'Extra onderdelen van het besluit',
    hintNl:
      'Begin elk onderdeel met een regel "## Kopje"; de tekst eronder hoort bij dat kopje (hoogstens 10 onderdelen).',
    api: 'decision: further sections after the reasoning, each {heading, text} (at most 10; heading at most 200 characters, text at most 8000)',
    example: [{ heading: 'Contact', text: 'Heeft u vragen over dit besluit? Bel mij gerust.' }],
  },
  closing: {
    shape: 'longText',
    max: 8000,
    labelNl: 'Slottekst',
    hintNl: 'Staat in het besluit vlak voor de ondertekening.',
    api: 'decision: text just before the signature',
  },
  recipientIsOrganisation: {
    shape: 'flag',
    labelNl: 'De derde is een organisatie (de brief begint met "Geacht bestuur,")',
    api: 'third_party_view_request, third_party_disclosure (default: as in the request for a view): the third party is a body or company, greeted "Geacht bestuur,"',
  },
} as const satisfies Readonly<Record<string, LetterInputSpec>>;

export type LetterInputField = keyof typeof LETTER_INPUT_SPECS;

export const LETTER_INPUT_FIELD_NAMES = Object.keys(LETTER_INPUT_SPECS) as LetterInputField[];

type ValueOf<S extends LetterInputShape> = S extends 'flag'
  ? boolean
  : S extends 'lines'
    ? readonly string[]
    : S extends 'sections'
      ? readonly LetterSectionInput[]
      : string;

/** The extra input of a letter, every field optional (a kind's mapper says which it needs). */
export type LetterInput = {
  readonly [F in LetterInputField]?: ValueOf<(typeof LETTER_INPUT_SPECS)[F]['shape']>;
};

export function isLetterInputField(name: string): name is LetterInputField {
  return Object.hasOwn(LETTER_INPUT_SPECS, name);
}
