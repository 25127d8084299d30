import { REQUEST_TRANSITIONS } from '@wobdesk/domain';
import type { EventView } from '@wobdesk/register';
import { EVENT_LABELS, historyInOrder, historyLabel } from './request-history.js';

const event = (sequence: number, type: string, occurredOn: string, recordedAt: string) =>
  ({ sequence, type, occurredOn, recordedAt, actor: null, payload: {} }) as EventView;

describe('the request history', () => {
  it('should list by legal date, newest first, whatever the order of recording', () => {
    // Recorded 1 Dec, then 3 Dec, then a step dated 2 Dec recorded last.
    const events = [
      event(1, 'request_received', '2026-12-01', '2026-12-01T08:00:00.000Z'),
      event(2, 'receipt_acknowledged', '2026-12-03', '2026-12-03T09:00:00.000Z'),
      event(3, 'clarification_requested', '2026-12-02', '2026-12-03T10:00:00.000Z'),
    ];
    expect(historyInOrder(events).map((e) => e.occurredOn)).toEqual([
      '2026-12-03',
      '2026-12-02',
      '2026-12-01',
    ]);
  });

  it('should order the events of one day by when they were recorded, then by sequence', () => {
    const events = [
      event(1, 'request_received', '2026-12-01', '2026-12-01T08:00:00.000Z'),
      event(2, 'assigned', '2026-12-01', '2026-12-01T09:00:00.000Z'),
      event(3, 'letter_generated', '2026-12-01', '2026-12-01T09:00:00.000Z'),
    ];
    expect(historyInOrder(events).map((e) => e.sequence)).toEqual([3, 2, 1]);
  });

  it('should say every legal step in the past tense, not as the step to take', () => {
    for (const rule of Object.values(REQUEST_TRANSITIONS)) {
      for (const type of rule.emits) expect(EVENT_LABELS[type]).toBeDefined();
    }
    expect(historyLabel(event(1, 'receipt_acknowledged', '2026-12-01', ''))).toBe(
      'Ontvangstbevestiging verstuurd',
    );
    expect(historyLabel(event(1, 'request_received', '2026-12-01', ''))).toBe(
      'Verzoek ontvangen en geregistreerd',
    );
    expect(historyLabel(event(1, 'clarification_requested', '2026-12-01', ''))).toBe(
      'Om precisering of aanvulling gevraagd',
    );
    // No line reads as an instruction, as the step titles do ("Ontvangst bevestigen").
    for (const label of Object.values(EVENT_LABELS)) {
      expect(label).not.toMatch(/\b(registreren|bevestigen|vragen|afsluiten)\b/i);
    }
  });
});
