// Which tables a statement reads row by row, asked of the database's own planner: SQLite's
// `EXPLAIN QUERY PLAN` (a `SCAN t` without an index) or PostgreSQL's `EXPLAIN (FORMAT JSON)`
// (a `Seq Scan` node). On PostgreSQL the sequential scan is switched off for the question
// (`enable_seqscan = off`): a small test table is cheaper to read whole, so the planner would
// rightly scan it; with the scan priced out it still chooses one only when no index can serve
// the statement, which is what the tests need to know.
import type { DataSource } from 'typeorm';
import { type PlanRow, planFindings } from '../bench/query-plan.js';

/** One node of PostgreSQL's JSON plan (only the fields read here). */
interface PgPlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly Plans?: readonly PgPlanNode[];
}

/** The tables of `sql` read row by row (empty: every read goes through an index). */
export async function tableScans(
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<string[]> {
  if (dataSource.options.type === 'postgres') return pgSeqScans(dataSource, sql, parameters);
  const rows: PlanRow[] = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, [...parameters]);
  return planFindings(rows, sql)
    .filter((f) => f.severity === 'full-scan')
    .map((f) => /^SCAN (\S+)(?: \((\w+)\))?/.exec(f.detail)!)
    .map((m) => m[2] ?? m[1]);
}

async function pgSeqScans(
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[],
): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET enable_seqscan = off');
    const rows: { 'QUERY PLAN': { Plan: PgPlanNode }[] }[] = await runner.query(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      [...parameters],
    );
    const scans: string[] = [];
    const walk = (node: PgPlanNode) => {
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) {
        scans.push(node['Relation Name']);
      }
      node.Plans?.forEach(walk);
    };
    walk(rows[0]['QUERY PLAN'][0].Plan);
    return scans;
  } finally {
    await runner.query('RESET enable_seqscan').catch(() => undefined);
    await runner.release();
  }
}

/**
 * PostgreSQL's plan of `sql` as its nodes, outermost first: `Index Scan using <index>` for the
 * index scans, the node type for the rest. The planner chooses freely (no setting changed).
 */
export async function pgPlanNodes(
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<string[]> {
  const rows: { 'QUERY PLAN': { Plan: PgPlanNode }[] }[] = await dataSource.query(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    [...parameters],
  );
  const nodes: string[] = [];
  const walk = (node: PgPlanNode) => {
    nodes.push(
      node['Index Name'] ? `${node['Node Type']} using ${node['Index Name']}` : node['Node Type'],
    );
    node.Plans?.forEach(walk);
  };
  walk(rows[0]['QUERY PLAN'][0].Plan);
  return nodes;
}
