// What the API prints once it listens: the addresses a newcomer needs and, after `npm run db:seed`,
// the demo login. Printed last, below Nest's start-up log, so that it is what a newcomer sees.
import type { DemoLogin } from '@wobdesk/demo';

/** The block printed when the API listens on `url` (e.g. `http://127.0.0.1:3000`). */
export function startUpNotice(url: string, docsPath: string, login?: DemoLogin): string[] {
  const rule = '-'.repeat(72);
  return [
    rule,
    'Wobdesk is running.',
    `  Clerks log in at:        ${url}/inloggen`,
    `  Requesters submit at:    ${url}/verzoek-indienen`,
    `  A requester's status:    ${url}/status/<token> (the link shown after submitting)`,
    `  JSON API (OpenAPI):      ${url}/${docsPath}`,
    ...(login === undefined
      ? []
      : [`  Demo-login:              ${login.email} / ${login.password}`]),
    rule,
  ];
}
