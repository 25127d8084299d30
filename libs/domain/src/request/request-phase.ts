/**
 * The phases of a Wob/Woo request, in the order a request normally passes them. Stored as
 * lower_snake strings (one spelling in code, JSON and database); the migration writes a CHECK over
 * this list.
 */
export const REQUEST_PHASES = [
  'received',
  'acknowledged',
  'conversation_held',
  'decided',
  'objection_window',
  'objection_lodged',
  'closed',
  'withdrawn',
  'forwarded',
] as const;
export type RequestPhase = (typeof REQUEST_PHASES)[number];

/** Phases in which no command is accepted any more. */
export const TERMINAL_PHASES: readonly RequestPhase[] = ['closed', 'withdrawn', 'forwarded'];

/** Phases in which the decision term runs (Woo art. 4.4 / Wob art. 6): nothing decided yet. */
export const PENDING_PHASES: readonly RequestPhase[] = [
  'received',
  'acknowledged',
  'conversation_held',
];

export interface PhaseLabel {
  /** Staff UI and lawyer review. */
  readonly nl: string;
  readonly en: string;
  /** Plain Dutch for the requester's status page (B1 level, no article numbers). */
  readonly requesterNl: string;
}

export const PHASE_LABELS: Readonly<Record<RequestPhase, PhaseLabel>> = {
  received: {
    nl: 'Ontvangen',
    en: 'Received',
    requesterNl: 'Wij hebben uw verzoek ontvangen.',
  },
  acknowledged: {
    nl: 'Ontvangst bevestigd',
    en: 'Receipt acknowledged',
    requesterNl: 'Wij hebben u laten weten dat uw verzoek is ontvangen. Wij werken eraan.',
  },
  conversation_held: {
    nl: 'Gesprek gevoerd',
    en: 'Conversation held',
    requesterNl: 'Wij hebben met u over uw verzoek gesproken. Wij werken aan een besluit.',
  },
  decided: {
    nl: 'Besluit genomen',
    en: 'Decision taken',
    requesterNl: 'Wij hebben een besluit genomen. U krijgt het besluit zo snel mogelijk.',
  },
  objection_window: {
    nl: 'Besluit bekendgemaakt (bezwaartermijn loopt)',
    en: 'Decision sent (objection period running)',
    requesterNl:
      'Wij hebben u het besluit gestuurd. Bent u het er niet mee eens? Dan kunt u bezwaar maken.',
  },
  objection_lodged: {
    nl: 'Bezwaar ontvangen',
    en: 'Objection lodged',
    requesterNl: 'Er is bezwaar gemaakt tegen het besluit. Wij behandelen het bezwaar.',
  },
  closed: {
    nl: 'Afgesloten',
    en: 'Closed',
    requesterNl: 'Uw verzoek is afgehandeld.',
  },
  withdrawn: {
    nl: 'Ingetrokken',
    en: 'Withdrawn',
    requesterNl: 'U heeft uw verzoek ingetrokken.',
  },
  forwarded: {
    nl: 'Doorgezonden',
    en: 'Forwarded',
    requesterNl: 'Wij hebben uw verzoek doorgestuurd naar de organisatie die erover gaat.',
  },
};

export function isRequestPhase(value: string): value is RequestPhase {
  return (REQUEST_PHASES as readonly string[]).includes(value);
}
