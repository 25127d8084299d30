import { plainTextProblem, printableText } from './plain-text.js';

describe(plainTextProblem.name, () => {
  it.each([
    ['J. Jansen', false, null],
    ['Zoë Müller-Øberg 山田 👩‍💼', false, null],
    ['Postbus 1\n1000 AA  Dorp', true, null],
    ['Postbus 1\r\n1000 AA\tDorp', true, null],
    ['J. Jansen\nKerkstraat 1', false, 'line_break'],
    ['a\tb', false, 'line_break'],
    ['a\ud800b', true, 'lone_surrogate'],
    ['\udfff', false, 'lone_surrogate'],
    ['a\u0000b', true, 'control_character'],
    ['a\u001bb', true, 'control_character'],
    ['a\u007fb', true, 'control_character'],
    ['a\u0085b', true, 'control_character'],
    ['a\u202eb', true, 'control_character'],
    ['a\u2066b', true, 'control_character'],
    ['a\u2028b', true, 'control_character'],
  ] as const)('%j (multi-line %s) → %s', (text, multiLine, problem) => {
    expect(plainTextProblem(text, multiLine)).toBe(problem);
  });
});

describe(printableText.name, () => {
  it('should remove controls and marks, keeping line breaks only where allowed', () => {
    expect(printableText('Bomen \u202Enetok\u0000', false)).toBe('Bomen netok');
    expect(printableText('J.\r\nJansen', false)).toBe('J. Jansen');
    expect(printableText('Postbus 1\r\n1000 AA', true)).toBe('Postbus 1\n1000 AA');
    expect(printableText('a\ud800', false)).toBe('a\uFFFD');
  });
});
