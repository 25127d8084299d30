import { WorkflowError } from '@wobdesk/register';

/** Refusals of the user administration, in the API's one error body (see http-errors.ts). */
export function userNotFound(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'USER.NOT_FOUND',
    'Deze gebruiker bestaat niet in uw organisatie.',
    'No user with this id in your organisation.',
  );
}

/** Someone must be able to run the organisation's users and settings. */
export function lastCoordinator(): WorkflowError {
  return new WorkflowError(
    'domain',
    'USER.LAST_COORDINATOR',
    'Dit is de laatste actieve coördinator. Maak eerst iemand anders coördinator.',
    'This is the last active coordinator; make someone else coordinator first.',
  );
}

export function userInactive(): WorkflowError {
  return new WorkflowError(
    'domain',
    'USER.INACTIVE',
    'Deze gebruiker is niet actief. Maak de gebruiker eerst weer actief.',
    'This user is deactivated; reactivate them first.',
  );
}

/** One answer for an unknown, used and expired link alike: a guesser learns nothing. */
export function linkInvalid(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'USER.LINK_INVALID',
    'Deze link werkt niet (meer). Vraag uw coördinator om een nieuwe.',
    'This link is unknown, used or expired; ask a coordinator for a new one.',
  );
}

/** A mailed link must be absolute. */
export function noPublicBaseUrl(): WorkflowError {
  return new WorkflowError(
    'unavailable',
    'USER.NO_PUBLIC_BASE_URL',
    'Er kan geen link worden verstuurd: PUBLIC_BASE_URL is niet ingesteld.',
    'No link can be mailed: PUBLIC_BASE_URL is not set.',
  );
}
