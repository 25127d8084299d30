import { datedStep } from './dated-step.js';

export const receiveThirdPartyView = datedStep({
  command: 'receiveThirdPartyView',
  api: {
    slug: 'third-party-view-responses',
    handler: 'viewIn',
    summary: "Record the third party's view",
  },
  page: {
    slug: 'zienswijze-ontvangen',
    title: 'Zienswijze ontvangen',
    notice: 'De zienswijze is vastgelegd.',
  },
});
