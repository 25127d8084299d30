import { EquatedDayDecreeEntity } from './equated-day-decree.entity.js';
import { EquatedDayEntity } from './equated-day.entity.js';

export { EquatedDayDecreeEntity, EquatedDayEntity };

/** Every entity, as classes (no globs: they break under ESM, Jest and bundlers). */
export const ENTITIES = [EquatedDayDecreeEntity, EquatedDayEntity];
