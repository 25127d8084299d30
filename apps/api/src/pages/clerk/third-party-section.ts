import type { AskedThirdParty, DocumentThirdPartyView } from '@wobdesk/documents';
import { THIRD_PARTY_VIEWS, type ThirdPartyView } from '@wobdesk/persistence';

// The third parties of a document on its inventory page, in the clerk's words.

export const VIEW_LABELS: Readonly<Record<ThirdPartyView, string>> = {
  agrees: 'Geen bezwaar tegen openbaar maken',
  objects: 'Bezwaar tegen openbaar maken',
  partly: 'Bezwaar tegen een deel',
};

/** What a refused third-party form names: its field, label and what to do. */
export interface ThirdPartyError {
  /** The party whose view form was refused; '' for the add form. */
  readonly party: string;
  readonly field: string;
  readonly label: string;
  readonly message: string;
}

export const THIRD_PARTY_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Naam van de derde',
  view: 'Zienswijze',
  summary: 'Samenvatting',
  receivedOn: 'Ontvangen op',
};

const NO_ERROR: ThirdPartyError = { party: '', field: '', label: '', message: '' };

/** The section's view: each party with its view form, and the add form. */
export function thirdPartySection(
  parties: readonly DocumentThirdPartyView[],
  today: string,
  error: ThirdPartyError | null,
  typed: Readonly<Record<string, string | undefined>> | null,
) {
  const failed = error ?? NO_ERROR;
  return {
    error: failed,
    addError: failed.party === '' ? failed : NO_ERROR,
    name: failed.party === '' && typed ? (typed.name ?? '') : '',
    parties: parties.map((p) => {
      const mine = failed.message !== '' && failed.party === p.id;
      const pick = mine && typed ? (typed.view ?? '') : (p.view ?? '');
      return {
        id: p.id,
        /** The ids of the party's form fields start with it (the error links to the field). */
        prefix: `derde-${p.id}-`,
        name: p.name,
        asked: p.askedOn ?? '',
        viewLabel: p.view === null ? 'Nog geen zienswijze' : VIEW_LABELS[p.view],
        summary: p.viewSummary ?? '',
        receivedOn: p.viewReceivedOn ?? '',
        holdsDisclosure: p.holdsDisclosure,
        error: mine ? failed : NO_ERROR,
        form: {
          views: THIRD_PARTY_VIEWS.map((v) => ({
            value: v,
            label: VIEW_LABELS[v],
            selected: v === pick,
          })),
          summary: mine && typed ? (typed.summary ?? '') : (p.viewSummary ?? ''),
          receivedOn: mine && typed ? (typed.receivedOn ?? '') : (p.viewReceivedOn ?? today),
        },
      };
    }),
  };
}

/** On the request page: the parties asked for their view, per document, and how many answered. */
export function askedSection(requestId: string, asked: readonly AskedThirdParty[]) {
  return {
    answered: asked.filter((p) => p.view !== null).length,
    total: asked.length,
    parties: asked.map((p) => ({
      href: `/verzoeken/${requestId}/inventaris/${p.number}#derden`,
      number: p.number,
      name: p.name,
      askedOn: p.askedOn ?? '',
      viewLabel: p.view === null ? 'nog geen zienswijze' : VIEW_LABELS[p.view].toLowerCase(),
    })),
  };
}
