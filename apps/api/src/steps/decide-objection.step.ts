import { datedStep } from './dated-step.js';

export const decideObjection = datedStep({
  command: 'decideObjection',
  api: {
    slug: 'objection-decision',
    handler: 'objectionDecided',
    summary: 'Record the decision on the objection; closes the request',
  },
  page: {
    slug: 'beslissing-op-bezwaar',
    title: 'Beslissing op bezwaar vastleggen',
    notice: 'De beslissing op bezwaar is vastgelegd.',
  },
  letters: ['objection_decision'],
});
