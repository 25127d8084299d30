import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { inList } from '../stored-values.js';

/**
 * The mail outbox (issue 5): one row per e-mail, unique per dedupe key, with the index the
 * sender's claim reads (state, next attempt). Written with the QueryRunner table API (portable to
 * PostgreSQL); the state list of the CHECK is written out here, so that a later change to the list
 * needs a migration of its own.
 */
export class Outbox1799000000000 implements MigrationInterface {
  name = 'Outbox1799000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const text = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: 'text',
      isNullable,
    });
    const at = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: instant,
      isNullable,
    });
    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('dedupe_key', 400),
          varchar('organisation_id', 36),
          varchar('request_id', 36, true),
          varchar('kind', 64),
          varchar('recipient_email', 254),
          text('recipient_name', true),
          varchar('template', 64),
          text('context'),
          text('attach_letter_ids'),
          varchar('state', 16),
          { name: 'attempts', type: 'integer' },
          at('next_attempt_at'),
          varchar('lease_owner', 36, true),
          at('lease_until', true),
          text('last_error', true),
          text('message_id', true),
          at('created_at'),
          at('sent_at', true),
        ],
        uniques: [{ name: 'UQ_outbox_message_dedupe_key', columnNames: ['dedupe_key'] }],
        checks: [
          {
            name: 'CHK_outbox_message_state',
            expression: inList('state', ['pending', 'sending', 'sent', 'failed']),
          },
        ],
        indices: [
          { name: 'IDX_outbox_message_due', columnNames: ['state', 'next_attempt_at'] },
          { name: 'IDX_outbox_message_request', columnNames: ['request_id'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_message');
  }
}
