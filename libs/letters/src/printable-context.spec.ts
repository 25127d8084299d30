import { seedCalendar } from '../../../test/support/seed-calendar.js';
import { sampleLetterContexts } from './letter-registry.js';
import { findTemplatesDir } from './letter-renderer.js';
import { LetterTemplates } from './letter-templates.js';
import { renderLetter } from './render-letter.js';

const templates = LetterTemplates.load({
  baseDir: `${findTemplatesDir(undefined, process.cwd())}/letters`,
});
const sample = sampleLetterContexts(seedCalendar()).acknowledgement;

// Values stored before input was checked still print: without their controls, not refused.
describe('letters from values stored with control characters', () => {
  const letter = renderLetter(templates, 'acknowledgement', {
    ...sample,
    requester: {
      ...sample.requester,
      name: 'J. Jansen\r\nKerkstraat 1',
      postalAddress: 'Postbus 1\u0000\r\n1000 AA  Dorp\u001b[2J',
    },
    request: { ...sample.request, subject: 'Bomen \u202Enetok\u0085' },
  });

  it('should print no control character or text-direction override', () => {
    expect(letter.html).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/u);
  });

  it('should keep a name on one line and an address on its own lines', () => {
    expect(letter.html).toContain('J. Jansen Kerkstraat 1');
    expect(letter.html).toContain('Postbus 1<br>1000 AA');
    expect(letter.html).toContain('Dorp[2J</div>');
  });
});
