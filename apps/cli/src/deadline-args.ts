// `wobdesk deadline …`: the flags, turned into the RequestFacts of the deadline engine.
import { parseArgs } from 'node:util';
import {
  LocalDate,
  MAX_OBJECTION_DECISION_EXTENSION_DAYS,
  REGIME_TERMS,
  REGIMES,
  type ObjectionFacts,
  type Regime,
  type RequestFacts,
  type Suspension,
  SUSPENSION_KINDS,
  type SuspensionKind,
  termRegimeFor,
} from '@wobdesk/domain';
import {
  type Lang,
  parseDate,
  parseDays,
  parseLang,
  usageError,
  withFlagErrors,
} from './cli-support.js';

export const DEADLINE_OPTIONS = {
  received: { type: 'string' },
  regime: { type: 'string' },
  'extension-notified': { type: 'string' },
  'extension-days': { type: 'string' },
  suspension: { type: 'string', multiple: true },
  decided: { type: 'string' },
  sent: { type: 'string' },
  'objection-expected': { type: 'boolean' },
  environmental: { type: 'boolean' },
  'notice-of-default': { type: 'string' },
  'objection-received': { type: 'string' },
  'objection-by-post': { type: 'boolean' },
  'objection-posted': { type: 'string' },
  'advisory-committee': { type: 'boolean' },
  'objection-extension-days': { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  seeds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface DeadlineCommand {
  readonly facts: RequestFacts;
  readonly json: boolean;
  readonly lang: Lang;
  /** `--seeds`, as given; resolved by the seed loader. */
  readonly seedsDir?: string;
  readonly help: boolean;
}

/** Largest number of days a consent (Awb 4:15 lid 2 sub a) may add here: a plausibility bound. */
export const MAX_CONSENT_DAYS = 3650;
/** Largest extension accepted as input (a plausibility bound; the engine caps at the legal maximum). */
export const MAX_EXTENSION_DAYS = 365;

/**
 * Parses the flags of `wobdesk deadline`. Throws a UsageError naming the flag and the rule on
 * bad input; checks only what makes the facts impossible (a date before the receipt, a term
 * longer than the law allows), never what the engine decides.
 */
export function parseDeadlineArgs(argv: readonly string[]): DeadlineCommand {
  const v = withFlagErrors('deadline', () => deadlineFlags(argv));
  const lang = parseLang(v.lang);
  if (v.help)
    return { facts: { receivedOn: LocalDate.of(1970, 1, 1) }, json: false, lang, help: true };

  if (v.received === undefined) {
    throw usageError(
      '--received ontbreekt: de beslistermijn loopt vanaf de dag na ontvangst van het verzoek (Woo art. 4.4 lid 1, Wob art. 6 lid 1).',
      '--received is required: the decision term runs from the day after the request was received (Woo art. 4.4 lid 1, Wob art. 6 lid 1).',
    );
  }
  const receivedOn = parseDate('--received', v.received);
  const notBeforeReceipt = (flag: string, date: LocalDate, what: { nl: string; en: string }) => {
    if (date.isBefore(receivedOn)) {
      throw usageError(
        `${flag} ${date}: ${what.nl} kan niet vóór de ontvangst van het verzoek (--received ${receivedOn}) liggen.`,
        `${flag} ${date}: ${what.en} cannot be before the request was received (--received ${receivedOn}).`,
      );
    }
  };

  let regime: Regime | undefined;
  if (v.regime !== undefined) {
    if (!(REGIMES as readonly string[]).includes(v.regime)) {
      throw usageError(
        `--regime ${v.regime}: kies wob of woo (zonder --regime bepaalt de ontvangstdatum het regime, Woo art. 10.1).`,
        `--regime ${v.regime}: choose wob or woo (without --regime the receipt date decides, Woo art. 10.1).`,
      );
    }
    regime = v.regime as Regime;
  }
  const terms = REGIME_TERMS[regime ?? termRegimeFor(receivedOn)];

  let extension: RequestFacts['extension'];
  if ((v['extension-notified'] === undefined) !== (v['extension-days'] === undefined)) {
    const missing =
      v['extension-notified'] === undefined ? '--extension-notified' : '--extension-days';
    throw usageError(
      `${missing} ontbreekt: een verdaging heeft een verzenddatum van het bericht én een aantal dagen (${terms.extensionArticle}).`,
      `${missing} is missing: an extension needs both the date of its notice and a number of days (${terms.extensionArticle}).`,
    );
  }
  if (v['extension-notified'] !== undefined && v['extension-days'] !== undefined) {
    const notifiedOn = parseDate('--extension-notified', v['extension-notified']);
    notBeforeReceipt('--extension-notified', notifiedOn, {
      nl: 'het verdagingsbericht',
      en: 'the extension notice',
    });
    // Above the regime's maximum is a fact the engine handles: it computes with the maximum and
    // warns (EXTENSION.ABOVE_MAXIMUM), as it does for a notice sent too late.
    const days = parseDays('--extension-days', v['extension-days'], 1, MAX_EXTENSION_DAYS);
    extension = { notifiedOn, days };
  }

  const suspensions = (v.suspension ?? []).map((spec) => parseSuspension(spec, receivedOn));

  const decidedOn = v.decided === undefined ? undefined : parseDate('--decided', v.decided);
  if (decidedOn)
    notBeforeReceipt('--decided', decidedOn, { nl: 'het besluit', en: 'the decision' });
  const sentOn = v.sent === undefined ? undefined : parseDate('--sent', v.sent);
  if (sentOn) {
    notBeforeReceipt('--sent', sentOn, { nl: 'de bekendmaking', en: 'sending the decision' });
    if (decidedOn && sentOn.isBefore(decidedOn)) {
      throw usageError(
        `--sent ${sentOn}: het besluit kan niet worden verzonden vóór het is genomen (--decided ${decidedOn}); bekendmaking is toezending (Awb art. 3:41).`,
        `--sent ${sentOn}: the decision cannot be sent before it was taken (--decided ${decidedOn}); bekendmaking is sending it (Awb art. 3:41).`,
      );
    }
  }
  const noticeOfDefaultOn =
    v['notice-of-default'] === undefined
      ? undefined
      : parseDate('--notice-of-default', v['notice-of-default']);
  if (noticeOfDefaultOn) {
    notBeforeReceipt('--notice-of-default', noticeOfDefaultOn, {
      nl: 'de ingebrekestelling',
      en: 'the notice of default',
    });
  }

  return {
    facts: {
      receivedOn,
      ...(regime && { regime }),
      ...(v.environmental && { environmentalInformation: true }),
      ...(v['objection-expected'] && { objectionExpected: true }),
      ...(extension && { extension }),
      ...(suspensions.length > 0 && { suspensions }),
      ...(decidedOn && { decidedOn }),
      ...(sentOn && { sentOn }),
      ...(noticeOfDefaultOn && { noticeOfDefaultOn }),
      ...objectionFacts(v, receivedOn, sentOn),
    },
    json: v.json ?? false,
    lang,
    seedsDir: v.seeds,
    help: false,
  };
}

function deadlineFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: DEADLINE_OPTIONS,
    strict: true,
    allowPositionals: false,
  }).values;
}

type DeadlineValues = ReturnType<typeof deadlineFlags>;

function objectionFacts(
  v: DeadlineValues,
  receivedOn: LocalDate,
  sentOn: LocalDate | undefined,
): { objection?: ObjectionFacts } {
  const dependent = (
    [
      'objection-by-post',
      'objection-posted',
      'advisory-committee',
      'objection-extension-days',
    ] as const
  ).find((f) => v[f] !== undefined);
  if (v['objection-received'] === undefined) {
    if (dependent) {
      throw usageError(
        `--${dependent} hoort bij een bezwaar: geef ook --objection-received.`,
        `--${dependent} belongs to an objection: also give --objection-received.`,
      );
    }
    return {};
  }
  const received = parseDate('--objection-received', v['objection-received']);
  if (!sentOn) {
    throw usageError(
      '--objection-received vraagt ook --sent: de bezwaartermijn begint de dag na de bekendmaking van het besluit (Awb art. 6:8 lid 1).',
      '--objection-received also needs --sent: the objection term starts the day after the decision was sent (Awb art. 6:8 lid 1).',
    );
  }
  if (received.isBefore(receivedOn)) {
    throw usageError(
      `--objection-received ${received}: een bezwaar kan niet vóór de ontvangst van het verzoek (--received ${receivedOn}) liggen.`,
      `--objection-received ${received}: an objection cannot be before the request was received (--received ${receivedOn}).`,
    );
  }
  const postedOn =
    v['objection-posted'] === undefined
      ? undefined
      : parseDate('--objection-posted', v['objection-posted']);
  if (postedOn?.isAfter(received)) {
    throw usageError(
      `--objection-posted ${postedOn}: de postdatum ligt na de ontvangst van het bezwaar (--objection-received ${received}).`,
      `--objection-posted ${postedOn}: the posting date is after the objection was received (--objection-received ${received}).`,
    );
  }
  const extensionDays =
    v['objection-extension-days'] === undefined
      ? undefined
      : parseDays(
          '--objection-extension-days',
          v['objection-extension-days'],
          1,
          MAX_OBJECTION_DECISION_EXTENSION_DAYS,
          {
            nl: `Awb art. 7:10 lid 3: verdaging met ten hoogste ${MAX_OBJECTION_DECISION_EXTENSION_DAYS} dagen`,
            en: `Awb art. 7:10 lid 3: an extension of at most ${MAX_OBJECTION_DECISION_EXTENSION_DAYS} days`,
          },
        );
  return {
    objection: {
      receivedOn: received,
      // A posting date implies a postal objection (Awb 6:9 lid 2).
      byPost: v['objection-by-post'] === true || postedOn !== undefined,
      ...(postedOn && { postedOn }),
      ...(v['advisory-committee'] && { advisoryCommittee: true }),
      ...(extensionDays !== undefined && { extensionDays }),
    },
  };
}

/** The keys of each suspension kind in the `--suspension kind:key=value,…` syntax. */
export const SUSPENSION_KEYS: Readonly<
  Record<SuspensionKind, { required: readonly string[]; optional: readonly string[] }>
> = {
  clarification: { required: ['requested'], optional: ['term', 'answered'] },
  foreign_authority: { required: ['requested', 'expected'], optional: ['received'] },
  third_party_view: { required: ['notified', 'term'], optional: ['responded'] },
  consent: { required: ['agreed', 'days'], optional: [] },
  requester_delay: { required: ['from', 'until'], optional: [] },
  force_majeure: { required: ['from', 'until'], optional: [] },
};

/**
 * One `--suspension` value: `kind:key=value,key=value`, e.g.
 * `third_party_view:notified=2024-01-09,term=2024-01-23,responded=2024-01-22`.
 * Kinds may be written with `-` instead of `_`.
 */
export function parseSuspension(spec: string, receivedOn: LocalDate): Suspension {
  const flag = `--suspension ${spec}`;
  const colon = spec.indexOf(':');
  const kindText = (colon < 0 ? spec : spec.slice(0, colon)).trim().replaceAll('-', '_');
  if (!(SUSPENSION_KINDS as readonly string[]).includes(kindText)) {
    throw usageError(
      `${flag}: onbekende soort '${kindText}'; kies uit ${SUSPENSION_KINDS.join(', ')} (vorm: soort:sleutel=waarde,…).`,
      `${flag}: unknown kind '${kindText}'; choose from ${SUSPENSION_KINDS.join(', ')} (form: kind:key=value,…).`,
    );
  }
  const kind = kindText as SuspensionKind;
  const keys = SUSPENSION_KEYS[kind];
  const allowed = [...keys.required, ...keys.optional];
  const fields = new Map<string, string>();
  const body = colon < 0 ? '' : spec.slice(colon + 1);
  for (const part of body.split(',').filter((p) => p.trim() !== '')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!allowed.includes(key)) {
      throw usageError(
        `${flag}: onbekende sleutel '${key}' voor ${kind}; toegestaan: ${allowed.join(', ')}.`,
        `${flag}: unknown key '${key}' for ${kind}; allowed: ${allowed.join(', ')}.`,
      );
    }
    if (eq < 0 || part.slice(eq + 1).trim() === '') {
      throw usageError(
        `${flag}: '${key}' heeft een waarde nodig (${key}=…).`,
        `${flag}: '${key}' needs a value (${key}=…).`,
      );
    }
    if (fields.has(key)) {
      throw usageError(
        `${flag}: '${key}' staat er twee keer in.`,
        `${flag}: '${key}' is given twice.`,
      );
    }
    fields.set(key, part.slice(eq + 1).trim());
  }
  const missing = keys.required.filter((k) => !fields.has(k));
  if (missing.length > 0) {
    throw usageError(
      `${flag}: ${kind} vraagt ${keys.required.map((k) => `${k}=…`).join(',')}; ontbreekt: ${missing.join(', ')}.`,
      `${flag}: ${kind} needs ${keys.required.map((k) => `${k}=…`).join(',')}; missing: ${missing.join(', ')}.`,
    );
  }
  const date = (key: string) => {
    const value = fields.get(key);
    return value === undefined
      ? undefined
      : parseDate('--suspension', value, `${flag}: ${key}=${value}`);
  };
  const need = (key: string) => date(key) as LocalDate;
  /** `later` may not be before `earlier` (the rule says which dates bound the suspension). */
  const order = (
    earlierKey: string,
    earlier: LocalDate,
    laterKey: string,
    later: LocalDate | undefined,
  ) => {
    if (later?.isBefore(earlier)) {
      throw usageError(
        `${flag}: ${laterKey}=${later} ligt vóór ${earlierKey}=${earlier}.`,
        `${flag}: ${laterKey}=${later} is before ${earlierKey}=${earlier}.`,
      );
    }
  };
  const afterReceipt = (key: string, d: LocalDate) => {
    if (d.isBefore(receivedOn)) {
      throw usageError(
        `${flag}: ${key}=${d} ligt vóór de ontvangst van het verzoek (--received ${receivedOn}); de opschorting begint pas de dag na dit bericht (Awb art. 4:15, Woo art. 4.4 lid 3).`,
        `${flag}: ${key}=${d} is before the request was received (--received ${receivedOn}); the suspension starts the day after this message (Awb art. 4:15, Woo art. 4.4 lid 3).`,
      );
    }
  };

  switch (kind) {
    case 'clarification': {
      const requestedOn = need('requested');
      afterReceipt('requested', requestedOn);
      const termEndsOn = date('term');
      const answeredOn = date('answered');
      order('requested', requestedOn, 'term', termEndsOn);
      order('requested', requestedOn, 'answered', answeredOn);
      return {
        kind,
        requestedOn,
        ...(termEndsOn && { termEndsOn }),
        ...(answeredOn && { answeredOn }),
      };
    }
    case 'foreign_authority': {
      const requestedOn = need('requested');
      afterReceipt('requested', requestedOn);
      const expectedOn = need('expected');
      const received = date('received');
      order('requested', requestedOn, 'expected', expectedOn);
      order('requested', requestedOn, 'received', received);
      return { kind, requestedOn, expectedOn, ...(received && { receivedOn: received }) };
    }
    case 'third_party_view': {
      const notifiedOn = need('notified');
      afterReceipt('notified', notifiedOn);
      const termEndsOn = need('term');
      const respondedOn = date('responded');
      order('notified', notifiedOn, 'term', termEndsOn);
      order('notified', notifiedOn, 'responded', respondedOn);
      return { kind, notifiedOn, termEndsOn, ...(respondedOn && { respondedOn }) };
    }
    case 'consent': {
      const agreedOn = need('agreed');
      afterReceipt('agreed', agreedOn);
      const value = fields.get('days') as string;
      const rule = {
        nl: 'Awb art. 4:15 lid 2 sub a: het aantal dagen waarmee de verzoeker schriftelijk instemt',
        en: 'Awb art. 4:15 lid 2 sub a: the number of days the requester agreed to in writing',
      };
      const days = parseDays(
        '--suspension',
        value,
        1,
        MAX_CONSENT_DAYS,
        rule,
        `${flag}: days=${value}`,
      );
      return { kind, agreedOn, days };
    }
    case 'requester_delay':
    case 'force_majeure': {
      const from = need('from');
      const until = need('until');
      order('from', from, 'until', until);
      return { kind, from, until };
    }
  }
}
