import type { Role } from '@wobdesk/domain';

/** The authenticated caller. Every query is scoped to `organisationId`. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly name: string;
}

/**
 * The planner (scheduled jobs) acting on a request of one organisation: it records events with
 * no user (`actor_id` NULL, shown as `actor: null`), under this name in its own workflow event.
 * Only `RequestChanges` accepts it; the HTTP API never sees one.
 */
export interface SystemActor {
  readonly kind: 'system';
  readonly name: string;
  readonly organisationId: string;
}

/** The planner of an organisation: `{ kind: 'system', name: 'Wobdesk planner' }`. */
export function plannerActor(organisationId: string): SystemActor {
  return { kind: 'system', name: 'Wobdesk planner', organisationId };
}

/**
 * Who registers a request: a clerk, or the public web form of an organisation, which is no user
 * (its events record no actor, like the system's).
 */
export type Registrant = Actor | { readonly publicFormOf: string };
