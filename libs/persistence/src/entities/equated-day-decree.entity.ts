import { Check, Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EquatedDayEntity } from './equated-day.entity.js';

/**
 * A Royal Decree equating days with a generally recognised holiday (Atw art. 3 lid 3). Seeded
 * from `seeds/holidays/equated-days.json` (LD-DECREE-DAYS: a new decree is a data change).
 */
@Entity('equated_day_decree')
@Check('CHK_equated_day_decree_years', '"from_year" <= "to_year"')
export class EquatedDayDecreeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The natural key: the title as published in the Staatscourant. */
  @Column({ type: 'text', unique: true })
  title: string;

  @Column({ name: 'from_year', type: 'integer' })
  fromYear: number;

  @Column({ name: 'to_year', type: 'integer' })
  toYear: number;

  @Column({ type: 'text' })
  source: string;

  /** False until the days have been checked against the Staatscourant. */
  @Column({ type: 'boolean' })
  confirmed: boolean;

  @OneToMany(() => EquatedDayEntity, (day) => day.decree)
  days: Relation<EquatedDayEntity>[];
}
