// Reading SQLite's EXPLAIN QUERY PLAN and PostgreSQL's EXPLAIN (FORMAT JSON): the plan as an
// indented tree and what is wrong with it.

/** One row of `EXPLAIN QUERY PLAN` (SQLite ≥ 3.24). */
export interface PlanRow {
  readonly id: number;
  readonly parent: number;
  readonly detail: string;
}

export interface PlanFinding {
  readonly severity: 'full-scan' | 'index-scan' | 'sort';
  readonly detail: string;
}

/**
 * `SCAN t` without an index reads every row of t: flagged as a full scan (the issue forbids it
 * for `request`). `SCAN t USING [COVERING] INDEX i` walks a whole index in order (cheap with a
 * LIMIT, not for a count). `USE TEMP B-TREE` sorts (or de-duplicates) in memory.
 */
export function planFindings(rows: readonly PlanRow[], sql?: string): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const aliases = sql === undefined ? new Map<string, string>() : tableAliases(sql);
  for (const row of rows) {
    const detail = withTable(row.detail, aliases);
    // PostgreSQL (pgPlanRows). A Seq Scan of a small table (sessions, users) is the cheaper plan
    // and rightly chosen; the register's tables must always be reached through an index.
    const seq = /^Seq Scan on (\w+)/.exec(detail);
    if (seq) {
      if (REGISTER_TABLES.has(seq[1])) findings.push({ severity: 'full-scan', detail });
      continue;
    }
    if (/^(Incremental )?Sort\b/.test(detail)) {
      findings.push({ severity: 'sort', detail });
      continue;
    }
    // "SCAN CONSTANT ROW", subqueries and virtual tables (FTS) are not reads of a stored table.
    if (/^SCAN (CONSTANT ROW|\(subquery|\S+ VIRTUAL TABLE)/.test(detail)) continue;
    if (/^SCAN \S+( \(\w+\))?$/.test(detail)) {
      findings.push({ severity: 'full-scan', detail });
    } else if (/^SCAN \S+( \(\w+\))? USING (COVERING )?INDEX/.test(detail)) {
      findings.push({ severity: 'index-scan', detail });
    } else if (/USE TEMP B-TREE/.test(detail)) {
      findings.push({ severity: 'sort', detail });
    }
  }
  return findings;
}

/**
 * The plan as an indented tree, one line per row, with a marker on findings. With the SQL, table
 * aliases are resolved: `SCAN r` becomes `SCAN r (request)`.
 */
export function formatPlan(rows: readonly PlanRow[], sql?: string, indent = '      '): string {
  const depth = new Map<number, number>([[0, 0]]);
  const aliases = sql === undefined ? new Map<string, string>() : tableAliases(sql);
  const findings = new Map(planFindings(rows, sql).map((f) => [f.detail, f.severity]));
  const marks = { 'full-scan': '  ⚠ FULL SCAN', 'index-scan': '  (whole index)', sort: '' };
  return rows
    .map((r) => {
      const d = (depth.get(r.parent) ?? 0) + 1;
      depth.set(r.id, d);
      const detail = withTable(r.detail, aliases);
      const severity = findings.get(detail);
      return `${indent}${'  '.repeat(d - 1)}${detail}${severity ? marks[severity] : ''}`;
    })
    .join('\n');
}

/** Alias → table of `FROM "table" "alias"` and `JOIN "table" "alias"` (TypeORM's style). */
export function tableAliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(
    /\b(?:FROM|JOIN)\s+"([A-Za-z_]\w*)"\s+(?:AS\s+)?"([A-Za-z_]\w*)"/gi,
  )) {
    if (m[1] !== m[2]) map.set(m[2], m[1]);
  }
  return map;
}

/** `SCAN r …` → `SCAN r (request) …` when `r` is an alias. */
function withTable(detail: string, aliases: ReadonlyMap<string, string>): string {
  return detail.replace(/^(SCAN|SEARCH) (\S+)/, (whole, verb: string, name: string) => {
    const table = aliases.get(name);
    return table ? `${verb} ${name} (${table})` : whole;
  });
}

/** The tables that grow with the register: PostgreSQL must never read them row by row. */
const REGISTER_TABLES = new Set(['request', 'request_event', 'request_item']);

/** One node of PostgreSQL's `EXPLAIN (FORMAT JSON)` plan (only the fields read here). */
export interface PgPlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly Alias?: string;
  readonly 'Index Name'?: string;
  readonly 'Sort Key'?: readonly string[];
  readonly Plans?: readonly PgPlanNode[];
}

/**
 * PostgreSQL's plan tree as rows shaped like SQLite's (`Index Scan using i on request r`,
 * `Seq Scan on request r`, `Sort (r.decision_deadline)`), so both are printed and checked alike.
 */
export function pgPlanRows(root: PgPlanNode): PlanRow[] {
  const rows: PlanRow[] = [];
  const walk = (node: PgPlanNode, parent: number) => {
    const id = rows.length + 1;
    rows.push({ id, parent, detail: pgDetail(node) });
    node.Plans?.forEach((child) => walk(child, id));
  };
  walk(root, 0);
  return rows;
}

function pgDetail(node: PgPlanNode): string {
  const relation = node['Relation Name'];
  const alias = node.Alias && node.Alias !== relation ? ` ${node.Alias}` : '';
  return [
    node['Node Type'],
    ...(node['Index Name'] ? [`using ${node['Index Name']}`] : []),
    ...(relation ? [`on ${relation}${alias}`] : []),
    ...(node['Sort Key'] ? [`(${node['Sort Key'].join(', ')})`] : []),
  ].join(' ');
}
