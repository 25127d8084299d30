import type { StoredRequestEvent } from '@wobdesk/persistence';
import { publicTimeline } from './public-timeline.js';

const event = (
  sequence: number,
  type: string,
  occurredOn: string,
  payload: Record<string, unknown> = {},
): StoredRequestEvent => ({
  sequence,
  type,
  occurredOn,
  payload,
  recordedAt: new Date('2026-01-01T00:00:00Z'),
  actorId: 'u1',
  actorName: 'Interne Medewerker',
});

describe(publicTimeline.name, () => {
  it('should list only public events, in date order, with the summary on its own date', () => {
    const timeline = publicTimeline([
      event(1, 'request_received', '2026-03-03'),
      event(2, 'assigned', '2026-03-04', { assigneeId: 'u1' }),
      event(3, 'conversation_held', '2026-03-18'),
      event(4, 'conversation_recorded', '2026-03-18', {
        channel: 'phone',
        summarySentOn: '2026-03-19',
      }),
      event(5, 'conversation_recorded', '2026-03-10', { channel: 'in_person' }),
      event(6, 'status_token_reissued', '2026-03-20'),
      event(7, 'decision_items_recorded', '2026-03-25', { outcomes: [] }),
      event(8, 'third_party_view_requested', '2026-03-21', { termEndsOn: '2026-04-04' }),
    ]);
    expect(timeline).toEqual([
      { on: '2026-03-03', textNl: 'Wij hebben uw verzoek ontvangen.' },
      { on: '2026-03-10', textNl: 'Wij hebben met u over uw verzoek gesproken (op kantoor).' },
      { on: '2026-03-18', textNl: 'Wij hebben met u over uw verzoek gesproken (telefonisch).' },
      { on: '2026-03-19', textNl: 'Wij hebben u een samenvatting van het gesprek gestuurd.' },
      { on: '2026-03-21', textNl: expect.stringContaining('mening') },
    ]);
    expect(JSON.stringify(timeline)).not.toContain('Interne');
  });

  it('should name the body a request was forwarded to, and the clarification term', () => {
    const timeline = publicTimeline([
      event(1, 'clarification_requested', '2026-03-05', { termEndsOn: '2026-03-19' }),
      event(2, 'forwarded', '2026-03-06', { to: 'Provincie Utrecht' }),
    ]);
    expect(timeline.map((t) => t.textNl)).toEqual([
      'Wij hebben u gevraagd uw verzoek duidelijker te maken. U kon reageren tot en met donderdag 19 maart 2026.',
      'Wij hebben uw verzoek doorgestuurd naar Provincie Utrecht, omdat die organisatie erover gaat.',
    ]);
  });
});
