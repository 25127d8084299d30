/**
 * A browser without a browser: follows the redirects of a single sign-on by hand over real HTTP,
 * keeping each host's cookies as a browser would (by host and port; paths and expiry are not
 * needed for the one dance).
 */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: URL): string {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  store(url: URL, response: Response): void {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    this.jars.set(url.host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
  }

  set(host: string, name: string, value: string): void {
    const jar = this.jars.get(host) ?? new Map<string, string>();
    this.jars.set(host, jar);
    jar.set(name, value);
  }

  value(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }
}

/** One request with the jar's cookies, redirects not followed. */
export async function send(
  jar: CookieJar,
  url: string | URL,
  init: { method?: string; form?: Record<string, string> } = {},
): Promise<Response> {
  const target = new URL(url);
  const response = await fetch(target, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: {
      cookie: jar.header(target),
      ...(init.form && { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(init.form && { body: new URLSearchParams(init.form).toString() }),
  });
  jar.store(target, response);
  return response;
}

/** Where a redirect points, absolute. */
export function locationOf(response: Response, base: string | URL): URL {
  const location = response.headers.get('location');
  if (location === null) throw new Error(`no redirect (status ${response.status})`);
  return new URL(location, base);
}

/**
 * From Wobdesk's "Inloggen met …" link through the provider's login page to the moment the
 * provider sends the browser back: returns the callback URL (not yet visited).
 */
export async function signInAtProvider(
  jar: CookieJar,
  wobdesk: string,
  organisationId: string,
  username: string,
  back = '',
): Promise<URL> {
  const start = new URL(`/inloggen/sso/${organisationId}`, wobdesk);
  if (back !== '') start.searchParams.set('terug', back);
  const leaving = await send(jar, start);
  expect(leaving.status).toBe(303);
  let url = locationOf(leaving, start);
  // authorize → interaction page
  const authorize = await send(jar, url);
  expect(authorize.status).toBe(303);
  url = locationOf(authorize, url);
  const loginPage = await send(jar, url);
  expect(loginPage.status).toBe(200);
  const loggedIn = await send(jar, url, { method: 'POST', form: { username } });
  expect(loggedIn.status).toBe(303);
  url = locationOf(loggedIn, url);
  // The resumed authorization sends the browser back to Wobdesk with a code.
  for (let hops = 0; hops < 5 && url.host !== new URL(wobdesk).host; hops++) {
    const resumed = await send(jar, url);
    expect([302, 303]).toContain(resumed.status);
    url = locationOf(resumed, url);
  }
  expect(url.pathname).toBe('/inloggen/sso/terug');
  return url;
}
