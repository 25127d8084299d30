import { findTemplatesDir } from '@wobdesk/letters';
import { MailTemplates } from './mail-templates.js';
import { SAMPLE_MAIL_CONTEXTS } from './sample-contexts.js';

// Anyone can type any address in the public form: the confirmation mailed there must carry no
// text the submitter chose, so the form cannot be used to send strangers a message of one's own.
describe('the acknowledgement notice', () => {
  const templates = MailTemplates.load(findTemplatesDir(undefined, process.cwd()));
  const sample = SAMPLE_MAIL_CONTEXTS['notice-state-changed'];
  const chosenName = 'Win een prijs op https://phish.example';
  const chosenSubject = 'Uw account wordt geblokkeerd, klik hier';
  const render = (acknowledgement: boolean) =>
    templates.render('notice-state-changed', {
      ...sample,
      recipient: { name: '', email: 'iemand@example.nl' },
      requestUrl: '',
      baseUrl: '',
      requester: { name: chosenName },
      request: { ...sample.request, subject: chosenSubject },
      change: { ...sample.change, acknowledgement },
    });

  it('should carry the reference and the status link, not the name or subject typed in', () => {
    const mail = render(true);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toContain(chosenName);
      expect(part).not.toContain(chosenSubject);
    }
    expect(mail.text).toContain(sample.request.reference);
    expect(mail.text).toContain(String(sample.statusUrl));
    expect(mail.text).toContain('Geachte heer, mevrouw,');
  });

  it('should name the subject in later notices, once a clerk has handled the request', () => {
    expect(render(false).text).toContain(chosenSubject);
  });
});
