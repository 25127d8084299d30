// Every letter kind is complete in every layer: a kind that lacks its template, its sample, the
// register's mapper, an input field's validation or form field, the step that enables it, or a
// line in the docs fails here, naming the kind and the missing part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findTemplatesDir,
  LETTER_DEFINITIONS,
  LETTER_INPUT_FIELD_NAMES,
  LETTER_KINDS,
  type LetterKind,
  LetterTemplates,
  renderLetter,
  sampleLetterContexts,
} from '@wobdesk/letters';
import { LETTER_MAPPERS } from '@wobdesk/correspondence';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { letterKindForms } from '../pages/clerk/letter-forms.js';
import { STEP_CATALOGUE } from '../steps/index.js';
import { GenerateLetterDto } from './letters.dto.js';

const root = process.cwd();
const templatesDir = findTemplatesDir(undefined, root);
const templates = LetterTemplates.load({ baseDir: join(templatesDir, 'letters') });
const samples = sampleLetterContexts(seedCalendar());
const enabled = STEP_CATALOGUE.flatMap((s) => s.letters ?? []);
const docs = readFileSync(join(root, 'docs/letters.md'), 'utf8');
const templatesReadme = readFileSync(join(templatesDir, 'letters/README.md'), 'utf8');

/** The fields the API refuses in a body with `value` for each of `fields`. */
function refusedFields(kind: LetterKind, fields: readonly string[], value: unknown): string[] {
  const body = { kind, ...Object.fromEntries(fields.map((f) => [f, value])) };
  return validateSync(plainToInstance(GenerateLetterDto, body)).map((e) => e.property);
}

const PARTS: readonly { readonly part: string; readonly present: (kind: LetterKind) => boolean }[] =
  [
    { part: 'template', present: (k) => templates.hasTemplate(LETTER_DEFINITIONS[k].template) },
    {
      part: 'sample that renders',
      present: (k) => renderLetter(templates, k, samples[k]).html.includes('Hoogachtend,'),
    },
    { part: 'mapper in the register', present: (k) => typeof LETTER_MAPPERS[k] === 'function' },
    { part: 'enabling step', present: (k) => enabled.includes(k) },
    {
      part: 'API validation of each input field',
      present: (k) => {
        const fields = LETTER_DEFINITIONS[k].input;
        return (
          refusedFields(k, fields, { wrong: 'type' }).sort().join() === [...fields].sort().join()
        );
      },
    },
    {
      part: 'form field for each input field',
      present: (k) => {
        const [form] = letterKindForms('r', [
          { kind: k, inputFields: LETTER_DEFINITIONS[k].input },
        ]);
        return (
          form.fields.every((f) => f.label.length > 0) &&
          form.fields.map((f) => f.name).join() === LETTER_DEFINITIONS[k].input.join()
        );
      },
    },
    { part: 'row in docs/letters.md', present: (k) => docs.includes(`| \`${k}\` |`) },
    {
      part: 'row in templates/letters/README.md',
      present: (k) => templatesReadme.includes(`| \`${k}\` |`),
    },
  ];

/** A part whose check throws (a template that cannot render, say) is missing too. */
function presentWithoutError(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

describe('letter kinds: one declaration, complete in every layer', () => {
  it('should have every part for every kind', () => {
    const missing = LETTER_KINDS.flatMap((kind) =>
      PARTS.filter(({ present }) => !presentWithoutError(() => present(kind))).map(
        ({ part }) => `${kind}: ${part}`,
      ),
    );
    expect({ missing }).toEqual({ missing: [] });
  });

  it('should use every letter template of templates/letters for a kind', () => {
    const used = new Set(Object.values(LETTER_DEFINITIONS).map((d) => d.template));
    const unused = readdirSync(join(templatesDir, 'letters'))
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => f.replace(/\.hbs$/, ''))
      // The page around every letter's body.
      .filter((name) => name !== 'brief' && !used.has(name));
    expect({ unused }).toEqual({ unused: [] });
  });

  it('should let each kind take only declared input fields, and use every declared field', () => {
    const taken = new Set(Object.values(LETTER_DEFINITIONS).flatMap((d) => d.input));
    expect([...taken].sort()).toEqual([...LETTER_INPUT_FIELD_NAMES].sort());
  });

  it('should accept well-typed input and refuse a blank text, naming its field', () => {
    const body = {
      kind: 'objection_acknowledgement',
      repairBy: '2020-07-20',
      missingRequirements: ['uw handtekening'],
      hearingToFollow: true,
    };
    expect(validateSync(plainToInstance(GenerateLetterDto, body))).toEqual([]);
    expect(refusedFields('decision', ['explanation'], '   ')).toEqual(['explanation']);
  });
});
