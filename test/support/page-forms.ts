import type { TestApi } from './api-app.js';

/**
 * Posts a form of a page as the browser would: the page at `pagePath` is loaded first for its
 * CSRF token (hidden field + cookie) and the request's current version, then `fields` go to
 * `action` as application/x-www-form-urlencoded. `cookie` is the clerk's session cookie.
 */
export async function postPageForm(
  api: TestApi,
  cookie: string,
  pagePath: string,
  action: string,
  fields: Record<string, string | readonly string[]>,
) {
  const page = await api.http().get(pagePath).set('cookie', cookie).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
  const csrf = ([] as string[])
    .concat(page.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0]);
  // A list is sent as the browser sends a multi-select: the same name once per choice.
  const body = new URLSearchParams({ _csrf: token, ...(version !== undefined && { version }) });
  for (const [name, value] of Object.entries(fields)) {
    for (const v of typeof value === 'string' ? [value] : value) body.append(name, v);
  }
  return api
    .http()
    .post(action)
    .set('cookie', [cookie, ...csrf].join('; '))
    .type('form')
    .send(body.toString());
}
