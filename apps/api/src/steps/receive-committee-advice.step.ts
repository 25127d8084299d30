import { datedStep } from './dated-step.js';

export const receiveCommitteeAdvice = datedStep({
  command: 'receiveCommitteeAdvice',
  api: {
    slug: 'committee-advice',
    handler: 'committeeAdvice',
    summary: "Record the advisory committee's advice on the objection (Awb 7:13)",
  },
  page: {
    slug: 'advies-bezwaarcommissie',
    title: 'Advies bezwaarcommissie vastleggen',
    notice: 'Het advies van de bezwaarcommissie is vastgelegd.',
  },
});
