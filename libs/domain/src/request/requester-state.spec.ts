import { PHASE_LABELS } from './request-phase.js';
import { requesterStateNl } from './requester-state.js';

describe('requesterStateNl', () => {
  it('should say a request was not handled, citing Woo 4.1 lid 6 or Awb 4:5 by regime', () => {
    expect(requesterStateNl('decided', 'woo', true)).toContain(
      'niet te behandelen, omdat niet duidelijk genoeg werd welke informatie u zoekt (artikel 4.1, zesde lid, van de Woo).',
    );
    expect(requesterStateNl('objection_window', 'wob', true)).toContain(
      '(artikel 4:5 van de Algemene wet bestuursrecht). Bent u het er niet mee eens? Dan kunt u bezwaar maken.',
    );
  });

  it('should keep the phase line for a request decided on its merits and after the objection', () => {
    expect(requesterStateNl('decided', 'woo', false)).toBe(PHASE_LABELS.decided.requesterNl);
    expect(requesterStateNl('closed', 'woo', true)).toBe(PHASE_LABELS.closed.requesterNl);
  });
});
