import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * What the outbox and scheduler pages read and what the purge of sent mail keeps:
 * - `outbox_message.last_failure`: the kind of the last failure (a rejected login, a refused
 *   connection, a refused message …), so the page and the dashboard name it without parsing text;
 * - `outbox_spent_key`: the unique keys of purged messages, so a purged reminder is never queued
 *   again (the keys, not the bodies, carry the "never twice" guarantee);
 * - `outbox_resend`: every resend of a failed message, by whom and when;
 * - `scheduler_run`: the last run of each scheduled job (its report as JSON), and the delivery
 *   problem the mail sender sees now.
 * Portable: a nullable `ADD COLUMN` and the QueryRunner table API.
 */
export class OutboxOperations1802800000000 implements MigrationInterface {
  name = 'OutboxOperations1802800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD COLUMN "last_failure" varchar(32)`);
    await queryRunner.createIndex(
      'outbox_message',
      new TableIndex({
        name: 'IDX_outbox_message_organisation',
        columnNames: ['organisation_id', 'state'],
      }),
    );
    await queryRunner.createIndex(
      'outbox_message',
      new TableIndex({ name: 'IDX_outbox_message_sent', columnNames: ['state', 'sent_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_spent_key',
        columns: [
          { name: 'dedupe_key', type: 'varchar', length: '400', isPrimary: true },
          { name: 'sent_at', type: instant },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_resend',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'outbox_id', type: 'varchar', length: '36' },
          { name: 'organisation_id', type: 'varchar', length: '36' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'resent_at', type: instant },
          { name: 'previous_attempts', type: 'integer' },
          { name: 'previous_error', type: 'text', isNullable: true },
        ],
        indices: [{ name: 'IDX_outbox_resend_outbox', columnNames: ['outbox_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scheduler_run',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'owner', type: 'varchar', length: '128' },
          { name: 'finished_at', type: instant },
          { name: 'report', type: 'text' },
          { name: 'problem', type: 'text', isNullable: true },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scheduler_run');
    await queryRunner.dropTable('outbox_resend');
    await queryRunner.dropTable('outbox_spent_key');
    await queryRunner.dropIndex('outbox_message', 'IDX_outbox_message_sent');
    await queryRunner.dropIndex('outbox_message', 'IDX_outbox_message_organisation');
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "last_failure"`);
  }
}
