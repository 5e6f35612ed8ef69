/**
 * Emitted on the HTTP server when a graceful shutdown begins: long-lived responses (event
 * streams) end then, so their clients reconnect elsewhere instead of holding the shutdown.
 */
export const DRAINING = 'helpdesk:draining';
