import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Holiday seed tables (LD-DECREE-DAYS: Royal-Decree days are data). Generated with
 * `typeorm migration:generate` against SQLite, then rewritten with the QueryRunner table API so
 * that the same migration also builds the schema on PostgreSQL; constraint names are the
 * generated ones, so the next `migration:generate` finds no difference. Reviewed changes: the
 * decree table is created first, so SQLite needs no temporary-table rebuild to add the foreign key.
 */
export class HolidayCalendar1764000000000 implements MigrationInterface {
  name = 'HolidayCalendar1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'equated_day_decree',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'title', type: 'text' },
          { name: 'from_year', type: 'integer' },
          { name: 'to_year', type: 'integer' },
          { name: 'source', type: 'text' },
          { name: 'confirmed', type: 'boolean' },
        ],
        uniques: [{ name: 'UQ_32bf5adc5f096469db212f9b3ef', columnNames: ['title'] }],
        checks: [{ name: 'CHK_equated_day_decree_years', expression: '"from_year" <= "to_year"' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'equated_day',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'date', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'decree_id', type: 'integer' },
        ],
        uniques: [{ name: 'UQ_95964030da5e6657986d64aed8a', columnNames: ['date'] }],
        checks: [{ name: 'CHK_equated_day_date', expression: 'length("date") = 10' }],
        foreignKeys: [
          {
            name: 'FK_202e960202bcac2a475be26c510',
            columnNames: ['decree_id'],
            referencedTableName: 'equated_day_decree',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('equated_day');
    await queryRunner.dropTable('equated_day_decree');
  }
}
