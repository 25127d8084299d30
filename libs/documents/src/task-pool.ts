type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

/**
 * Runs an intake's slow reads (a poppler or LibreOffice process each) a few at a time instead of
 * one after another: most of such a read is waiting on the process, so the waits overlap. A
 * submitted task starts once fewer than `limit` run; `submit` resolves when it has started, so
 * the caller (receiving the next file) is held back while the pool is full. Failures are kept
 * in the order the tasks were submitted, so the refusal reported is the one of the earliest
 * file, as when the files were read one by one.
 */
export class TaskPool {
  private readonly running = new Set<Promise<Outcome>>();
  private readonly outcomes: Promise<Outcome>[] = [];
  private failed = false;

  constructor(private readonly limit: number) {}

  /**
   * Starts `task` when a place is free. After a task failed, no more are started: the earliest
   * failure is thrown at once, as the intake will be refused anyway.
   */
  async submit(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failed) await this.settle();
    const outcome = task().then(
      (): Outcome => ({ ok: true }),
      (error: unknown): Outcome => {
        this.failed = true;
        return { ok: false, error };
      },
    );
    this.running.add(outcome);
    void outcome.then(() => this.running.delete(outcome));
    this.outcomes.push(outcome);
  }

  /** Waits for every task submitted; throws the failure of the earliest that failed. */
  async settle(): Promise<void> {
    for (const outcome of await Promise.all(this.outcomes)) {
      if (!outcome.ok) throw outcome.error;
    }
  }

  /** Waits for every task to end, failed or not (before their files are removed). */
  async idle(): Promise<void> {
    await Promise.all(this.outcomes);
  }
}
