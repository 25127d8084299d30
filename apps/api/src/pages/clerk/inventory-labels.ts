import { DOCUMENT_ASSESSMENTS, type DocumentAssessment } from '@wobdesk/domain';

// The inventory in the clerk's words: the assessments as the national inventory names them, and
// what to do when a field breaks a rule (the API's field and rule, said in plain Dutch).

export const ASSESSMENT_LABELS: Readonly<Record<DocumentAssessment, string>> = {
  public: 'Openbaar',
  partly_public: 'Deels openbaar',
  not_public: 'Niet openbaar',
  already_public: 'Reeds openbaar',
  out_of_scope: 'Valt buiten het verzoek',
};

export const UNASSESSED_LABEL = 'Nog niet beoordeeld';

export function assessmentLabel(value: string | null): string {
  return value !== null && (DOCUMENT_ASSESSMENTS as readonly string[]).includes(value)
    ? ASSESSMENT_LABELS[value as DocumentAssessment]
    : UNASSESSED_LABEL;
}

/** The form's label of each field an error can name. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  assessment: 'Beoordeling',
  grounds: 'Weigeringsgronden',
  reasoning: 'Toelichting',
  publicLink: 'Publieke link',
  description: 'Omschrijving',
  documentDate: 'Datum van het document',
  items: 'Onderdelen van het verzoek',
  numbers: 'Documenten',
  filter: 'Documenten',
  body: 'Formulier',
};

/** What to do about a broken rule, by the rule's name (its first part for `one_of:…`). */
const RULE_MESSAGES: Readonly<Record<string, string>> = {
  required: 'Vul dit in.',
  one_of: 'Kies een van de mogelijkheden.',
  required_for_relative_ground:
    'Bij deze weigeringsgrond hoort een afweging van de belangen. Schrijf die in de toelichting.',
  required_for_partly_or_not_public:
    'Kies ten minste één weigeringsgrond bij deels openbaar of niet openbaar.',
  only_for_partly_or_not_public:
    'Een weigeringsgrond hoort alleen bij deels openbaar of niet openbaar.',
  required_for_already_public: 'Geef bij reeds openbaar het webadres waar het document staat.',
  only_for_already_public: 'Een publieke link hoort alleen bij reeds openbaar.',
  url: 'Geef een webadres dat begint met https:// of http://, zonder spaties.',
  refusal_ground_of_woo: 'Deze weigeringsgrond staat niet in de Woo. Kies een grond uit de lijst.',
  refusal_ground_of_wob: 'Deze weigeringsgrond staat niet in de Wob. Kies een grond uit de lijst.',
  existing_item_number: 'Dit onderdeel staat niet in het verzoek.',
  existing_document_number: 'Dit document hoort niet bij dit verzoek.',
  date: 'Geef een bestaande datum.',
  min_items_1: 'Kies ten minste één document, of kies alle documenten van het filter.',
  either_numbers_or_filter: 'Kies documenten, of kies alle documenten van het filter.',
  matches_no_documents: 'Het filter vindt geen documenten.',
  at_least_one_field: 'Er is niets gewijzigd.',
  not_in_future: 'Deze datum ligt na vandaag. Geef de dag waarop de zienswijze binnenkwam.',
};

/** The Dutch message of a broken rule. */
export function ruleMessage(rule: string): string {
  const name = rule.split(':')[0]!;
  if (name.startsWith('max_length_')) return `Gebruik ten hoogste ${name.slice(11)} tekens.`;
  return RULE_MESSAGES[name] ?? 'Dit is niet goed ingevuld.';
}

/** The field an error names, without its index ("grounds[0]" is the grounds field). */
export function baseField(field: string): string {
  return field.replace(/\[\d+\]$/, '');
}
