import { amsterdamDateOf } from '@wobdesk/domain';
import type { Actor, EventView, RequestView } from '@wobdesk/register';
import { EMPTY_FORM } from '../shared/form-input.js';
import type { FailedAction } from './request-view-model.js';

export const REISSUE_SLUG = 'statuslink';
export const REVOKE_SLUG = 'statuslink-intrekken';
/** Carries a reissued token from the POST to the request page (PRG), scoped to that page. */
export const STATUS_LINK_COOKIE = 'wobdesk_statuslink';

export const STATUS_LINK_NOTICES: Readonly<Record<string, string>> = {
  [REISSUE_SLUG]: 'Er is een nieuwe statuslink uitgegeven. De vorige link werkt niet meer.',
  [REVOKE_SLUG]:
    'De statuslink is ingetrokken. De verzoeker kan de stand van zaken niet meer online volgen tot u een nieuwe uitgeeft.',
};

const STATE_LABELS: Readonly<Record<RequestView['statusLink'], string>> = {
  active: 'Actief',
  revoked: 'Ingetrokken',
  not_derivable: 'Actief (oude link)',
  none: 'Geen statuslink',
};

/** What the state means for the requester and for the letters, where that is not obvious. */
const STATE_HINTS: Readonly<Partial<Record<RequestView['statusLink'], string>>> = {
  revoked:
    'Met de oude link ziet de verzoeker "niet gevonden". Brieven met een statuslink kunnen pas weer na een nieuwe link.',
  not_derivable:
    'Deze link werkt, maar brieven en e-mails kunnen hem niet bevatten. Geef een nieuwe uit.',
};

const LINK_EVENTS = new Set(['request_received', 'status_token_reissued', 'status_token_revoked']);

/**
 * The section "Statuslink" of the request page: whether the requester's link works, since when
 * and by whom (from the log), the forms to reissue and revoke it, and the new link only right
 * after a reissue (`newUrl`; the token is never shown otherwise).
 */
export function statusLinkSection(
  view: RequestView,
  events: readonly EventView[],
  actor: Actor,
  newUrl: string | null,
  failed?: FailedAction,
) {
  const last = [...events].reverse().find((e) => LINK_EVENTS.has(e.type));
  const form = failed?.slug === REISSUE_SLUG ? failed.form : EMPTY_FORM;
  const works = view.statusLink === 'active' || view.statusLink === 'not_derivable';
  return {
    state: view.statusLink,
    stateNl: STATE_LABELS[view.statusLink],
    stateHint: STATE_HINTS[view.statusLink] ?? null,
    active: view.statusLink === 'active',
    // When the link was issued or revoked is when that was recorded: a request logged today with
    // last week's receipt date got its link today, so the legal date would be wrong here.
    since: last
      ? {
          on: amsterdamDateOf(new Date(last.recordedAt)).toString(),
          by: last.actor?.name ?? 'systeem (webformulier)',
        }
      : null,
    sinceLabel: last?.type === 'status_token_revoked' ? 'Ingetrokken op' : 'Uitgegeven op',
    newUrl,
    requesterEmail: view.requester.email ?? null,
    reissueAction: `/verzoeken/${view.id}/${REISSUE_SLUG}`,
    revokeAction: `/verzoeken/${view.id}/${REISSUE_SLUG}/intrekken`,
    canRevoke: works && actor.role === 'coordinator',
    revokeNeedsCoordinator: works && actor.role !== 'coordinator',
    formError: form.formError,
    idPrefix: `${REISSUE_SLUG}-`,
  };
}
