import { STATUS_API_PATH, STATUS_PAGE_PATH as WORKFLOW_STATUS_PAGE_PATH } from '@wobdesk/register';

/** Where the requester's status check lives (`GET /api/status/:token`). */
export const STATUS_ROUTE = 'status';
export const API_STATUS_PATH = STATUS_API_PATH;
/** The requester's status page (HTML): the link a requester gets. */
export const STATUS_PAGE_PATH = WORKFLOW_STATUS_PAGE_PATH;
