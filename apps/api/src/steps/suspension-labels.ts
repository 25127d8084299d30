import { OPEN_ENDED_SUSPENSION_KINDS } from '@wobdesk/domain';

/** The kinds a suspension can start with: written consent, or an open-ended one. */
export const SUSPENSION_START_KINDS = ['consent', ...OPEN_ENDED_SUSPENSION_KINDS] as const;
export type SuspensionStartKind = (typeof SUSPENSION_START_KINDS)[number];

/** The grounds of a suspension as the forms name them. */
export const SUSPENSION_LABELS: Record<SuspensionStartKind, string> = {
  consent: 'Instemming van de verzoeker (Awb 4:15 lid 2 sub a)',
  requester_delay: 'Vertraging door de verzoeker (Awb 4:15 lid 2 sub b)',
  force_majeure: 'Overmacht (Awb 4:15 lid 2 sub c)',
};
