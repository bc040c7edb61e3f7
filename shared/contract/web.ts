/** How the web preview's page and server agree on the per-run token. */
export const TOKEN_HEADER = 'x-cnscd-token';
export const TOKEN_META = 'cnscd-api-token';
export const TOKEN_QUERY = 't';
export const BRIDGE_SCRIPT = 'assets/web-bridge.js';
