export { DemoModule } from './demo.module.js';
export { DEMO_SEED_DIR, type DemoSeed, readDemoSeed, resolveDate } from './demo-seed-file.js';
export { DemoSeeder, type DemoSeedReport } from './demo-seeder.js';
export { type DemoLogin, demoLoginFile, readDemoLogin, recordDemoLogin } from './demo-login.js';
