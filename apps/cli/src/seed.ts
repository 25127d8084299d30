// `npm run db:seed`: loads the demo data of SEEDS_DIR/demo/ (organisation, demo clerk, requests)
// through the register's own services, and prints the demo login. Run after `npm run db:migrate`;
// safe to run again (nothing is duplicated; without DEMO_PASSWORD the password is renewed).
import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, ConfigError, ConfigModule, loadConfig } from '@wobdesk/config';
import { DemoModule, DemoSeeder, recordDemoLogin } from '@wobdesk/demo';
import { PendingMigrationsError, SeedFileError } from '@wobdesk/persistence';

@Module({})
class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: SeedModule, imports: [ConfigModule.forRoot(config), DemoModule] };
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const report = await app.get(DemoSeeder).run();
    const org = report.organisation;
    console.log(`Demo organisation: ${org.name} (${org.created ? 'created' : 'already there'})`);
    console.log(`Demo users created: ${report.usersCreated}`);
    console.log(
      report.requestsCreated.length > 0
        ? `Demo requests created: ${report.requestsCreated.join(', ')}`
        : 'Demo requests: none created',
    );
    if (report.requestsSkipped > 0) {
      console.log(`Demo requests already there: ${report.requestsSkipped}`);
    }
    console.log(`Demo-login: ${report.login.email} / ${report.login.password}`);
    recordDemoLogin(config, report.login);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const expected = [ConfigError, PendingMigrationsError, SeedFileError].some(
    (type) => error instanceof type,
  );
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
