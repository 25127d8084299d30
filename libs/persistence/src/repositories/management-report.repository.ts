import { Injectable } from '@nestjs/common';
import {
  DOCUMENT_ASSESSMENTS,
  type DocumentAssessment,
  type GroundUse,
  ITEM_OUTCOMES,
  type ItemOutcome,
  dayNumberOf,
  NO_STEPS,
  OBJECTION_OUTCOMES,
  type ReportPeriod,
  type ReportDayRow,
  type ReportStepCounts,
  type SuspensionKind,
} from '@wobdesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { serialRead } from '../serial-transaction.js';

/** A report row as stored; `suspendedDays` is null for an old request not changed since. */
export type StoredReportRow = Omit<ReportDayRow, 'suspendedDays'> & {
  readonly id: string;
  readonly suspendedDays: number | null;
};

/** Rows per page when streaming a report's requests: bounded memory whatever the organisation. */
export const REPORT_PAGE_SIZE = 5_000;

interface RawRow {
  id: string;
  received_on: string;
  decided_on: string | null;
  decision_deadline: string;
  suspended_days: number | null;
  ended: number | string | boolean;
  assignee_id: string | null;
}

/**
 * The management report's reads of one organisation. Requests are streamed page by page from the
 * projected columns (keyset on received-on and id, `REPORT_PAGE_SIZE` rows at a time); the step counts, outcomes
 * and grounds are aggregated in SQL (GROUP BY), so no events are loaded.
 */
@Injectable()
export class ManagementReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Hands every request that can count in the period to `onPage`: received on or before its last
   * day and not decided before its first. Each page is read in its own short read, so writers
   * are not held up for the whole report.
   */
  async streamRequests(
    organisationId: string,
    period: ReportPeriod,
    onPage: (rows: readonly StoredReportRow[]) => void | Promise<void>,
  ): Promise<void> {
    // Keyset on (received_on, id), the order of IDX_request_org_received: each page is a seek
    // into that index, which also carries every column read here, so the table is not touched.
    // Keyset on the id alone had no index to follow, so every page sorted all the
    // organisation's rows again.
    let after: { receivedOn: string; id: string } | undefined;
    for (;;) {
      const raw: RawRow[] = await serialRead(this.dataSource, (em) =>
        named(
          em,
          `SELECT "id", "received_on", "decided_on", "decision_deadline", "suspended_days",
             CASE WHEN "phase" IN ('withdrawn', 'forwarded') THEN 1 ELSE 0 END AS "ended", "assignee_id"
           FROM "request"
           WHERE "organisation_id" = :org AND "received_on" <= :to
             AND ("decided_on" IS NULL OR "decided_on" >= :from)
             ${after ? 'AND ("received_on", "id") > (:afterReceived, :afterId)' : ''}
           ORDER BY "received_on", "id" LIMIT ${REPORT_PAGE_SIZE}`,
          {
            ...this.params(organisationId, period),
            ...(after ? { afterReceived: after.receivedOn, afterId: after.id } : {}),
          },
        ),
      );
      if (raw.length === 0) return;
      await onPage(raw.map(toRow));
      if (raw.length < REPORT_PAGE_SIZE) return;
      const last = raw[raw.length - 1]!;
      after = { receivedOn: last.received_on, id: last.id };
    }
  }

  /**
   * The steps whose legal date lies in the period, counted per kind in SQL: a seek per counted
   * type into IDX_request_event_org_type_date; the payload is read only for the kinds it names.
   */
  stepCounts(organisationId: string, period: ReportPeriod): Promise<ReportStepCounts> {
    return serialRead(this.dataSource, async (em) => {
      const rows: { step: string; n: number | string }[] = await named(
        em,
        `SELECT ${STEP_OF_EVENT} AS "step", COUNT(*) AS "n"
         FROM "request_event" "e"
         WHERE "e"."organisation_id" = :org AND "e"."type" IN (${COUNTED_EVENTS})
           AND "e"."occurred_on" BETWEEN :from AND :to
         GROUP BY 1`,
        this.params(organisationId, period),
      );
      const n = new Map(rows.map((r) => [r.step, Number(r.n)]));
      const get = (step: string) => n.get(step) ?? 0;
      const suspensionsByKind = { ...NO_STEPS.suspensionsByKind };
      for (const kind of Object.keys(suspensionsByKind) as SuspensionKind[]) {
        suspensionsByKind[kind] = get(`suspension:${kind}`);
      }
      const objectionOutcomes = { ...NO_STEPS.objectionOutcomes };
      for (const outcome of OBJECTION_OUTCOMES) {
        objectionOutcomes[outcome] = get(`objection_decided:${outcome}`);
      }
      return {
        extensions: get('extension_notified'),
        suspensionsByKind,
        noticesOfDefault: get('notice_of_default_received'),
        objectionsLodged: get('objection_lodged'),
        // An event without a known outcome still counts as decided.
        objectionsDecided: OBJECTION_OUTCOMES.reduce(
          (n, o) => n + objectionOutcomes[o],
          get('objection_decided'),
        ),
        objectionOutcomes,
      };
    });
  }

  /** Outcomes per requested item and assessments per document of the requests decided in the period, and the grounds they used. */
  outcomes(
    organisationId: string,
    period: ReportPeriod,
  ): Promise<{
    itemOutcomes: Record<ItemOutcome, number>;
    documentAssessments: Record<DocumentAssessment, number>;
    grounds: GroundUse[];
  }> {
    const decidedIn = `"r"."organisation_id" = :org AND "r"."decided_on" BETWEEN :from AND :to`;
    const params = this.params(organisationId, period);
    return serialRead(this.dataSource, async (em) => {
      const grouped = (table: string, column: string) =>
        named(
          em,
          `SELECT "t"."${column}" AS "value", "t"."grounds" AS "grounds", COUNT(*) AS "n"
           FROM "${table}" "t" JOIN "request" "r" ON "r"."id" = "t"."request_id"
           WHERE ${decidedIn} GROUP BY "t"."${column}", "t"."grounds"`,
          params,
        ) as Promise<{ value: string | null; grounds: string | null; n: number | string }[]>;
      const items = await grouped('request_item', 'outcome');
      const documents = await grouped('document', 'assessment');
      const itemOutcomes = zeroes(ITEM_OUTCOMES);
      const documentAssessments = zeroes(DOCUMENT_ASSESSMENTS);
      const grounds = new Map<string, { items: number; documents: number }>();
      const countGrounds = (json: string | null, n: number, side: 'items' | 'documents') => {
        for (const ground of parseGrounds(json)) {
          const use = grounds.get(ground) ?? { items: 0, documents: 0 };
          use[side] += n;
          grounds.set(ground, use);
        }
      };
      for (const row of items) {
        if (row.value) itemOutcomes[row.value as ItemOutcome] += Number(row.n);
        countGrounds(row.grounds, Number(row.n), 'items');
      }
      for (const row of documents) {
        if (row.value) documentAssessments[row.value as DocumentAssessment] += Number(row.n);
        countGrounds(row.grounds, Number(row.n), 'documents');
      }
      return {
        itemOutcomes,
        documentAssessments,
        grounds: [...grounds]
          .map(([ground, use]) => ({ ground, ...use }))
          .sort(
            (a, b) =>
              b.items + b.documents - (a.items + a.documents) || a.ground.localeCompare(b.ground),
          ),
      };
    });
  }

  private params(organisationId: string, period: ReportPeriod) {
    return { org: organisationId, from: period.from.toString(), to: period.to.toString() };
  }
}

/** Runs SQL with `:name` parameters in the placeholders of the database at hand. */
function named<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T> {
  const [text, values] = em.connection.driver.escapeQueryWithParameters(sql, params);
  return em.query(text, values) as Promise<T>;
}

/** The events the report counts; the suspensions by the kind of suspension they start. */
const COUNTED_EVENTS = [
  'extension_notified',
  'notice_of_default_received',
  'objection_lodged',
  'objection_decided',
  'clarification_requested',
  'third_party_view_requested',
  'suspension_agreed',
  'suspension_started',
]
  .map((t) => `'${t}'`)
  .join(', ');

// A request for clarification suspends only when it sets a term (Awb 4:15 lid 1 sub a); a
// started suspension names its kind in the payload, a decision on objection its outcome (plain
// JSON text, so LIKE works everywhere).
const STEP_OF_EVENT = `CASE
${OBJECTION_OUTCOMES.map(
  (o) =>
    `  WHEN "e"."type" = 'objection_decided' AND "e"."payload" LIKE '%"outcome":"${o}"%' THEN 'objection_decided:${o}'`,
).join('\n')}
  WHEN "e"."type" = 'clarification_requested' AND "e"."payload" LIKE '%"termEndsOn"%' THEN 'suspension:clarification'
  WHEN "e"."type" = 'clarification_requested' THEN 'clarification_without_term'
  WHEN "e"."type" = 'third_party_view_requested' THEN 'suspension:third_party_view'
  WHEN "e"."type" = 'suspension_agreed' THEN 'suspension:consent'
  WHEN "e"."type" = 'suspension_started' AND "e"."payload" LIKE '%"kind":"force_majeure"%' THEN 'suspension:force_majeure'
  WHEN "e"."type" = 'suspension_started' THEN 'suspension:requester_delay'
  ELSE "e"."type" END`;

function toRow(r: RawRow): StoredReportRow {
  return {
    id: r.id,
    receivedDay: dayNumberOf(r.received_on),
    ...(r.decided_on ? { decidedDay: dayNumberOf(r.decided_on) } : {}),
    deadlineDay: dayNumberOf(r.decision_deadline),
    suspendedDays: r.suspended_days === null ? null : Number(r.suspended_days),
    ended: Number(r.ended) === 1,
    ...(r.assignee_id ? { handlerId: r.assignee_id } : {}),
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function parseGrounds(json: string | null): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((g): g is string => typeof g === 'string') : [];
}
