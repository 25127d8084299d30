import { Table, type TableColumnOptions, type MigrationInterface, type QueryRunner } from 'typeorm';

const PHASES = [
  'received',
  'acknowledged',
  'conversation_held',
  'decided',
  'objection_window',
  'objection_lodged',
  'closed',
  'withdrawn',
  'forwarded',
];
const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * The request register: organisations, users and sessions, requests with their stored deadline
 * columns, numbered items, the append-only event log and conversation records.
 *
 * Generated with `typeorm migration:generate` against SQLite, then rewritten with the QueryRunner
 * table API so that it also builds the schema on PostgreSQL. Reviewed changes: tables are created
 * in dependency order with their foreign keys inline (no SQLite temporary-table rebuilds);
 * constraint and index names are the generated or entity-given ones, so the next
 * `migration:generate` finds no difference; instants use the driver's type for `Date`
 * (`datetime` on SQLite, `timestamp` on PostgreSQL); the value lists of the CHECKs are written out
 * here, so that a later change to a list in the code needs a migration of its own.
 */
export class RequestRegister1795612495288 implements MigrationInterface {
  name = 'RequestRegister1795612495288';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const id = (name = 'id'): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isPrimary: name === 'id',
    });
    const ref = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable,
    });
    const text = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: 'text',
      isNullable,
    });
    const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const date = (name: string, isNullable = false) => varchar(name, 10, isNullable);
    const at = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: instant,
      isNullable,
    });
    const integer = (name: string): TableColumnOptions => ({ name, type: 'integer' });
    const boolean = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: 'boolean',
      isNullable,
    });
    const fk = (
      name: string,
      column: string,
      table: string,
      onDelete: 'NO ACTION' | 'CASCADE' | 'SET NULL' = 'NO ACTION',
    ) => ({
      name,
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
      onUpdate: 'NO ACTION',
    });

    await queryRunner.createTable(
      new Table({
        name: 'organisation',
        columns: [
          id(),
          text('name'),
          text('unit', true),
          text('return_address', true),
          text('visiting_address', true),
          text('postal_address', true),
          text('website', true),
          text('contact_email', true),
          text('contact_phone', true),
          text('signatory_name', true),
          text('signatory_title', true),
          text('on_behalf_line', true),
          text('objection_address', true),
          varchar('reference_prefix', 32),
          integer('next_reference_number'),
          at('created_at'),
        ],
        checks: [
          { name: 'CHK_organisation_next_reference', expression: '"next_reference_number" >= 1' },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          id(),
          ref('organisation_id'),
          varchar('email', 254),
          text('name'),
          varchar('role', 16),
          text('password_hash'),
          at('created_at'),
        ],
        uniques: [{ name: 'UQ_56a0e4bcec2b5411beafa47ffa5', columnNames: ['email'] }],
        checks: [
          { name: 'CHK_user_account_role', expression: inList('role', ['clerk', 'coordinator']) },
        ],
        foreignKeys: [fk('FK_6b1d49dc4407c09cf2e6e99a646', 'organisation_id', 'organisation')],
        indices: [{ name: 'IDX_user_account_organisation', columnNames: ['organisation_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          id(),
          ref('user_id'),
          varchar('token_hash', 64),
          at('expires_at'),
          at('created_at'),
        ],
        uniques: [{ name: 'UQ_a83507eb0338ac037780e02f2b9', columnNames: ['token_hash'] }],
        foreignKeys: [fk('FK_30e98e8746699fb9af235410aff', 'user_id', 'user_account', 'CASCADE')],
        indices: [{ name: 'IDX_session_user', columnNames: ['user_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'request',
        columns: [
          id(),
          ref('organisation_id'),
          varchar('reference', 64),
          varchar('regime', 8),
          boolean('environmental_information'),
          text('requester_name'),
          text('requester_salutation', true),
          text('requester_postal_address', true),
          text('requester_email', true),
          text('requester_phone', true),
          date('letter_date', true),
          date('received_on'),
          varchar('channel', 16),
          text('subject'),
          text('their_reference', true),
          ref('assignee_id', true),
          varchar('phase', 32),
          integer('version'),
          varchar('status_token_hash', 64, true),
          at('status_token_revoked_at', true),
          date('decision_deadline'),
          date('first_term_end'),
          date('clarification_deadline', true),
          date('objection_window_ends_on', true),
          date('postal_receipt_by', true),
          date('objection_decision_deadline', true),
          date('disclosure_date', true),
          date('notice_of_default_two_weeks_end', true),
          date('decided_on', true),
          date('sent_on', true),
          date('suspended_until', true),
          date('suspended_since', true),
          boolean('decided_late', true),
          at('created_at'),
          at('updated_at'),
        ],
        uniques: [
          {
            name: 'UQ_request_organisation_reference',
            columnNames: ['organisation_id', 'reference'],
          },
        ],
        checks: [
          { name: 'CHK_request_version', expression: '"version" >= 1' },
          {
            name: 'CHK_request_channel',
            expression: inList('channel', ['post', 'email', 'web_form', 'phone', 'in_person']),
          },
          { name: 'CHK_request_regime', expression: inList('regime', ['wob', 'woo']) },
          { name: 'CHK_request_phase', expression: inList('phase', PHASES) },
        ],
        foreignKeys: [
          fk('FK_62daf243492dbf2345a619353c9', 'organisation_id', 'organisation'),
          fk('FK_d3b47aab9ecaa62464f2407221a', 'assignee_id', 'user_account', 'SET NULL'),
        ],
        indices: [
          { name: 'IDX_request_status_token', columnNames: ['status_token_hash'], isUnique: true },
          { name: 'IDX_request_org_updated', columnNames: ['organisation_id', 'updated_at', 'id'] },
          {
            name: 'IDX_request_org_objection_window',
            columnNames: ['organisation_id', 'objection_window_ends_on'],
          },
          {
            name: 'IDX_request_org_assignee_deadline',
            columnNames: ['organisation_id', 'assignee_id', 'decision_deadline', 'id'],
          },
          {
            name: 'IDX_request_org_received',
            columnNames: ['organisation_id', 'received_on', 'id'],
          },
          {
            name: 'IDX_request_org_deadline',
            columnNames: ['organisation_id', 'decision_deadline', 'id'],
          },
          {
            name: 'IDX_request_org_phase_deadline',
            columnNames: ['organisation_id', 'phase', 'decision_deadline', 'suspended_since'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'request_item',
        columns: [
          { ...ref('request_id'), isPrimary: true },
          { ...integer('number'), isPrimary: true },
          text('text'),
          varchar('outcome', 16, true),
          text('grounds', true),
          text('remarks', true),
        ],
        checks: [
          { name: 'CHK_request_item_number', expression: '"number" >= 1' },
          {
            name: 'CHK_request_item_outcome',
            expression: `"outcome" IS NULL OR ${inList('outcome', [
              'granted',
              'partly_granted',
              'refused',
              'no_documents',
              'already_public',
            ])}`,
          },
        ],
        foreignKeys: [fk('FK_44394e3098853b23e6063024104', 'request_id', 'request', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'request_event',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          ref('request_id'),
          integer('sequence'),
          varchar('type', 64),
          date('occurred_on'),
          at('recorded_at'),
          ref('actor_id', true),
          text('payload'),
        ],
        uniques: [{ name: 'UQ_request_event_sequence', columnNames: ['request_id', 'sequence'] }],
        foreignKeys: [
          fk('FK_2dc1adeba3dad9d1748e262c2fb', 'request_id', 'request', 'CASCADE'),
          fk('FK_c596b75361394400961a12ba29e', 'actor_id', 'user_account'),
        ],
        indices: [{ name: 'IDX_request_event_actor', columnNames: ['actor_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'conversation_record',
        columns: [
          id(),
          ref('request_id'),
          date('occurred_on'),
          varchar('channel', 16),
          text('participants'),
          text('summary_points'),
          date('summary_sent_on', true),
        ],
        checks: [
          {
            name: 'CHK_conversation_record_channel',
            expression: inList('channel', ['phone', 'in_person', 'video', 'email']),
          },
        ],
        foreignKeys: [fk('FK_564d498044d793d70107ae5455f', 'request_id', 'request', 'CASCADE')],
        indices: [
          {
            name: 'IDX_conversation_record_request',
            columnNames: ['request_id', 'occurred_on'],
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'conversation_record',
      'request_event',
      'request_item',
      'request',
      'session',
      'user_account',
      'organisation',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
