import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageRenderer } from './page-renderer.js';

describe(PageRenderer.name, () => {
  let dir: string;
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  const view = { title: 'T', clerk: null, csrf: 'c', notice: null, errorSummary: [] };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wobdesk-pages-'));
    mkdirSync(join(dir, 'partials'));
    write('layout.hbs', '<title>{{title}}</title>{{> (lookup . "pageTemplate")}}');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should render a page inside the layout, escaping what was typed', () => {
    write('p.hbs', '<p>{{name}} {{date on}}</p>');
    const html = PageRenderer.load(dir).render('p', {
      ...view,
      name: '<b>x</b>',
      on: '2020-05-26',
    });
    expect(html).toBe('<title>T</title><p>&lt;b&gt;x&lt;/b&gt; 26 mei 2020</p>');
  });

  it('should refuse a template with unescaped output', () => {
    write('p.hbs', '<p>{{{name}}}</p>');
    expect(() => PageRenderer.load(dir)).toThrow(/unescaped output on line 1/);
  });

  it('should fail on a missing field instead of printing nothing (strict mode)', () => {
    write('p.hbs', '<p>{{missing.field}}</p>');
    expect(() => PageRenderer.load(dir).render('p', view)).toThrow(/not defined/);
  });

  it('should name an unknown page', () => {
    write('p.hbs', 'x');
    expect(() => PageRenderer.load(dir).render('q', view)).toThrow('No page template q.hbs');
  });
});
