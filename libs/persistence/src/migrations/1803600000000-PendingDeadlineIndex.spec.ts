import { PENDING_PHASES } from '@wobdesk/domain';
import { PENDING_DEADLINE_INDEX_PHASES } from './1803600000000-PendingDeadlineIndex.js';

describe('PendingDeadlineIndex', () => {
  // PostgreSQL uses the partial index only for a `phase IN (…)` inside its condition: a phase
  // made pending in the domain but missing here would put the list back on the slow plan, so a
  // change to PENDING_PHASES needs a new migration that rebuilds the index.
  it('covers exactly the pending phases of the domain', () => {
    expect([...PENDING_DEADLINE_INDEX_PHASES].sort()).toEqual([...PENDING_PHASES].sort());
  });
});
