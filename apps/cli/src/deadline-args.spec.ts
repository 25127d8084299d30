import { LocalDate } from '@wobdesk/domain';
import { UsageError } from './cli-support.js';
import { parseDeadlineArgs, parseSuspension } from './deadline-args.js';

const d = (iso: string) => LocalDate.parse(iso);
const args = (line: string) => line.split(' ').filter((a) => a !== '');

/** The English text of the usage error thrown by `fn` (fails when nothing is thrown). */
function usage(fn: () => unknown): { nl: string; en: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).text;
  }
  throw new Error('expected a UsageError');
}

describe('parseDeadlineArgs', () => {
  it('reads the minimal command: only the receipt date', () => {
    const cmd = parseDeadlineArgs(args('--received 2020-03-03'));
    expect(cmd.facts).toEqual({ receivedOn: d('2020-03-03') });
    expect([cmd.json, cmd.lang, cmd.seedsDir, cmd.help]).toEqual([false, 'nl', undefined, false]);
  });

  it('reads every flag into the facts of the engine', () => {
    const cmd = parseDeadlineArgs(
      args(
        '--received 2023-12-22 --regime woo --extension-notified 2024-01-19 --extension-days 14 ' +
          '--suspension third_party_view:notified=2024-01-09,term=2024-01-23,responded=2024-01-22 ' +
          '--suspension consent:agreed=2024-01-15,days=10 ' +
          '--decided 2024-02-15 --sent=2024-02-16 --objection-expected --environmental ' +
          '--notice-of-default 2024-02-20 --objection-received 2024-03-30 --objection-posted 2024-03-28 ' +
          '--advisory-committee --objection-extension-days 42 --json --lang en --seeds ./seeds',
      ),
    );
    expect(cmd.facts).toEqual({
      receivedOn: d('2023-12-22'),
      regime: 'woo',
      environmentalInformation: true,
      objectionExpected: true,
      extension: { notifiedOn: d('2024-01-19'), days: 14 },
      suspensions: [
        {
          kind: 'third_party_view',
          notifiedOn: d('2024-01-09'),
          termEndsOn: d('2024-01-23'),
          respondedOn: d('2024-01-22'),
        },
        { kind: 'consent', agreedOn: d('2024-01-15'), days: 10 },
      ],
      decidedOn: d('2024-02-15'),
      sentOn: d('2024-02-16'),
      noticeOfDefaultOn: d('2024-02-20'),
      objection: {
        receivedOn: d('2024-03-30'),
        byPost: true,
        postedOn: d('2024-03-28'),
        advisoryCommittee: true,
        extensionDays: 42,
      },
    });
    expect([cmd.json, cmd.lang, cmd.seedsDir]).toEqual([true, 'en', './seeds']);
  });

  it('leaves an extension above the legal maximum to the engine, which caps it and warns', () => {
    const cmd = parseDeadlineArgs(
      args('--received 2023-12-22 --extension-notified 2024-01-10 --extension-days 21'),
    );
    expect(cmd.facts.extension).toEqual({ notifiedOn: d('2024-01-10'), days: 21 });
  });

  it('--help needs no other flag', () => {
    expect(parseDeadlineArgs(['--help']).help).toBe(true);
    expect(parseDeadlineArgs(['-h', '--lang', 'en'])).toMatchObject({ help: true, lang: 'en' });
  });

  it('an objection is not by post unless said so', () => {
    const cmd = parseDeadlineArgs(
      args('--received 2020-03-03 --sent 2020-05-26 --objection-received 2020-07-01'),
    );
    expect(cmd.facts.objection).toEqual({ receivedOn: d('2020-07-01'), byPost: false });
  });

  describe('bad input names the flag and the rule', () => {
    it.each([
      ['', '--received is required', 'Woo art. 4.4 lid 1'],
      ['--received 2020-02-30', '--received 2020-02-30: not a valid date', 'YYYY-MM-DD'],
      ['--received 3-3-2020', '--received 3-3-2020: not a valid date', 'YYYY-MM-DD'],
      ['--received', '--received needs a value', 'wobdesk help deadline'],
      ['--received 2020-03-03 --bogus', 'unknown flag --bogus', 'wobdesk help deadline'],
      ['--received 2020-03-03 extra', "unexpected argument 'extra'", 'flags'],
      ['--received 2020-03-03 --json=yes', '--json is a switch', 'no value'],
      ['--received 2020-03-03 --regime wet', '--regime wet: choose wob or woo', 'Woo art. 10.1'],
      ['--received 2020-03-03 --lang de', '--lang de: choose nl or en', ''],
      [
        '--received 2023-12-22 --extension-days 14',
        '--extension-notified is missing',
        'Woo art. 4.4 lid 2',
      ],
      [
        '--received 2023-12-22 --extension-notified 2024-01-10',
        '--extension-days is missing',
        'Woo art. 4.4 lid 2',
      ],
      [
        '--received 2020-03-03 --extension-notified 2020-03-20 --extension-days 366',
        '--extension-days 366',
        'from 1 to 365',
      ],
      [
        '--received 2020-03-03 --extension-notified 2020-03-20 --extension-days 0',
        '--extension-days 0',
        'from 1 to 365',
      ],
      [
        '--received 2020-03-03 --extension-notified 2020-03-20 --extension-days 2.5',
        '--extension-days 2.5',
        'whole number',
      ],
      [
        '--received 2020-03-03 --extension-notified 2020-03-01 --extension-days 7',
        '--extension-notified 2020-03-01',
        'before the request was received',
      ],
      [
        '--received 2020-03-03 --decided 2020-03-02',
        '--decided 2020-03-02',
        'before the request was received',
      ],
      [
        '--received 2020-03-03 --decided 2020-05-26 --sent 2020-05-25',
        '--sent 2020-05-25',
        'Awb art. 3:41',
      ],
      [
        '--received 2020-03-03 --notice-of-default 2020-01-01',
        '--notice-of-default 2020-01-01',
        'before the request',
      ],
      [
        '--received 2020-03-03 --objection-received 2020-07-01',
        '--objection-received also needs --sent',
        'Awb art. 6:8 lid 1',
      ],
      [
        '--received 2020-03-03 --sent 2020-05-26 --advisory-committee',
        '--advisory-committee belongs to an objection',
        '--objection-received',
      ],
      [
        '--received 2020-03-03 --sent 2020-05-26 --objection-received 2020-07-01 --objection-posted 2020-07-02',
        '--objection-posted 2020-07-02',
        'after the objection was received',
      ],
      [
        '--received 2020-03-03 --sent 2020-05-26 --objection-received 2020-07-01 --objection-extension-days 43',
        '--objection-extension-days 43',
        'Awb art. 7:10 lid 3',
      ],
    ])('%s', (line, flagText, ruleText) => {
      const text = usage(() => parseDeadlineArgs(args(line)));
      expect(text.en).toContain(flagText);
      expect(text.en).toContain(ruleText);
      expect(text.nl).not.toBe(text.en);
    });
  });
});

describe('parseSuspension', () => {
  const received = d('2023-12-22');

  it.each([
    [
      'clarification:requested=2023-12-27,term=2024-01-10,answered=2024-01-08',
      {
        kind: 'clarification',
        requestedOn: d('2023-12-27'),
        termEndsOn: d('2024-01-10'),
        answeredOn: d('2024-01-08'),
      },
    ],
    ['clarification:requested=2023-12-27', { kind: 'clarification', requestedOn: d('2023-12-27') }],
    [
      'foreign_authority:requested=2024-01-02,expected=2024-02-01',
      { kind: 'foreign_authority', requestedOn: d('2024-01-02'), expectedOn: d('2024-02-01') },
    ],
    [
      'foreign-authority:requested=2024-01-02,expected=2024-02-01,received=2024-01-20',
      {
        kind: 'foreign_authority',
        requestedOn: d('2024-01-02'),
        expectedOn: d('2024-02-01'),
        receivedOn: d('2024-01-20'),
      },
    ],
    [
      'third-party-view: notified=2024-01-09, term=2024-01-23',
      { kind: 'third_party_view', notifiedOn: d('2024-01-09'), termEndsOn: d('2024-01-23') },
    ],
    ['consent:agreed=2024-01-15,days=28', { kind: 'consent', agreedOn: d('2024-01-15'), days: 28 }],
    [
      'force_majeure:from=2023-12-01,until=2024-01-05',
      { kind: 'force_majeure', from: d('2023-12-01'), until: d('2024-01-05') },
    ],
    [
      'requester_delay:from=2024-01-03,until=2024-01-05',
      { kind: 'requester_delay', from: d('2024-01-03'), until: d('2024-01-05') },
    ],
  ])('%s', (spec, expected) => {
    expect(parseSuspension(spec, received)).toEqual(expected);
  });

  it.each([
    ['pause:from=2024-01-01,until=2024-01-02', "unknown kind 'pause'", 'third_party_view'],
    ['third_party_view:notified=2024-01-09', 'needs notified=…,term=…', 'missing: term'],
    [
      'third_party_view:notified=2024-01-09,term=2024-01-23,answered=2024-01-20',
      "unknown key 'answered'",
      'allowed: notified, term, responded',
    ],
    ['third_party_view:notified=2024-01-09,term=', "'term' needs a value", ''],
    [
      'third_party_view:notified=2024-01-09,notified=2024-01-10,term=2024-01-23',
      "'notified' is given twice",
      '',
    ],
    [
      'third_party_view:notified=2024-01-32,term=2024-02-01',
      'notified=2024-01-32: not a valid date',
      'YYYY-MM-DD',
    ],
    [
      'third_party_view:notified=2024-01-09,term=2024-01-08',
      'term=2024-01-08 is before notified=2024-01-09',
      '',
    ],
    [
      'third_party_view:notified=2023-12-01,term=2024-01-08',
      'notified=2023-12-01 is before the request was received',
      'Woo art. 4.4 lid 3',
    ],
    [
      'clarification:requested=2024-01-02,answered=2024-01-01',
      'answered=2024-01-01 is before requested=2024-01-02',
      '',
    ],
    [
      'force_majeure:from=2024-01-10,until=2024-01-09',
      'until=2024-01-09 is before from=2024-01-10',
      '',
    ],
    ['consent:agreed=2024-01-15,days=0', 'days=0', 'Awb art. 4:15 lid 2 sub a'],
    ['consent:agreed=2024-01-15,days=ten', 'days=ten', 'whole number'],
  ])('%s is rejected', (spec, text, rule) => {
    const message = usage(() => parseSuspension(spec, received)).en;
    expect(message).toContain(`--suspension ${spec}`);
    expect(message).toContain(text);
    expect(message).toContain(rule);
  });
});
