// The migration tests undo "the last N" migrations by counting back through MIGRATIONS, and
// TypeORM undoes by timestamp: the list must be in timestamp order, or a test undoes another
// migration than it names (branches merged side by side append out of order).
import { MIGRATIONS } from './index.js';

describe('MIGRATIONS', () => {
  it('lists the migrations in the order of their timestamps, each once', () => {
    const stamps = MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect(stamps.every((s) => Number.isInteger(s))).toBe(true);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
