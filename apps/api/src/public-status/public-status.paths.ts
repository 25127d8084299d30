/** Where the requester's status check lives (`GET /api/status/:token`). */
export const STATUS_ROUTE = 'status';
export const API_STATUS_PATH = `/api/${STATUS_ROUTE}`;
/** The requester's status page (HTML, issue 6): the link a requester gets. */
export const STATUS_PAGE_PATH = '/status';
