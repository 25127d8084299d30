import { join } from 'node:path';
import { findTemplatesDir } from '@wobdesk/letters';
import { REMINDER_KINDS } from './mail-kinds.js';
import { MailRenderError, MailTemplates } from './mail-templates.js';
import { SAMPLE_MAIL_CONTEXTS } from './sample-contexts.js';

describe(MailTemplates.name, () => {
  const templates = MailTemplates.load(findTemplatesDir(undefined, process.cwd()));
  const view = (context: object) => ({
    recipient: { name: 'J. Jansen', email: 'j.jansen@example.nl' },
    requestUrl: 'https://woo.voorbeeld.nl/verzoeken/5f0c',
    baseUrl: 'https://woo.voorbeeld.nl',
    ...context,
  });

  it('should have every template, each with subject, text and HTML', () => {
    expect(templates.names().sort()).toEqual(Object.keys(SAMPLE_MAIL_CONTEXTS).sort());
  });

  it.each(Object.entries(SAMPLE_MAIL_CONTEXTS))(
    'should render %s with its sample',
    (name, context) => {
      const mail = templates.render(name, view(context));
      expect(mail.subject).not.toMatch(/\n|^\s|\s$/);
      expect(mail.subject.length).toBeGreaterThan(10);
      expect(mail.text).toContain('automatisch bericht');
      expect(mail.html).toMatch(/^<!doctype html>/);
    },
  );

  it('should word every reminder kind in Dutch, with the date and an article', () => {
    const subjects = new Set<string>();
    for (const kind of REMINDER_KINDS) {
      const context = SAMPLE_MAIL_CONTEXTS['reminder-deadline'];
      const mail = templates.render(
        'reminder-deadline',
        view({ ...context, reminder: { kind, dueOn: '2026-12-08' } }),
      );
      expect(mail.subject).toMatch(/^[A-Z][^:]+: WOO-2026-0007 \(8 december 2026\)$/);
      expect(mail.text).toContain('dinsdag 8 december 2026');
      expect(mail.text).toMatch(/Grondslag: artikel \S/);
      expect(mail.text).toContain('https://woo.voorbeeld.nl/verzoeken/5f0c');
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(REMINDER_KINDS.length);
  });

  it("should say that the clarification date is the body's last day to ask, not the requester's", () => {
    // Woo 4.1 lid 5: the body asks for clarification within two weeks of receipt. The reminder's
    // date is that last day; the requester's own term is set later, in the clarification request.
    const mail = templates.render(
      'reminder-deadline',
      view({
        ...SAMPLE_MAIL_CONTEXTS['reminder-deadline'],
        reminder: { kind: 'clarification_deadline', dueOn: '2026-12-08' },
      }),
    );
    expect(mail.subject).toMatch(/^Laatste dag om om precisering te vragen: /);
    expect(mail.text).toContain(
      'Vraag de verzoeker dan uiterlijk dinsdag 8 december 2026 om het te preciseren',
    );
    expect(mail.text).not.toMatch(/termijn die de verzoeker/i);
    expect(mail.text).toContain('Grondslag: artikel 4.1, vijfde lid, Woo');
  });

  it('should escape values in the HTML body but not in the subject and the text', () => {
    const context = SAMPLE_MAIL_CONTEXTS['reminder-deadline'];
    const mail = templates.render(
      'reminder-deadline',
      view({ ...context, request: { ...context.request, subject: 'Bomen & <b>struiken</b>' } }),
    );
    expect(mail.html).toContain('Bomen &amp; &lt;b&gt;struiken&lt;/b&gt;');
    expect(mail.text).toContain('Bomen & <b>struiken</b>');
  });

  it('should fail naming the field when the context lacks one', () => {
    expect(() =>
      templates.render(
        'reminder-deadline',
        view({ reminder: { kind: 'decision_due', dueOn: '2026-12-08' } }),
      ),
    ).toThrow(MailRenderError);
    expect(() => templates.render('reminder-deadline', view({}))).toThrow(/reminder/);
  });

  it('should refuse an unknown template', () => {
    expect(() => templates.render('bestaat-niet', view({}))).toThrow(
      /bestaat-niet\.subject\.hbs is missing/,
    );
  });

  it('should load from a TEMPLATES_DIR', () => {
    expect(() => MailTemplates.load(join(process.cwd(), 'templates'))).not.toThrow();
  });
});
