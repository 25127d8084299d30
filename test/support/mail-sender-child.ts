// A sender in a process of its own, for the fault tests (SIGKILL in the middle of a batch, two
// senders at once). Run with `node --import ./test/support/ts-loader.mjs`; configured by its
// environment like the worker (DATABASE_PATH, SMTP_URL, MAIL_*). Arguments:
//   argv[2]  batch size for deliverDue
//   argv[3]  clock offset in ms (lets a restarted sender see an expired lease without waiting)
// IPC: sends {type:'ready'}, waits for {type:'go'}, then calls deliverDue until a call claims
// nothing, sending {type:'report', report} after each call and {type:'done'} at the end.
import { Test } from '@nestjs/testing';
import { CLOCK, SystemClock } from '@wobdesk/clock';
import { ConfigModule, loadConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { MailModule, OutboxSender } from '@wobdesk/mail';

const limit = Number(process.argv[2] ?? '50');
const offsetMs = Number(process.argv[3] ?? '0');

/** The system clock, its instants shifted by `offsetMs`. */
function shiftedClock(offsetMs: number): Clock {
  const system = new SystemClock();
  return { today: () => system.today(), now: () => new Date(Date.now() + offsetMs) };
}

async function main(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('mail-sender-child runs as a forked child only');
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(loadConfig()), MailModule],
  })
    .overrideProvider(CLOCK)
    .useValue(shiftedClock(offsetMs))
    .compile();
  module.useLogger(['error']);
  await module.init();
  const sender = module.get(OutboxSender);
  send({ type: 'ready', pid: process.pid });
  await new Promise<void>((resolve) =>
    process.on('message', (m: { type?: string }) => m.type === 'go' && resolve()),
  );
  for (;;) {
    const report = await sender.deliverDue({ limit });
    send({ type: 'report', report });
    if (report.claimed === 0) break;
  }
  await module.close();
  send({ type: 'done' }, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
