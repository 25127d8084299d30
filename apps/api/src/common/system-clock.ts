import { amsterdamDateOf, type Clock, type LocalDate } from '@wobdesk/domain';

/** Today in Europe/Amsterdam from the system clock (LD-DATES); the domain never reads the clock itself. */
export class SystemClock implements Clock {
  today(): LocalDate {
    return amsterdamDateOf(new Date());
  }
}
