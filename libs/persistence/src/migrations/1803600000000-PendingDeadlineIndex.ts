import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEX = 'IDX_request_org_pending_deadline';

/**
 * The phases of an undecided request, as they stood when this index was made (PENDING_PHASES in
 * libs/domain; a unit test keeps the two equal, since a phase added there without a new index
 * here would silently send the list back to the slow plan).
 */
export const PENDING_DEADLINE_INDEX_PHASES = ['received', 'acknowledged', 'conversation_held'];

/**
 * The clerks' list of undecided requests (overdue, due within n days, the open phases) sorted by
 * decision deadline, on PostgreSQL: a partial index on (organisation, decision deadline, id) over
 * the undecided requests only, so a page is the first rows of the index in the list's own order.
 *
 * Without it PostgreSQL walks IDX_request_org_deadline in deadline order and drops, row by row,
 * the tens of thousands of closed requests whose deadlines come first (147 ms at 100,000
 * requests); IDX_request_org_phase_deadline cannot give one deadline order over three phases.
 * PostgreSQL uses the index when the query's `phase IN (…)` is the same list or part of it: node-pg
 * sends unnamed statements, which are planned with the bound values, so the planner can prove that.
 *
 * Nothing on SQLite: its planner uses a partial index only when the query repeats the index's
 * condition term by term, and a `phase IN (?, ?, ?)` of bound parameters does not (its EXPLAIN
 * QUERY PLAN keeps to the phase index), so the index would cost every write and serve no read; with its statistics SQLite already reads IDX_request_org_phase_deadline
 * and sorts the few hundred matches.
 */
export class PendingDeadlineIndex1803600000000 implements MigrationInterface {
  name = 'PendingDeadlineIndex1803600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    const phases = PENDING_DEADLINE_INDEX_PHASES.map((p) => `'${p}'`).join(', ');
    await queryRunner.query(
      `CREATE INDEX "${INDEX}" ON "request" ("organisation_id", "decision_deadline", "id") ` +
        `WHERE "phase" IN (${phases})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`DROP INDEX "${INDEX}"`);
  }
}
