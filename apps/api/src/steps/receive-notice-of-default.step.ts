import { datedStep } from './dated-step.js';

export const receiveNoticeOfDefault = datedStep({
  command: 'receiveNoticeOfDefault',
  api: {
    slug: 'notices-of-default',
    handler: 'default',
    summary: 'Record a notice of default (ingebrekestelling, Awb 6:12)',
  },
  page: {
    slug: 'ingebrekestelling',
    title: 'Ingebrekestelling vastleggen',
    notice: 'De ingebrekestelling is vastgelegd.',
  },
});
