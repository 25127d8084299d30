// The steps a request can take now: allowed in its phase and not refused by what the state alone
// decides. Each refusal is the one `decide` gives, so a page offering exactly these steps never
// offers one that must fail.
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { decide, execute } from './decide.js';
import { availableCommands, preconditionRefusal } from './preconditions.js';
import type { RequestCommand } from './request-command.js';
import type { DecideContext, RequestState } from './request-state.js';

const d = (iso: string) => LocalDate.parse(iso);
const ctx: DecideContext = { today: d('2026-01-01'), calendar: new HolidayCalendar([]) };

function story(commands: RequestCommand[]): RequestState {
  let state: RequestState | undefined;
  for (const command of commands) {
    const result = execute(state, command, ctx);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
    state = result.state;
  }
  return state as RequestState;
}

const received: RequestCommand = { type: 'receive', occurredOn: d('2024-01-08') };
const extension: RequestCommand = {
  type: 'notifyExtension',
  occurredOn: d('2024-01-15'),
  days: 14,
  reason: 'size_or_complexity',
};

describe('availableCommands', () => {
  it('should offer one extension and no second, refused by decide with the same code', () => {
    expect(availableCommands(story([received]))).toContain('notifyExtension');
    const extended = story([received, extension]);
    expect(availableCommands(extended)).not.toContain('notifyExtension');
    const second = decide(extended, { ...extension, occurredOn: d('2024-01-16') }, ctx);
    expect(!second.ok && second.error.code).toBe('REQUEST.EXTENSION_ALREADY_USED');
    expect(preconditionRefusal(extended, 'notifyExtension')?.code).toBe(
      'REQUEST.EXTENSION_ALREADY_USED',
    );
  });

  it('should offer ending a suspension only while one runs, and no decision then', () => {
    const fresh = story([received]);
    expect(availableCommands(fresh)).not.toContain('endSuspension');
    const refused = decide(
      fresh,
      { type: 'endSuspension', occurredOn: d('2024-01-10'), kind: 'force_majeure' },
      ctx,
    );
    expect(!refused.ok && refused.error.code).toBe('REQUEST.NO_OPEN_SUSPENSION');
    const suspended = story([
      received,
      { type: 'startSuspension', occurredOn: d('2024-01-10'), kind: 'force_majeure' },
    ]);
    expect(availableCommands(suspended)).toEqual(
      expect.arrayContaining(['endSuspension', 'startSuspension']),
    );
    expect(availableCommands(suspended)).not.toContain('takeDecision');
  });

  it('should offer no decision on the merits after the decision not to handle', () => {
    const notHandled = story([
      received,
      { type: 'requestClarification', occurredOn: d('2024-01-12'), termEndsOn: d('2024-01-26') },
      { type: 'declineToHandle', occurredOn: d('2024-01-29') },
    ]);
    const offered = availableCommands(notHandled);
    expect(offered).not.toContain('correctDecision');
    expect(offered).not.toContain('takeDecision');
    const corrected = decide(
      notHandled,
      {
        type: 'correctDecision',
        occurredOn: d('2024-01-30'),
        outcome: 'granted',
      } as RequestCommand,
      ctx,
    );
    expect(!corrected.ok && corrected.error.code).toBe('REQUEST.DECIDED_NOT_TO_HANDLE');
  });

  it('should offer declining to handle only once a term to specify was set', () => {
    expect(availableCommands(story([received]))).not.toContain('declineToHandle');
    const asked = story([
      received,
      { type: 'requestClarification', occurredOn: d('2024-01-12'), termEndsOn: d('2024-01-26') },
    ]);
    expect(availableCommands(asked)).toEqual(
      expect.arrayContaining(['declineToHandle', 'answerClarification']),
    );
  });
});
