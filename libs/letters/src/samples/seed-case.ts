// The seed case (shared/reference/besluit-wob-2020-05-26.txt) as letter data: the facts of the
// case, the organisation's letterhead and the decision's text. Personal names were blanked in the
// published letter; the names below are made up and marked as such. Every deadline in a context
// is computed from the facts by computeRequestDeadlines, never typed.
import type {
  DecisionAnswer,
  LetterItem,
  LetterOrganisation,
  LetterRequester,
  ProcedureStep,
} from '../letter-contexts.js';

/** The dates of the seed case, as recorded (facts, not computed). */
export const SEED_FACTS = {
  letterDate: '2020-02-27',
  receivedOn: '2020-03-03',
  acknowledgedOn: '2020-03-11',
  conversationOn: '2020-03-18',
  summarySentOn: '2020-03-19',
  secondConversationOn: '2020-04-15',
  decidedOn: '2020-05-26',
  sentOn: '2020-05-26',
} as const;

export const SEED_REFERENCE = '2848691';

/** The letterhead of the seed decision (right-hand column, signature, objection address). */
export const SEED_ORGANISATION: LetterOrganisation = {
  name: 'Ministerie van Justitie en Veiligheid',
  unit: 'Directoraat-Generaal Rechtspleging en Rechtshandhaving\nDirectie Juridische en Operationele Aangelegenheden',
  returnAddress: 'Postbus 20301 2500 EH  Den Haag',
  visitingAddress: 'Turfmarkt 147\n2511 DP  Den Haag',
  postalAddress: 'Postbus 20301\n2500 EH  Den Haag',
  website: 'www.rijksoverheid.nl/jenv',
  signatoryTitle: 'De minister van Justitie en Veiligheid,',
  onBehalfLine: 'namens deze',
  // The seed prints "Postbus 20301 EH, Den Haag" (postcode lost); the postal address above is used.
  objectionAddress:
    'de Minister van Justitie en Veiligheid, t.a.v. de directie Wetgeving en Juridische Zaken, Postbus 20301, 2500 EH  Den Haag',
};

/** Made-up name (blanked in the seed); the address is the seed's. */
export const SEED_REQUESTER: LetterRequester = {
  name: 'De heer J. Jansen (naam fictief)',
  salutation: 'Geachte heer Jansen',
  postalAddress: 'Postbus 353\n1000 AJ  Amsterdam',
};

/** Made-up name of the official who handled the case (blanked in the seed). */
export const SEED_OFFICIAL = 'mevrouw A. de Vries';

export const SEED_SUBJECT =
  'Gezichtsherkenningstechnologie, biometrische gegevens en het gebruik van Clearview AI';

export const SEED_DESCRIPTION =
  'documenten met betrekking tot gezichtsherkenningstechnologie, biometrische gegevens, en specifiek het gebruik van Clearview';

/** The six requested items, word for word. */
export const SEED_ITEMS: readonly LetterItem[] = [
  'Documenten over de inzet van gezichtsherkenningstechnologie en andere technologieën die gebruik maken van biometrische gegevens dan wel plannen over de inzet van gezichtsherkenning;',
  'Documenten waaruit de omvang/schaal van het gebruik van gezichtsherkenningstechnologie en andere technologieën die gebruik maken van biometrische gegevens en waar en waarvoor deze technologieën precies worden ingezet;',
  'Communicatie, zowel intern als extern, over gezichtsherkenningstechnologie en andere technologieën die gebruik maken van biometrische gegevens;',
  'Een opsomming van welke bedrijven worden ingezet voor het leveren van gezichtsherkenningstechnologie;',
  'Documenten waarin specifiek de inzet van technologie van het Amerikaanse bedrijf Clearview AI wordt besproken en hoe dat gebeurt;',
  'Kan er worden uitgesloten dat er gebruik wordt gemaakt door nationale handhavingsinstanties, overheidsorganen en politie van een gratis proefversie van de software van Clearview AI?',
].map((text, i) => ({ number: i + 1, text }));

/** The summary e-mailed on 19 March 2020 (names replaced by "u" or the made-up official). */
export const SEED_SUMMARY_POINTS: readonly string[] = [
  'Er is gesproken over CATCH, het gezichtsherkenningssysteem van de politie.',
  'Er is op hoofdlijnen uitleg gegeven over CATCH en de twee databases (Strafrecht en Vreemdelingen) met bijbehorende waarborgen en processen.',
  'Er is gesproken over een verzoek van een andere mediaorganisatie op grond van de Wob ten aanzien van gezichtsherkenning. De Directie Communicatie is daar met een vervolgmail op ingegaan en heeft aangegeven dat eventuele toekomstige vragen ook als persvraag gesteld kunnen worden.',
  'Er is een eerste indicatie gegeven over Clearview. Hierop wordt in het vervolg van dit besluit nader ingegaan.',
  'Er is gesproken over het debat bij de begrotingsbehandeling, de motie Verhoeven en Van Dam, alsmede de brief van de minister voor Rechtsbescherming die in ontwikkeling is, met het juridisch kader en de stand van zaken in de Nederlandse praktijk.',
  'Er is gesproken over de afbakening van het Wob-verzoek. Dat gaat specifiek over gezichtsherkenning, niet over andere biometrie. De aandacht gaat daarbij uit naar gezichtsherkenning die wordt gebruikt voor de opsporing, en niet voor beheersmatige zaken als bijvoorbeeld toegang tot een telefoon of een gebouw of plaats.',
  'Het telefonische gesprek heeft voor u al veel opgehelderd ten aanzien van de vragen 1 tot en met 3 uit het verzoek. Mijn ministerie zal in het Wob-besluit verder antwoord geven op de meer specifieke vragen (4-6) van het verzoek;',
  'Voor de vragen 1-3 laat u nog weten of er specifieke documenten (of gerichte zoekvragen daarnaar) open staan die nog meegenomen moeten worden in het Wob-besluit.',
];

/** "Verloop van de behandeling van uw verzoek" of the seed. */
export const SEED_PROCEDURE: readonly ProcedureStep[] = [
  {
    kind: 'acknowledged',
    on: SEED_FACTS.acknowledgedOn,
    by: 'e-mail',
    sender: `${SEED_OFFICIAL}, medewerker op mijn ministerie`,
    conversationInvitation: true,
  },
  {
    kind: 'conversation',
    on: SEED_FACTS.conversationOn,
    channel: 'phone',
    withWhom: SEED_OFFICIAL,
    note: 'In dat gesprek is de reikwijdte van uw verzoek besproken en is daarnaast ingegaan op de inhoud, namelijk de wijze van gebruik van gezichtsherkenningstechnologie en enkele recente ontwikkelingen daarbij.',
    summarySentOn: SEED_FACTS.summarySentOn,
    summaryPoints: SEED_SUMMARY_POINTS,
  },
  {
    kind: 'conversation',
    on: SEED_FACTS.secondConversationOn,
    channel: 'phone',
    withWhom: `${SEED_OFFICIAL} van mijn ministerie`,
    note: 'In dat gesprek is gesproken over de verdere afhandeling van uw verzoek.',
  },
];

export const SEED_ASSESSMENT_INTRODUCTION = `Aan uw vragen ad 1 tot en met 3 is gevolg gegeven op de wijze zoals met u is besproken.

Na de e-mail van 19 maart 2020 heeft u niet meer verzocht om specifieke documenten die verband houden met de eerste drie vragen van uw Wob-verzoek, zoals bedoeld in de laatste bullet van bovenstaande samenvatting van het telefoongesprek met ${SEED_OFFICIAL}. In het telefoongesprek met ${SEED_OFFICIAL} is op 15 april 2020 door u bevestigd dat u geen behoefte heeft aan nadere concrete documenten. Uw vragen ad 1 tot en met 3 kunnen derhalve in het vervolg van dit besluit buiten beschouwing blijven.

Indien u, na ontvangst van dit besluit, alsnog vervolgvragen heeft, kunt u deze stellen aan de Directie Communicatie.

Hieronder zal ik specifiek ingaan op de resterende vragen ad 4 tot en met 6. Op de vragen ad 5 en 6 zal, gezien de onderlinge samenhang, gezamenlijk worden ingegaan.`;

export const SEED_ANSWERS: readonly DecisionAnswer[] = [
  {
    items: [4],
    body: `U heeft verzocht om een opsomming van de bedrijven die worden ingezet voor het leveren van gezichtsherkenningstechnologie.

De politie gebruikt de software voor gezichtsherkenning van het bedrijf IDEMIA. De politie heeft het softwarepakket zelf CATCH genoemd.`,
  },
  {
    items: [5, 6],
    body: `U heeft verzocht om documenten waarin specifiek de inzet van technologie van het Amerikaanse bedrijf Clearview AI wordt besproken en hoe dat gebeurt. Voorts vroeg u of kan worden uitgesloten dat er door nationale handhavingsinstanties, overheidsorganen en politie gebruik wordt gemaakt van een gratis proefversie van de software van Clearview AI.

Er zijn geen documenten aangetroffen bij of onder mijn ministerie met de door u gevraagde informatie. Ook bij de politie zijn geen documenten aangetroffen met de door u gevraagde informatie.`,
    outcome: 'no_documents',
    bodyAfter: `Evenwel zal ik hieronder uw vragen proberen te beantwoorden.

Over de inzet van technologie van het bedrijf Clearview zijn Kamervragen gesteld door het lid Buitenweg (GroenLinks) die recent door mij zijn beantwoord. Ik verwijs hiervoor naar het eerste deel van het antwoord op vraag 3 van die Kamervragen (Aanhangsel Handelingen II 2019/20, 2237):
> “Het is mij op dit moment niet bekend of er overheidsdiensten zijn die een product van Clearview in gebruik hebben of hiervan gebruik hebben gemaakt. De Minister van BZK heeft tijdens het AO Digitalisering van 11 maart jl. op vragen van het lid Verhoeven toegezegd breder bij de overheid te bezien of er gebruik wordt of is gemaakt van Clearview en uw Kamer hierover te informeren.”

Voorts is het antwoord op de vraag of het gebruik van een bepaald product kan worden uitgesloten, uit de aard der informatie niet opgenomen in enig document. Voor wat betreft het gebruik van Clearview door de politie verwijs ik naar het tweede deel van het antwoord op vraag 3 van de Kamervragen. Daarin is aangegeven dat de nationale politie niet centraal is benaderd door Clearview, dat zij niet op de hoogte zijn van contacten met dat bedrijf, en dat zij geen producten hebben afgenomen. Voor nadere informatie over het gebruik van Clearview door Nederlandse overheidsinstanties verwijs ik u naar de informatie die de minister van Binnenlandse Zaken en Koninkrijksrelaties aan de Tweede Kamer zal verschaffen. De minister van Binnenlandse Zaken en Koninkrijksrelaties deed tijdens het AO Digitalisering van 11 maart 2020[^1], naar aanleiding van vragen van de heer Verhoeven over het gebruik van Clearview, de toezegging dat zal worden nagegaan of er overheidsonderdelen gebruik maken van Clearview en dat die informatie zo spoedig mogelijk zal worden gedeeld met de Tweede Kamer. Daarbij merkte de minister van Binnenlandse Zaken en Koninkrijksrelaties op dat het wel even kan duren voordat die informatie daadwerkelijk zal worden verschaft, aangezien op dat moment onbekend was of die gegevens heel snel paraat zijn.`,
  },
];

export const SEED_FOOTNOTES: readonly string[] = [
  'Concept-verslag van het AO Digitalisering van 11 maart 2020 raadpleegbaar via https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2020A00369.',
];
