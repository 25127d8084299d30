import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * `read_audit`: every view or export of requesters' personal data by a clerk (who, when, what,
 * which request). Indexed for the coordinator's log (organisation and time) and the request
 * page's "who read this" (request and time). Portable: the QueryRunner table API.
 */
export class ReadAudit1803400000000 implements MigrationInterface {
  name = 'ReadAudit1803400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'read_audit',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'organisation_id', type: 'varchar', length: '36' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'user_name', type: 'varchar', length: '200' },
          { name: 'read_at', type: instant },
          { name: 'what', type: 'varchar', length: '40' },
          { name: 'request_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'detail', type: 'text', isNullable: true },
        ],
        indices: [
          {
            name: 'IDX_read_audit_organisation_time',
            columnNames: ['organisation_id', 'read_at'],
          },
          { name: 'IDX_read_audit_request_time', columnNames: ['request_id', 'read_at'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('read_audit');
  }
}
