// Lets a child process run the TypeScript sources directly (`node --import ./test/support/ts-loader.mjs x.ts`),
// the way Jest does: each file transpiled on its own (isolatedModules, decorator metadata), the
// @wobdesk/<lib> aliases resolved to libs/<lib>/src/index.ts, `./x.js` imports to `./x.ts`.
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
