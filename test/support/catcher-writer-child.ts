// A catcher that writes large messages without end, for the kill -9 test of the catcher. Run
// with `node --import ./test/support/ts-loader.mjs`; argv[2] is the catcher directory. IPC: sends
// {type:'stored', count} after each stored message.
import { CatcherTransport } from '@wobdesk/mail';

const ATTACHMENT = Buffer.alloc(8 * 1024 * 1024, 'w');

async function main(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('catcher-writer-child runs as a forked child only');
  const catcher = new CatcherTransport(process.argv[2]!);
  for (let count = 1; ; count++) {
    await catcher.send({
      outboxId: `message-${count}`,
      from: 'woo@example.nl',
      to: { email: 'verzoeker@example.nl' },
      subject: `Bericht ${count}`,
      text: 'Tekst',
      html: '<p>Tekst</p>',
      messageId: `<message-${count}@example.nl>`,
      headers: {},
      attachments: [{ filename: 'bijlage.txt', content: ATTACHMENT, contentType: 'text/plain' }],
    });
    send({ type: 'stored', count });
  }
}

void main();
