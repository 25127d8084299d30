import { LETTER_KINDS } from '@wobdesk/letters';
import { WorkflowError } from '@wobdesk/register';
import { checkLetterInput, LETTER_INPUT_FIELDS, requireInput } from './letter-input.js';

function refusal(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('letter input', () => {
  it('should name an input field for every kind, and only fields a kind uses', () => {
    expect(Object.keys(LETTER_INPUT_FIELDS).sort()).toEqual([...LETTER_KINDS].sort());
    const wrong = refusal(() => checkLetterInput('decision', { thirdParties: 'een bedrijf' }));
    expect(wrong).toMatchObject({
      kind: 'invalid',
      code: 'LETTER.INVALID_INPUT',
      details: { field: 'thirdParties', rule: 'notForKind' },
    });
  });

  it('should trim texts and keep what the kind takes', () => {
    expect(
      checkLetterInput('clarification_request', {
        explanation: '  Te algemeen. ',
        questions: [' Welke jaren? '],
        ignoredBecauseUndefined: undefined,
      }),
    ).toEqual({ explanation: 'Te algemeen.', questions: ['Welke jaren?'] });
    expect(checkLetterInput('acknowledgement', undefined)).toEqual({});
  });

  it.each([
    ['clarification_request', { explanation: '   ' }, 'explanation', 'text'],
    ['clarification_request', { questions: 'Welke?' }, 'questions', 'array'],
    ['clarification_request', { questions: [''] }, 'questions.0', 'text'],
    ['acknowledgement', { conversationInvitation: 'yes' }, 'conversationInvitation', 'boolean'],
    ['objection_acknowledgement', { repairBy: '2024-02-30' }, 'repairBy', 'date'],
    ['third_party_view_start', { thirdParties: 'x'.repeat(201) }, 'thirdParties', 'text'],
    ['decision', [], 'input', 'object'],
    ['decision', { extraSections: 'Kop' }, 'extraSections', 'array'],
    [
      'decision',
      { extraSections: Array(11).fill({ heading: 'a', text: 'b' }) },
      'extraSections',
      'array',
    ],
    ['decision', { extraSections: ['Kop'] }, 'extraSections[0]', 'object'],
    [
      'decision',
      {
        extraSections: [
          { heading: 'a', text: 'b' },
          { heading: '', text: 'b' },
        ],
      },
      'extraSections[1].heading',
      'text',
    ],
    [
      'decision',
      { extraSections: [{ heading: 'x'.repeat(201), text: 'b' }] },
      'extraSections[0].heading',
      'text',
    ],
    ['decision', { extraSections: [{ heading: 'a' }] }, 'extraSections[0].text', 'text'],
    [
      'decision',
      { extraSections: [{ heading: 'a', text: 'b', order: 1 }] },
      'extraSections[0].order',
      'notAllowed',
    ],
  ] as const)('should refuse %s input %j naming %s (%s)', (kind, input, field, rule) => {
    expect(refusal(() => checkLetterInput(kind, input)).details).toEqual({ field, rule });
  });

  it("should trim a decision's own sections and keep them in order", () => {
    expect(
      checkLetterInput('decision', {
        introduction: ' Inleiding. ',
        extraSections: [{ heading: ' Contact ', text: ' Bel mij. ' }],
        closing: 'Slot.',
      }),
    ).toEqual({
      introduction: 'Inleiding.',
      extraSections: [{ heading: 'Contact', text: 'Bel mij.' }],
      closing: 'Slot.',
    });
  });

  it('should refuse a letter whose required input is missing, naming the field', () => {
    expect(refusal(() => requireInput({}, 'explanation', 'clarification_request'))).toMatchObject({
      code: 'LETTER.INPUT_REQUIRED',
      details: { field: 'explanation' },
    });
    expect(
      requireInput({ thirdParties: 'twee bedrijven' }, 'thirdParties', 'third_party_view_end'),
    ).toBe('twee bedrijven');
  });
});
