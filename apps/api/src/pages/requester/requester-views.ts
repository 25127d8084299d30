import type { LetterMetadata } from '@wobdesk/correspondence';
import { LocalDate, substantiveLawFor } from '@wobdesk/domain';
import { citeGround, isLetterKind, LETTER_DEFINITIONS, parseGround } from '@wobdesk/letters';
import type { PublicStatusView } from '@wobdesk/public-status';
import { API_STATUS_PATH } from '../../public-status/public-status.paths.js';
import { PUBLIC_PATH } from '../public/public-paths.js';
import { documentsNl } from '../shared/dutch-text.js';

/** A letter's kind in Dutch ("Besluit op uw Woo-verzoek" is in the subject; this is the kind). */
export function letterTitle(kind: string): string {
  return isLetterKind(kind) ? LETTER_DEFINITIONS[kind].titleNl : kind;
}

/** The status page's view: plain Dutch, the key dates that are known, the letters to download. */
export function statusPageView(
  token: string,
  view: PublicStatusView,
  letters: readonly LetterMetadata[],
) {
  const k = view.keyDates;
  const dates = [
    { label: 'Ontvangen op', date: k.receivedOn },
    {
      label: k.decidedOn ? 'Uiterste besluitdatum was' : 'Wij beslissen uiterlijk op',
      date: k.decisionDue,
    },
    ...(k.extendedTo ? [{ label: 'Termijn verlengd tot en met', date: k.extendedTo }] : []),
    ...(k.suspendedUntil
      ? [{ label: 'De termijn staat stil tot en met', date: k.suspendedUntil }]
      : []),
    ...(k.decidedOn ? [{ label: 'Besluit genomen op', date: k.decidedOn }] : []),
    ...(k.sentOn ? [{ label: 'Besluit verstuurd op', date: k.sentOn }] : []),
    ...(k.objectionWindowEndsOn
      ? [{ label: 'Bezwaar maken kan tot en met', date: k.objectionWindowEndsOn }]
      : []),
  ];
  return {
    title: `Uw verzoek ${view.reference}`,
    reference: view.reference,
    subject: view.subject,
    stateNl: view.stateNl,
    dates,
    timeline: [...view.timeline].reverse(),
    ...(view.documents && { documents: documentsView(view) }),
    ...(view.publication && {
      publication: {
        publishOn: view.publication.publishOn,
        href: view.publication.slug && `${PUBLIC_PATH}/${view.publication.slug}`,
      },
    }),
    letters: letters.map((l) => ({
      // The subject names the letter ("Besluit op Woo-verzoek van …"); its kind would repeat it.
      subject: l.subject,
      // The requester is shown only sent letters: the day it was sent is the day that counts.
      sentOn: l.sentOn ?? l.createdAt.slice(0, 10),
      pdfUrl: `${API_STATUS_PATH}/${token}/letters/${l.id}/pdf`,
    })),
  };
}

/** How many documents were found and, after the decision was sent, its inventory list. */
function documentsView(view: PublicStatusView) {
  const { found, copies, inventory } = view.documents!;
  // The grounds are the decision's: cited as articles of the law it was taken under.
  const decidedOn = view.keyDates.decidedOn;
  const law = decidedOn === undefined ? undefined : substantiveLawFor(LocalDate.parse(decidedOn));
  const cite = (code: string) => {
    const ground = law === undefined ? undefined : parseGround(code, law);
    return ground === undefined ? code : citeGround(ground, law!);
  };
  return {
    foundNl: foundNl(found, copies),
    ...(inventory && {
      inventory: inventory.map((row) => ({ ...row, grounds: row.grounds.map(cite).join('; ') })),
    }),
  };
}

/** How many documents were found and, apart from them, how many copies of them. */
function foundNl(found: number, copies: number): string {
  const documents = documentsNl(found);
  if (copies === 0) return `Wij hebben ${documents} gevonden.`;
  const copied = copies === 1 ? '1 kopie' : `${copies} kopieën`;
  return (
    `Wij hebben ${documents} gevonden, en daarnaast ${copied} van die documenten. ` +
    'Een kopie staat in de lijst bij het document zelf en is op dezelfde manier beoordeeld.'
  );
}
