import { letterTitlesNl, noticeTopicNl } from './notice-topics.js';

describe('noticeTopicNl', () => {
  it('should name the carried letter, not the phase the request is in', () => {
    expect(noticeTopicNl({ regime: 'woo', phase: 'acknowledged', letterKinds: ['decision'] })).toBe(
      'Besluit op uw Woo-verzoek',
    );
    expect(noticeTopicNl({ regime: 'wob', phase: 'received', letterKinds: ['extension'] })).toBe(
      'Meer tijd voor het besluit op uw Wob-verzoek',
    );
  });

  it('should name the step entered when no letter is carried', () => {
    expect(noticeTopicNl({ regime: 'woo', phase: 'received', letterKinds: [] })).toBe(
      'Ontvangstbevestiging van uw Woo-verzoek',
    );
    expect(noticeTopicNl({ regime: 'woo', phase: 'withdrawn', letterKinds: [] })).toBe(
      'Intrekking van uw Woo-verzoek',
    );
  });

  it('should give the letters their own titles for the body', () => {
    expect(letterTitlesNl(['acknowledgement', 'unknown-kind'])).toEqual([
      'Ontvangstbevestiging',
      'Brief',
    ]);
  });
});
