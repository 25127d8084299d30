import { TaskPool } from './task-pool.js';

/** A task that ends when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const ended = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return {
    task: () => {
      log.push(`start ${name}`);
      return ended;
    },
    open,
    fail,
  };
}

describe('TaskPool', () => {
  it('should run no more tasks at once than its limit, starting the next when one ends', async () => {
    const log: string[] = [];
    const pool = new TaskPool(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => gate(log, name));
    await pool.submit(a.task);
    await pool.submit(b.task);
    const third = pool.submit(c.task);
    await Promise.resolve();
    expect(log).toEqual(['start a', 'start b']);
    b.open();
    await third;
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a.open();
    c.open();
    await expect(pool.settle()).resolves.toBeUndefined();
  });

  it('should report the failure of the earliest submitted task, whichever failed first', async () => {
    const log: string[] = [];
    const pool = new TaskPool(3);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => gate(log, name));
    for (const g of [a, b, c]) await pool.submit(g.task);
    c.fail(new Error('c is damaged'));
    await Promise.resolve();
    b.fail(new Error('b is damaged'));
    a.open();
    await expect(pool.settle()).rejects.toThrow('b is damaged');
  });

  it('should start nothing more once a task failed, throwing that failure instead', async () => {
    const log: string[] = [];
    const pool = new TaskPool(2);
    const a = gate(log, 'a');
    await pool.submit(a.task);
    a.fail(new Error('a is damaged'));
    await pool.idle();
    await expect(pool.submit(gate(log, 'b').task)).rejects.toThrow('a is damaged');
    expect(log).toEqual(['start a']);
  });

  it('should wait in idle for failed and succeeded tasks alike, without throwing', async () => {
    const log: string[] = [];
    const pool = new TaskPool(2);
    const [a, b] = ['a', 'b'].map((name) => gate(log, name));
    await pool.submit(a.task);
    await pool.submit(b.task);
    let idle = false;
    const waiting = pool.idle().then(() => (idle = true));
    a.fail(new Error('a is damaged'));
    await Promise.resolve();
    expect(idle).toBe(false);
    b.open();
    await waiting;
    expect(idle).toBe(true);
  });
});
