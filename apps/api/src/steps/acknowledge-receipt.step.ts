import { datedStep } from './dated-step.js';

export const acknowledgeReceipt = datedStep({
  command: 'acknowledgeReceipt',
  api: {
    slug: 'acknowledge',
    handler: 'acknowledge',
    summary: 'Acknowledge receipt (ontvangstbevestiging)',
  },
  page: { slug: 'ontvangst-bevestigen', notice: 'De ontvangstbevestiging is vastgelegd.' },
  letters: ['acknowledgement'],
});
