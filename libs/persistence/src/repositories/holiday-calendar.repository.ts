import { Injectable } from '@nestjs/common';
import { type EquatedDayDecree, HolidayCalendar } from '@wobdesk/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { EquatedDayDecreeEntity } from '../entities/equated-day-decree.entity.js';
import { EquatedDayEntity } from '../entities/equated-day.entity.js';
import { serialTransaction } from '../serial-transaction.js';

/** Row counts of one seed run; `unchanged` rows were already equal to the file. */
export interface SyncCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export interface HolidaySeedReport {
  readonly decrees: SyncCounts;
  readonly days: SyncCounts;
}

/**
 * The Royal-Decree days of the Algemene termijnenwet (art. 3 lid 3) in the database, and the
 * domain `HolidayCalendar` built from them. Usable with or without Nest (the migrate CLI
 * constructs it directly).
 */
@Injectable()
export class HolidayCalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Makes the tables equal to the seed file (LD-DECREE-DAYS: the file is the source of truth).
   * Idempotent: decrees are matched by title and days by date; a changed entry updates its row,
   * and a day or decree that is no longer in the file is deleted, so that a wrong date can be
   * corrected by editing the file.
   */
  sync(decrees: readonly EquatedDayDecree[]): Promise<HolidaySeedReport> {
    return serialTransaction(this.dataSource, async (manager) => {
      // Write first, so SQLite takes the write lock before reading (see serial-transaction.ts).
      await manager.query('DELETE FROM "equated_day" WHERE 1 = 0');
      const decreeIds = new Map<string, number>();
      const decreeCounts = await this.syncDecrees(manager, decrees, decreeIds);
      const dayCounts = await this.syncDays(manager, decrees, decreeIds);
      const stale = (await manager.find(EquatedDayDecreeEntity)).filter(
        (row) => !decreeIds.has(row.title),
      );
      if (stale.length > 0) {
        await manager.delete(EquatedDayDecreeEntity, { id: In(stale.map((row) => row.id)) });
      }
      decreeCounts.deleted = stale.length;
      return { decrees: decreeCounts, days: dayCounts };
    });
  }

  /** The decrees with their days, in date order. */
  async findDecrees(): Promise<EquatedDayDecree[]> {
    const rows = await this.dataSource.getRepository(EquatedDayDecreeEntity).find({
      relations: { days: true },
      order: { fromYear: 'ASC', title: 'ASC', days: { date: 'ASC' } },
    });
    return rows.map((row) => ({
      title: row.title,
      fromYear: row.fromYear,
      toYear: row.toYear,
      source: row.source,
      confirmed: row.confirmed,
      days: row.days.map((day) => ({ date: day.date, name: day.name })),
    }));
  }

  /** The Atw calendar: the statutory holidays by rule plus the decree days stored here. */
  async loadCalendar(): Promise<HolidayCalendar> {
    return new HolidayCalendar(await this.findDecrees());
  }

  private async syncDecrees(
    manager: EntityManager,
    decrees: readonly EquatedDayDecree[],
    ids: Map<string, number>,
  ): Promise<SyncCounts> {
    const counts = emptyCounts();
    const existing = new Map(
      (await manager.find(EquatedDayDecreeEntity)).map((row) => [row.title, row]),
    );
    for (const decree of decrees) {
      const wanted = {
        title: decree.title,
        fromYear: decree.fromYear,
        toYear: decree.toYear,
        source: decree.source,
        confirmed: decree.confirmed,
      };
      const row = existing.get(decree.title);
      if (!row) {
        const saved = await manager.save(manager.create(EquatedDayDecreeEntity, wanted));
        ids.set(decree.title, saved.id);
        counts.inserted++;
        continue;
      }
      ids.set(decree.title, row.id);
      if (
        row.fromYear === wanted.fromYear &&
        row.toYear === wanted.toYear &&
        row.source === wanted.source &&
        row.confirmed === wanted.confirmed
      ) {
        counts.unchanged++;
      } else {
        await manager.update(EquatedDayDecreeEntity, { id: row.id }, wanted);
        counts.updated++;
      }
    }
    return counts;
  }

  private async syncDays(
    manager: EntityManager,
    decrees: readonly EquatedDayDecree[],
    decreeIds: ReadonlyMap<string, number>,
  ): Promise<SyncCounts> {
    const counts = emptyCounts();
    const existing = new Map((await manager.find(EquatedDayEntity)).map((row) => [row.date, row]));
    const wantedDates = new Set<string>();
    for (const decree of decrees) {
      const decreeId = decreeIds.get(decree.title) as number;
      for (const day of decree.days) {
        wantedDates.add(day.date);
        const row = existing.get(day.date);
        if (!row) {
          await manager.insert(EquatedDayEntity, { date: day.date, name: day.name, decreeId });
          counts.inserted++;
        } else if (row.name === day.name && row.decreeId === decreeId) {
          counts.unchanged++;
        } else {
          await manager.update(EquatedDayEntity, { id: row.id }, { name: day.name, decreeId });
          counts.updated++;
        }
      }
    }
    const stale = [...existing.values()].filter((row) => !wantedDates.has(row.date));
    if (stale.length > 0) {
      await manager.delete(EquatedDayEntity, { id: In(stale.map((row) => row.id)) });
    }
    counts.deleted = stale.length;
    return counts;
  }
}

function emptyCounts(): SyncCounts {
  return { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
}
