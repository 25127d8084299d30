import { datedStep } from './dated-step.js';

export const closeAsFinal = datedStep({
  command: 'closeAsFinal',
  api: {
    slug: 'close',
    handler: 'close',
    summary: 'Close: the decision is final (after the objection window and postal week)',
  },
  page: {
    slug: 'afsluiten',
    title: 'Afsluiten (besluit onherroepelijk)',
    notice: 'Het verzoek is afgesloten.',
  },
});
