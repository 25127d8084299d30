export { CLOCK, SystemClock } from './clock.js';
export { ClockModule } from './clock.module.js';
export { TestClock } from './test-clock.js';
