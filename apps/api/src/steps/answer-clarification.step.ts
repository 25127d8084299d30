import { datedStep } from './dated-step.js';

export const answerClarification = datedStep({
  command: 'answerClarification',
  api: {
    slug: 'clarification-answers',
    handler: 'clarified',
    summary: 'Record the answer to the clarification request',
  },
  page: { slug: 'precisering-ontvangen', notice: 'De precisering is vastgelegd.' },
});
