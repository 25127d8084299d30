/** Where the requester's status check lives (`GET /api/status/:token`). */
export const STATUS_ROUTE = 'status';
export const API_STATUS_PATH = `/api/${STATUS_ROUTE}`;
