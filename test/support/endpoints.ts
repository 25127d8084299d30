/**
 * Every endpoint of the clerks' API that takes a request id, with a body that is valid in shape
 * (whether the step is allowed is the register's business). Shared by the e2e tests of
 * authorisation and bad input, so that a new endpoint is tested by both once it is listed here.
 */
export interface RequestEndpoint {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** The part after `/api/requests/:id`, '' for the request itself. */
  readonly path: string;
  /** A body valid in shape; undefined for endpoints without one. */
  readonly body?: Record<string, unknown>;
  /** Takes `version` (optimistic lock). */
  readonly versioned?: boolean;
}

const on = { occurredOn: '2024-04-10' };

export const REQUEST_ENDPOINTS: readonly RequestEndpoint[] = [
  { method: 'get', path: '' },
  { method: 'get', path: '/events' },
  { method: 'post', path: '/acknowledge', body: on, versioned: true },
  {
    method: 'post',
    path: '/conversations',
    body: { ...on, channel: 'phone', participants: ['verzoeker'], summaryPoints: ['Scope'] },
    versioned: true,
  },
  {
    method: 'post',
    path: '/clarification-requests',
    body: { ...on, termEndsOn: '2024-04-24' },
    versioned: true,
  },
  { method: 'post', path: '/clarification-answers', body: on, versioned: true },
  {
    method: 'post',
    path: '/extensions',
    body: { ...on, days: 14, reason: 'size_or_complexity', motivation: 'Veel documenten' },
    versioned: true,
  },
  {
    method: 'post',
    path: '/third-party-views',
    body: { ...on, termEndsOn: '2024-04-24' },
    versioned: true,
  },
  { method: 'post', path: '/third-party-view-responses', body: on, versioned: true },
  {
    method: 'post',
    path: '/suspensions',
    body: { ...on, kind: 'consent', days: 7 },
    versioned: true,
  },
  {
    method: 'post',
    path: '/suspension-ends',
    body: { ...on, kind: 'force_majeure' },
    versioned: true,
  },
  { method: 'post', path: '/notices-of-default', body: on, versioned: true },
  {
    method: 'post',
    path: '/decision',
    body: {
      ...on,
      outcomes: [
        { number: 1, outcome: 'granted' },
        {
          number: 2,
          outcome: 'refused',
          grounds: ['5.1.2.e'],
          weighing:
            'Het belang van de privacy weegt hier zwaarder dan het belang van openbaarheid.',
        },
      ],
    },
    versioned: true,
  },
  {
    method: 'post',
    path: '/not-handled',
    body: { ...on, reason: 'De precisering noemt geen onderwerp.' },
    versioned: true,
  },
  { method: 'post', path: '/sending', body: on, versioned: true },
  { method: 'post', path: '/objections', body: { ...on, byPost: false }, versioned: true },
  { method: 'post', path: '/objection-extensions', body: { ...on, days: 42 }, versioned: true },
  {
    method: 'post',
    path: '/hearings',
    body: { ...on, hearingOn: on.occurredOn, place: 'Stadhuis' },
    versioned: true,
  },
  { method: 'post', path: '/hearing-held', body: { ...on, report: 'Gehoord.' }, versioned: true },
  {
    method: 'post',
    path: '/hearing-waived',
    body: { ...on, ground: 'objector_waived' },
    versioned: true,
  },
  { method: 'post', path: '/committee-advice', body: on, versioned: true },
  {
    method: 'post',
    path: '/objection-decision',
    body: { ...on, outcome: 'unfounded' },
    versioned: true,
  },
  { method: 'post', path: '/close', body: on, versioned: true },
  { method: 'post', path: '/withdraw', body: on, versioned: true },
  { method: 'post', path: '/forward', body: { ...on, to: 'Gemeente Utrecht' }, versioned: true },
  {
    method: 'post',
    path: '/assign',
    body: { assigneeId: '00000000-0000-4000-8000-000000000000' },
    versioned: true,
  },
  { method: 'post', path: '/status-token' },
  { method: 'delete', path: '/status-token' },
  { method: 'post', path: '/personal-data-export' },
  { method: 'post', path: '/personal-data-erasure' },
  { method: 'get', path: '/letters' },
  { method: 'get', path: '/documents' },
  // Multipart; sent as JSON by the shared tests, it reaches the request check all the same.
  { method: 'post', path: '/documents' },
  { method: 'get', path: '/documents/1/content' },
  { method: 'get', path: '/inventory.xlsx' },
  { method: 'get', path: '/inventory.csv' },
  // Multipart too, as the documents' upload.
  { method: 'post', path: '/inventory' },
  { method: 'get', path: '/outcome-proposals' },
  { method: 'get', path: '/documents/duplicates' },
  { method: 'post', path: '/documents/duplicates/00000000-0000-4000-8000-000000000000/confirm' },
  { method: 'post', path: '/documents/duplicates/00000000-0000-4000-8000-000000000000/reject' },
  { method: 'get', path: '/documents/1/third-parties' },
  { method: 'post', path: '/documents/1/third-parties', body: { name: 'Bouwbedrijf' } },
  { method: 'delete', path: '/documents/1/third-parties/00000000-0000-4000-8000-000000000000' },
  {
    method: 'put',
    path: '/documents/1/third-parties/00000000-0000-4000-8000-000000000000/view',
    body: { view: 'agrees', receivedOn: '2024-04-10' },
  },
  { method: 'get', path: '/documents/1/redactions' },
  { method: 'get', path: '/documents/1/redactions/suggestions' },
  {
    method: 'post',
    path: '/documents/1/redactions/term',
    body: { term: 'Jansen', ground: '5.1.2.e' },
  },
  {
    method: 'post',
    path: '/documents/1/redactions/area',
    body: { page: 1, x: 10, y: 10, width: 10, height: 10, ground: '5.1.2.e' },
  },
  { method: 'post', path: '/documents/1/redactions/suggestions', body: { kind: 'email' } },
  { method: 'post', path: '/documents/1/redactions/term/remove', body: { term: 'Jansen' } },
  { method: 'delete', path: '/documents/1/redactions/00000000-0000-4000-8000-000000000000' },
  { method: 'get', path: '/documents/1/pages/1.png' },
  { method: 'get', path: '/releases' },
  { method: 'post', path: '/releases', body: { bundleMegabytes: 25 } },
  { method: 'get', path: '/releases/00000000-0000-4000-8000-000000000000' },
  { method: 'get', path: '/letters/decision/preview' },
  { method: 'post', path: '/letters', body: { kind: 'decision' } },
  {
    method: 'post',
    path: '/letters/acknowledgement/preview',
    body: { conversationInvitation: true },
  },
  {
    method: 'post',
    path: '/letters/00000000-0000-4000-8000-000000000000/send',
    body: { sentOn: '2024-04-10' },
    versioned: true,
  },
  { method: 'get', path: '/publication' },
  { method: 'put', path: '/publication', body: { publishOn: '2024-04-24' } },
  { method: 'post', path: '/publication/withdrawal', body: { reason: 'Fout in de lijst' } },
];

export function describeEndpoint(e: RequestEndpoint): string {
  return `${e.method.toUpperCase()} /api/requests/:id${e.path}`;
}
