// PUBLIC_BASE_URL makes the status links in letters and e-mails absolute; without it (or with a
// plain-http address on the internet) a requester gets a link that does not work or is not safe.
import { type CheckResult, fail, ok } from './check-result.js';

const CHECK = 'PUBLIC_BASE_URL';
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function checkPublicBaseUrl(value: string | undefined): CheckResult {
  const example = 'set PUBLIC_BASE_URL=https://woo.example.nl (the address requesters use)';
  if (value === undefined || value.trim() === '') {
    return fail(CHECK, 'not set: status links in letters and e-mails would be relative', example);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail(CHECK, `"${value}" is not an absolute URL`, example);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(CHECK, `"${value}" is not an http(s) address`, example);
  }
  if (url.search !== '' || url.hash !== '') {
    return fail(CHECK, `"${value}" has a query or fragment`, 'leave out everything from ? or #');
  }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    return fail(
      CHECK,
      `${value} uses plain http for a host other than this machine`,
      'use https:// (put Wobdesk behind a TLS proxy); http is only for localhost',
    );
  }
  return ok(CHECK, value.trim());
}
