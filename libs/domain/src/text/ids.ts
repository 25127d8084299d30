/**
 * The shape of the ids Wobdesk gives requests, users, sessions and letters (UUIDs, any version).
 * A value of another shape is no id: callers answer "not found" without asking the database.
 */
export const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
