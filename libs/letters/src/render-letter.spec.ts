import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCalendar } from '../../../test/support/seed-calendar.js';
import type { AcknowledgementContext, DecisionContext } from './letter-contexts.js';
import { LetterContextError, LetterRenderError, LetterTemplateError } from './letter-errors.js';
import {
  LETTER_KINDS,
  type LetterContexts,
  type LetterKind,
  sampleLetterContexts,
} from './letter-registry.js';
import { findTemplatesDir, LetterRenderer } from './letter-renderer.js';
import { LetterTemplates } from './letter-templates.js';
import { renderLetter } from './render-letter.js';
import { sampleWooDecisionContext } from './samples/sample-contexts.js';

const templatesDir = findTemplatesDir(undefined, process.cwd());
const baseDir = join(templatesDir, 'letters');
const templates = LetterTemplates.load({ baseDir });
const calendar = seedCalendar();
const samples = sampleLetterContexts(calendar);

/** A deep copy of a sample with one field changed or removed (`undefined` removes the key). */
function edit<K extends LetterKind>(
  kind: K,
  path: string,
  value: unknown,
  base: LetterContexts[K] = samples[kind],
): LetterContexts[K] {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  if (value === undefined) delete target[keys[keys.length - 1]];
  else target[keys[keys.length - 1]] = value;
  return copy as unknown as LetterContexts[K];
}

function renderError(fn: () => unknown): LetterRenderError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LetterRenderError) return e;
    throw e;
  }
  throw new Error('expected a LetterRenderError');
}

describe(renderLetter.name, () => {
  describe('every template with a sample context', () => {
    it.each(LETTER_KINDS)('should render %s', (kind) => {
      const letter = renderLetter(templates, kind, samples[kind]);
      expect(letter.html).toMatch(/^<!DOCTYPE html>/);
      expect(letter.html).toContain(`<title>${letter.subject}</title>`);
      expect(letter.html).toContain('Ons kenmerk');
      expect(letter.html).toContain('Hoogachtend,');
      expect(letter.html).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(letter.templateVersion).toMatch(/^1\.0\.0\+[0-9a-f]{12}$/);
      expect(letter.templateVersion.slice(-12)).toBe(templates.hash.slice(0, 12));
      expect(letter.contentHash).toBe(createHash('sha256').update(letter.html).digest('hex'));
      expect(renderLetter(templates, kind, samples[kind]).contentHash).toBe(letter.contentHash);
    });

    it('should name the subjects as the letters do', () => {
      const subject = (kind: LetterKind) => renderLetter(templates, kind, samples[kind]).subject;
      expect(subject('decision')).toBe('Besluit op Wob-verzoek van 27 februari 2020');
      expect(subject('acknowledgement')).toBe(
        'Ontvangstbevestiging van uw Wob-verzoek van 27 februari 2020',
      );
      expect(subject('third_party_view_end')).toBe(
        'Einde van de opschorting van de beslistermijn van uw Woo-verzoek van 22 december 2023',
      );
    });

    it('should print the computed dates of each letter', () => {
      const html = (kind: LetterKind) => renderLetter(templates, kind, samples[kind]).html;
      expect(html('acknowledgement')).toContain('dinsdag 31 maart 2020');
      expect(html('extension')).toContain('dinsdag 28 april 2020');
      expect(html('extension')).toContain('met vier weken (artikel 6, tweede lid, van de Wob)');
      // worked example (b): received 22 Dec 2023, view asked 9 Jan, given 22 Jan 2024 (13 days)
      expect(html('third_party_view_start')).toContain('vrijdag 19 januari 2024');
      expect(html('third_party_view_start')).toContain('vrijdag 2 februari 2024');
      expect(html('third_party_view_end')).toContain('donderdag 1 februari 2024');
      expect(html('objection_acknowledgement')).toContain('dinsdag 18 augustus 2020');
      expect(html('decision')).toContain('dinsdag 7 juli 2020');
    });

    it('should give the Woo decision the Woo annex with the texts in force on its date', () => {
      const letter = renderLetter(templates, 'decision', sampleWooDecisionContext(calendar));
      expect(letter.law).toBe('woo');
      expect(letter.html).toContain('BIJLAGE 1: Relevante artikelen uit de Woo');
      expect(letter.html).toContain('artikel 5.1, tweede lid, aanhef en onder e, van de Woo');
      expect(letter.html).toContain('artikel 5.2, eerste lid, van de Woo');
      expect(letter.html).not.toContain('plaatshouder"');
      expect(letter.warnings).toEqual([]);
      const annex = letter.html.slice(letter.html.indexOf('BIJLAGE 1'));
      // the defaults, 4.4 for the third-party view, and the articles of the grounds cited
      expect([...annex.matchAll(/<h3>Artikel ([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual([
        '1.1',
        '2.1',
        '4.1',
        '4.4',
        '5.1',
        '5.2',
      ]);
      // decided 5 February 2024: the text before 12 February 2025 (2.1 still names article 2.3)
      expect(annex).toContain('krachtens artikel 2.3 door een bestuursorgaan kan worden gevorderd');
      expect(annex).toContain(
        '<span class="label">e.</span><div class="inhoud">de eerbiediging van de persoonlijke levenssfeer;',
      );
    });

    it('should give the Wob decision the seed annex without warnings', () => {
      const letter = renderLetter(templates, 'decision', samples.decision);
      expect(letter.law).toBe('wob');
      expect(letter.warnings).toEqual([]);
      expect(letter.html).toContain('BIJLAGE 1: Relevante artikelen uit de Wob');
      expect(letter.html).not.toContain('plaatshouder"');
    });

    it('should name the Woo for a Wob request decided after 1 May 2022 (LD-REGIME)', () => {
      const late = { ...samples.decision, date: '2022-05-02' } satisfies DecisionContext;
      const letter = renderLetter(templates, 'decision', late);
      expect(letter.subject).toBe('Besluit op Wob-verzoek van 27 februari 2020');
      expect(letter.law).toBe('woo');
      expect(letter.html).toContain('Op 1 mei 2022 is de Wob vervangen door de Wet open overheid');
      expect(letter.html).toContain('BIJLAGE 1: Relevante artikelen uit de Woo');
    });
  });

  describe('strict mode', () => {
    it('should name a missing field and the partial that needs it', () => {
      const e = renderError(() =>
        renderLetter(
          templates,
          'decision',
          edit('decision', 'organisation.returnAddress', undefined),
        ),
      );
      expect(e.code).toBe('LETTER.MISSING_FIELD');
      expect(e.details).toMatchObject({
        kind: 'decision',
        field: 'organisation.returnAddress',
        template: 'partials/retouradres.hbs',
      });
      expect(e.message).toContain('Missing field "organisation.returnAddress"');
      expect(e.message).toContain('partials/retouradres.hbs line 1');
    });

    it('should name a missing helper argument and the letter template', () => {
      const e = renderError(() =>
        renderLetter(
          templates,
          'acknowledgement',
          edit('acknowledgement', 'decisionDeadline', undefined),
        ),
      );
      expect(e.details).toMatchObject({
        field: 'decisionDeadline',
        template: 'ontvangstbevestiging.hbs',
      });
      expect(e.message).toContain('{{weekdayDate decisionDeadline}}');
    });

    it('should name a field missing inside a list', () => {
      const items = samples.decision.request.items.map((item) =>
        item.number === 4 ? { number: 4 } : item,
      ) as DecisionContext['request']['items'];
      const e = renderError(() =>
        renderLetter(templates, 'decision', edit('decision', 'request.items', items)),
      );
      expect(e.details).toMatchObject({ field: 'text', template: 'partials/onderdelen.hbs' });
    });

    it('should refuse a missing list instead of printing nothing', () => {
      const e = renderError(() =>
        renderLetter(
          templates,
          'conversation_summary',
          edit('conversation_summary', 'conversation.summaryPoints', undefined),
        ),
      );
      expect(e.details).toMatchObject({
        field: 'conversation.summaryPoints',
        template: 'samenvatting-gesprek.hbs',
      });
    });

    it('should report a field the checks need, and a wrong date', () => {
      expect(
        renderError(() =>
          renderLetter(templates, 'decision', edit('decision', 'request', undefined)),
        ).details.field,
      ).toBe('request');
      const bad = renderError(() =>
        renderLetter(templates, 'acknowledgement', edit('acknowledgement', 'date', '2020-02-30')),
      );
      expect(bad.code).toBe('LETTER.INVALID_VALUE');
      expect(bad.details).toMatchObject({ field: 'date', template: 'partials/stijl.hbs' });
    });

    it('should refuse a reference to a footnote that is not there', () => {
      const e = renderError(() =>
        renderLetter(templates, 'decision', edit('decision', 'footnotes', undefined)),
      );
      expect(e.code).toBe('LETTER.INVALID_VALUE');
      expect(e.message).toContain('footnote [^1]');
    });
  });

  describe('escaping', () => {
    const evil = '<script>alert("x")</script>';

    it('should escape user text everywhere', () => {
      const context = {
        ...samples.decision,
        requester: {
          ...samples.decision.requester,
          name: evil,
          postalAddress: `${evil}\nStraat 1`,
        },
        theirReference: `"><img src=x onerror=alert(1)>`,
        request: { ...samples.decision.request, items: [{ number: 1, text: evil }] },
        assessment: { answers: [{ items: [1], body: `${evil}\n\n- <b>vet</b>` }] },
        footnotes: [],
      } satisfies DecisionContext;
      const { html } = renderLetter(templates, 'decision', context);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    });

    it('should refuse a status link that is not an absolute http(s) URL', () => {
      const context = {
        ...samples.acknowledgement,
        statusUrl: 'javascript:alert(1)',
      } satisfies AcknowledgementContext;
      expect(() => renderLetter(templates, 'acknowledgement', context)).toThrow(LetterContextError);
    });
  });

  describe('the procedure narrative', () => {
    /** The decision's prose as text, one space between words. */
    const narrative = (procedure: unknown, extra: Record<string, unknown> = {}) => {
      const context = { ...edit('decision', 'procedure', procedure), ...extra } as DecisionContext;
      return renderLetter(templates, 'decision', context)
        .html.replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    };

    it('should name the medium of each sent letter, and none where no letter was sent', () => {
      const text = narrative([
        { kind: 'acknowledged', on: '2020-03-11', by: 'e-mail', conversationInvitation: true },
        { kind: 'extension', on: '2020-03-20', weeks: 4, by: 'brief' },
      ]);
      expect(text).toContain(
        'Per e-mail van 11 maart 2020 is de ontvangst van uw verzoek bevestigd en bent u uitgenodigd voor een gesprek.',
      );
      expect(text).toContain(
        'Bij brief van 20 maart 2020 is de beslistermijn met vier weken verdaagd.',
      );
      const none = narrative([
        { kind: 'acknowledged', on: '2020-03-11' },
        { kind: 'extension', on: '2020-03-20', weeks: 4 },
        { kind: 'third_party_view', on: '2020-03-25', thirdParties: 'de gemeente' },
      ]);
      expect(none).toContain('Op 11 maart 2020 is de ontvangst van uw verzoek bevestigd.');
      expect(none).toContain('Op 20 maart 2020 is de beslistermijn met vier weken verdaagd.');
      expect(none).toContain(
        'Op 25 maart 2020 heb ik de gemeente in de gelegenheid gesteld een zienswijze te geven over de openbaarmaking.',
      );
      expect(none).not.toMatch(/Bij brief van (11|20|25) maart|Per e-mail van 11 maart/);
    });

    it('should tell a last conversation as the seed letter does, with its points', () => {
      const text = narrative([
        { kind: 'conversation', on: '2020-03-18', channel: 'phone', withWhom: 'mevrouw De Vries' },
        {
          kind: 'conversation',
          on: '2020-04-15',
          channel: 'phone',
          withWhom: 'een medewerker van mijn ministerie',
          summaryPoints: ['U heeft geen documenten meer nodig.'],
          last: true,
        },
      ]);
      expect(text).toContain(
        'Op woensdag 18 maart 2020 heeft een telefonisch gesprek plaatsgevonden tussen u en mevrouw De Vries.',
      );
      expect(text).toContain(
        'Ten slotte heeft een medewerker van mijn ministerie op 15 april 2020 telefonisch contact met u gehad. In dat gesprek is het volgende besproken: U heeft geen documenten meer nodig.',
      );
    });

    it('should say how late a late decision is, with the apology, and nothing when on time', () => {
      const late = narrative([], {
        lateDecision: { deadline: '2020-03-31', daysLate: 56, apology: 'Excuses.' },
      });
      expect(late).toContain(
        'Ik heb later beslist dan de wet voorschrijft. De termijn eindigde op 31 maart 2020. Dit besluit komt 56 dagen later. Excuses.',
      );
      expect(narrative([])).not.toContain('later beslist');
    });
  });

  describe('legal rules the letters state', () => {
    it('should refuse an extension dated after the first term or longer than the law allows', () => {
      const late = edit('extension', 'date', '2020-04-01');
      expect(() => renderLetter(templates, 'extension', late)).toThrow(
        expect.objectContaining({ code: 'LETTER.EXTENSION_TOO_LATE' }),
      );
      const woo = edit('extension', 'request.regime', 'woo');
      expect(() => renderLetter(templates, 'extension', woo)).toThrow(
        expect.objectContaining({ code: 'LETTER.EXTENSION_TOO_LONG' }),
      );
    });

    it('should refuse an answer to an item the request does not have, and a bad ground', () => {
      const unknown = edit('decision', 'assessment.answers', [{ items: [9], body: 'x' }]);
      expect(() => renderLetter(templates, 'decision', unknown)).toThrow(
        expect.objectContaining({ code: 'LETTER.UNKNOWN_ITEM' }),
      );
      const ground = edit('decision', 'assessment.answers', [
        { items: [1], body: 'x', outcome: 'refused', grounds: ['5.1.2.e'] },
      ]);
      expect(() => renderLetter(templates, 'decision', ground)).toThrow(
        expect.objectContaining({ code: 'LETTER.INVALID_GROUND' }),
      );
    });

    it('should cite a Wob ground and quote its article from the Wob in force', () => {
      const refused = edit('decision', 'assessment.answers', [
        { items: [4], body: 'x', outcome: 'refused', grounds: ['10.2.e', '11.1'] },
      ]);
      const letter = renderLetter(templates, 'decision', refused);
      expect(letter.html).toContain(
        'op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob en artikel 11, eerste lid, van de Wob.',
      );
      expect(letter.warnings).toEqual([]);
      expect(letter.html).not.toContain('plaatshouder"');
      expect(letter.html).toContain('<h3>Artikel 10</h3>');
      expect(letter.html).toContain('<h3>Artikel 11</h3>');
      expect(letter.html).toContain('de eerbiediging van de persoonlijke levenssfeer;');
    });
  });
});

describe(LetterTemplates.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wobdesk-letters-'));
    mkdirSync(join(dir, 'partials'));
    mkdirSync(join(dir, 'annex'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should let an organisation replace a partial and the annex data by name', () => {
    writeFileSync(
      join(dir, 'partials', 'briefhoofd.hbs'),
      '<div class="briefhoofd">Gemeente {{organisation.name}} — eigen logo</div>',
    );
    const woo = JSON.parse(readFileSync(join(baseDir, 'annex', 'woo', '2023-04-01.json'), 'utf8'));
    woo.articles = woo.articles.map((a: { number: string }) => ({
      number: a.number,
      verified: true,
      paragraphs: [{ label: '1', text: `Tekst van artikel ${a.number} (test).` }],
    }));
    mkdirSync(join(dir, 'annex', 'woo'));
    writeFileSync(join(dir, 'annex', 'woo', '2023-04-01.json'), JSON.stringify(woo));

    const own = LetterTemplates.load({ baseDir, overrideDir: dir });
    expect(own.version).not.toBe(templates.version);
    expect(own.files.find((f) => f.path === 'partials/briefhoofd.hbs')?.origin).toBe(
      'organisation',
    );
    const letter = renderLetter(own, 'decision', sampleWooDecisionContext(calendar));
    expect(letter.html).toContain('— eigen logo');
    expect(letter.html).toContain('Tekst van artikel 5.1 (test).');
    expect(letter.warnings).toEqual([]);
    expect(letter.templateVersion).toBe(own.version);
    // the base set is unchanged
    expect(renderLetter(templates, 'decision', samples.decision).html).not.toContain('eigen logo');
  });

  it("should print an organisation's unverified text as a placeholder with a warning", () => {
    const woo = JSON.parse(readFileSync(join(baseDir, 'annex', 'woo', '2023-04-01.json'), 'utf8'));
    woo.articles = woo.articles.map((a: { number: string }) =>
      a.number === '5.2' ? { number: '5.2', verified: false, note: 'nog na te lezen' } : a,
    );
    mkdirSync(join(dir, 'annex', 'woo'));
    writeFileSync(join(dir, 'annex', 'woo', '2023-04-01.json'), JSON.stringify(woo));

    const letter = renderLetter(
      LetterTemplates.load({ baseDir, overrideDir: dir }),
      'decision',
      sampleWooDecisionContext(calendar),
    );
    expect(letter.html).toContain(
      '[Tekst van artikel 5.2 Woo niet geverifieerd; zie https://wetten.overheid.nl/BWBR0045754/2023-04-01]',
    );
    expect(letter.warnings.map((w) => w.code)).toEqual(['ANNEX.UNVERIFIED_TEXT']);
    expect(letter.warnings[0].nl).toContain('artikel 5.2 Woo');
  });

  it('should load an organisation directory through LetterRenderer by key', () => {
    const root = join(dir, 'organisations');
    mkdirSync(join(root, 'voorbeeldstad', 'partials'), { recursive: true });
    writeFileSync(
      join(root, 'voorbeeldstad', 'partials', 'aanhef.hbs'),
      '<p class="aanhef">Beste {{requester.name}},</p>',
    );
    const renderer = new LetterRenderer({ templatesDir, organisationTemplatesDir: root });
    expect(
      renderer.render('acknowledgement', samples.acknowledgement, 'voorbeeldstad').html,
    ).toContain('Beste De heer J. Jansen');
    expect(renderer.render('acknowledgement', samples.acknowledgement, 'onbekend').html).toContain(
      'Geachte heer Jansen,',
    );
    expect(renderer.templates('voorbeeldstad')).toBe(renderer.templates('voorbeeldstad'));
    expect(() => renderer.templates('../etc')).toThrow(LetterTemplateError);
  });

  it.each([
    ['{{{organisation.name}}}', 'LETTER.TEMPLATE_UNSAFE'],
    ['{{& organisation.name}}', 'LETTER.TEMPLATE_UNSAFE'],
    ['{{#> stijl}}x{{/stijl}}', 'LETTER.TEMPLATE_UNSAFE'],
    ['{{shout organisation.name}}', 'LETTER.TEMPLATE_SYNTAX'],
    ['{{#if x}}', 'LETTER.TEMPLATE_SYNTAX'],
  ])('should refuse an override with %s', (source, code) => {
    writeFileSync(join(dir, 'partials', 'aanhef.hbs'), source);
    expect(() => LetterTemplates.load({ baseDir, overrideDir: dir })).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('should refuse annex data that does not fit', () => {
    writeFileSync(join(dir, 'annex', 'wob.json'), JSON.stringify({ law: 'wob', title: 'x' }));
    expect(() => LetterTemplates.load({ baseDir, overrideDir: dir })).toThrow(
      expect.objectContaining({ code: 'LETTER.ANNEX_INVALID' }),
    );
  });

  it('should refuse a statute version without its source', () => {
    const wob = JSON.parse(readFileSync(join(baseDir, 'annex', 'wob', '2018-07-28.json'), 'utf8'));
    delete wob.source.commit;
    mkdirSync(join(dir, 'annex', 'wob'));
    writeFileSync(join(dir, 'annex', 'wob', '2018-07-28.json'), JSON.stringify(wob));
    expect(() => LetterTemplates.load({ baseDir, overrideDir: dir })).toThrow(
      expect.objectContaining({
        code: 'LETTER.ANNEX_INVALID',
        message: expect.stringContaining('"source.commit" must name where the text comes from'),
      }),
    );
  });

  it('should refuse an unknown letter kind', () => {
    expect(() => renderLetter(templates, 'brief' as LetterKind, samples.decision)).toThrow(
      LetterTemplateError,
    );
  });
});
