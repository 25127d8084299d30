import { LocalDate } from '@wobdesk/domain';
import type { Repositories } from '@wobdesk/persistence';

export interface Watermark {
  /** The last day a sweep completed (its reminders are all queued). */
  readonly sweptThrough?: LocalDate;
  /** The last day the coordinators' digest was queued. */
  readonly digestOn?: LocalDate;
}

export async function readWatermark(
  tx: Pick<Repositories, 'reminders'>,
  name: string,
): Promise<Watermark> {
  const row = await tx.reminders.watermark(name);
  return {
    ...(row && { sweptThrough: LocalDate.parse(row.sweptThrough) }),
    ...(row?.digestOn && { digestOn: LocalDate.parse(row.digestOn) }),
  };
}

/** Writes the watermark (insert or update by name). */
export async function writeWatermark(
  tx: Pick<Repositories, 'reminders'>,
  name: string,
  patch: { sweptThrough: LocalDate; digestOn?: LocalDate },
  now: Date,
): Promise<void> {
  const values = {
    sweptThrough: patch.sweptThrough.toString(),
    ...(patch.digestOn && { digestOn: patch.digestOn.toString() }),
    updatedAt: now.toISOString(),
  };
  await tx.reminders.writeWatermark(name, values);
}
