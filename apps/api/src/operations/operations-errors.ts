import { WorkflowError } from '@wobdesk/register';

/** An unknown message, another organisation's, or an `:id` that cannot be one: the same 404. */
export function messageNotFound(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'OUTBOX.NOT_FOUND',
    'Dit bericht staat niet in de uitgaande post van uw organisatie.',
    'This message is not in your organisation’s outbox.',
  );
}

/** Only a failed message can be sent again: a waiting one is still being tried, a sent one went. */
export function messageNotFailed(): WorkflowError {
  return new WorkflowError(
    'domain',
    'OUTBOX.NOT_FAILED',
    'Alleen een mislukt bericht kunt u opnieuw versturen. Dit bericht wacht nog of is al verstuurd.',
    'Only a failed message can be sent again; this one is waiting or was sent.',
  );
}
