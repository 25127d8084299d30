import { datedStep } from './dated-step.js';

export const sendDecision = datedStep({
  command: 'sendDecision',
  api: {
    slug: 'sending',
    handler: 'send',
    summary: 'Record the sending of the decision (bekendmaking); the objection window starts',
  },
  page: {
    slug: 'verzending',
    title: 'Verzending van het besluit vastleggen',
    notice: 'De verzending is vastgelegd; de bezwaartermijn loopt.',
  },
  // Only when a third party is expected to object to the disclosure.
  letters: ['third_party_disclosure'],
});
