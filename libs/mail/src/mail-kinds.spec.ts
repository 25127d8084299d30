// Every mail kind is complete: its three templates exist and render its sample, every template
// belongs to a kind, each outbox kind is declared once, and the alert names each kind in Dutch.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findTemplatesDir } from '@wobdesk/letters';
import { MAIL_KIND_DEFINITIONS, MAIL_KINDS, mailKindNl } from './mail-kinds.js';
import { MAIL_TEMPLATE_PARTS, MailTemplates } from './mail-templates.js';
import { ALERT_KIND } from './outbox-sender.js';

const templatesDir = findTemplatesDir(undefined, process.cwd());
const templates = MailTemplates.load(templatesDir);
const view = (sample: object) => ({
  recipient: { name: 'J. Jansen', email: 'j.jansen@example.nl' },
  requestUrl: 'https://woo.voorbeeld.nl/verzoeken/5f0c',
  baseUrl: 'https://woo.voorbeeld.nl',
  ...sample,
});

describe('mail kinds: one declaration each', () => {
  it.each(MAIL_KIND_DEFINITIONS.map((d) => [d.template, d] as const))(
    'should have the templates of %s and render its sample',
    (template, definition) => {
      for (const part of MAIL_TEMPLATE_PARTS) {
        expect(readdirSync(join(templatesDir, 'mail'))).toContain(`${template}.${part}.hbs`);
      }
      const mail = templates.render(template, view(definition.sample));
      expect(mail.subject.length).toBeGreaterThan(10);
      expect(mail.text).toContain('automatisch bericht');
      expect(mail.html).toMatch(/^<!doctype html>/);
    },
  );

  it('should use every mail template for a kind, and declare each outbox kind once', () => {
    const declared = new Set(MAIL_KIND_DEFINITIONS.map((d) => d.template));
    expect(templates.names().filter((name) => !declared.has(name))).toEqual([]);
    const kinds = MAIL_KIND_DEFINITIONS.flatMap((d) => d.kinds);
    expect(kinds.filter((k, i) => kinds.indexOf(k) !== i)).toEqual([]);
    expect(Object.keys(MAIL_KINDS).sort()).toEqual([...kinds].sort());
    expect(MAIL_KINDS[ALERT_KIND]).toBe('alert-delivery-failed');
  });

  it('should name every outbox kind in Dutch for the delivery-failure alert', () => {
    const unnamed = Object.keys(MAIL_KINDS).filter((kind) => mailKindNl(kind) === 'e-mail');
    expect(unnamed).toEqual([]);
    expect(mailKindNl('reminder.decision_overdue')).toBe('herinnering aan de behandelaar');
    expect(mailKindNl('onbekend')).toBe('e-mail');
  });
});
