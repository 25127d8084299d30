import { LocalDate } from '@wobdesk/domain';
import { SweepWatermarkEntity } from '@wobdesk/persistence';
import type { EntityManager } from 'typeorm';

export interface Watermark {
  /** The last day a sweep completed (its reminders are all queued). */
  readonly sweptThrough?: LocalDate;
  /** The last day the coordinators' digest was queued. */
  readonly digestOn?: LocalDate;
}

export async function readWatermark(em: EntityManager, name: string): Promise<Watermark> {
  const row = await em.findOneBy(SweepWatermarkEntity, { name });
  return {
    ...(row && { sweptThrough: LocalDate.parse(row.sweptThrough) }),
    ...(row?.digestOn && { digestOn: LocalDate.parse(row.digestOn) }),
  };
}

/** Writes the watermark (insert or update by name; portable upsert in two statements). */
export async function writeWatermark(
  em: EntityManager,
  name: string,
  patch: { sweptThrough: LocalDate; digestOn?: LocalDate },
  now: Date,
): Promise<void> {
  const values = {
    sweptThrough: patch.sweptThrough.toString(),
    ...(patch.digestOn && { digestOn: patch.digestOn.toString() }),
    updatedAt: now.toISOString(),
  };
  const updated = await em.update(SweepWatermarkEntity, { name }, values);
  if (updated.affected !== 1) {
    await em.insert(SweepWatermarkEntity, { name, digestOn: null, ...values });
  }
}
