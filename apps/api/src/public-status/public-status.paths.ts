import { STATUS_API_PATH } from '@wobdesk/workflow';

/** Where the requester's status check lives (`GET /api/status/:token`). */
export const STATUS_ROUTE = 'status';
export const API_STATUS_PATH = STATUS_API_PATH;
