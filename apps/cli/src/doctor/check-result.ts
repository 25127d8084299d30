// What one check of `wobdesk doctor` found: a status, what it saw and, unless all is well, the
// one-line fix an operator can act on.

export const CHECK_STATUSES = ['ok', 'warn', 'fail'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface CheckResult {
  /** Short name of what was checked, e.g. `SMTP login`. */
  readonly check: string;
  readonly status: CheckStatus;
  /** What the check saw, in one line. */
  readonly detail: string;
  /** What to do about a WARN or FAIL, in one line. */
  readonly fix?: string;
}

export const ok = (check: string, detail: string): CheckResult => ({
  check,
  status: 'ok',
  detail,
});

export const warn = (check: string, detail: string, fix: string): CheckResult => ({
  check,
  status: 'warn',
  detail,
  fix,
});

export const fail = (check: string, detail: string, fix: string): CheckResult => ({
  check,
  status: 'fail',
  detail,
  fix,
});

/** The first line of an error's message: enough to act on, without a stack or a wall of text. */
export function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].trim();
}
