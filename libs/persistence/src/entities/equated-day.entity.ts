import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EquatedDayDecreeEntity } from './equated-day-decree.entity.js';

/** One day equated with a holiday by a decree. The date is the natural key (one row per day). */
@Entity('equated_day')
@Check('CHK_equated_day_date', 'length("date") = 10')
export class EquatedDayEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Calendar date as `YYYY-MM-DD` text: sorts correctly and never passes through a time zone. */
  @Column({ type: 'text', unique: true })
  date: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'decree_id', type: 'integer' })
  decreeId: number;

  @ManyToOne(() => EquatedDayDecreeEntity, (decree) => decree.days, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'decree_id' })
  decree: Relation<EquatedDayDecreeEntity>;
}
