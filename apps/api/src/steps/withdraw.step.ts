import { datedStep } from './dated-step.js';

export const withdraw = datedStep({
  command: 'withdraw',
  api: {
    slug: 'withdraw',
    handler: 'withdraw',
    summary: 'Record that the requester withdrew the request',
  },
  page: {
    slug: 'intrekken',
    title: 'Intrekking door de verzoeker vastleggen',
    notice: 'De intrekking is vastgelegd.',
  },
});
