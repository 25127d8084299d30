import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { inList } from '../stored-values.js';

/**
 * The mail outbox: one row per e-mail, unique per dedupe key, with the index the
 * sender's claim reads (state, next attempt). Written with the QueryRunner table API (portable to
 * PostgreSQL); the state list of the CHECK is written out here, so that a later change to the list
 * needs a migration of its own.
 */
export class Outbox1799000000000 implements MigrationInterface {
  name = 'Outbox1799000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    // name, type ('instant': the driver's type for Date), varchar length, nullable
    const columns: [string, string, number?, boolean?][] = [
      ['id', 'varchar', 36],
      ['dedupe_key', 'varchar', 400],
      ['organisation_id', 'varchar', 36],
      ['request_id', 'varchar', 36, true],
      ['kind', 'varchar', 64],
      ['recipient_email', 'varchar', 254],
      ['recipient_name', 'text', undefined, true],
      ['template', 'varchar', 64],
      ['context', 'text'],
      ['attach_letter_ids', 'text'],
      ['state', 'varchar', 16],
      ['attempts', 'integer'],
      ['next_attempt_at', 'instant'],
      ['lease_owner', 'varchar', 36, true],
      ['lease_until', 'instant', undefined, true],
      ['last_error', 'text', undefined, true],
      ['message_id', 'text', undefined, true],
      ['created_at', 'instant'],
      ['sent_at', 'instant', undefined, true],
    ];
    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: columns.map(([name, type, length, isNullable = false]): TableColumnOptions => ({
          name,
          type: type === 'instant' ? instant : type,
          ...(length !== undefined && { length: String(length) }),
          isNullable,
          isPrimary: name === 'id',
        })),
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
