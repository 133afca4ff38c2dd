/**
 * What a page can tell the server's page cache (src/server/pageCache.ts), beyond standard HTTP
 * (`Cache-Control: private, no-store` keeps a response out of every cache).
 */

/**
 * A side effect to repeat whenever the page's stored copy is served instead of rendered: the
 * routekaart counts a view per step shown (the value is the counter's key). Internal: the server
 * removes it from every response.
 */
export const REPLAY_HEADER = 'x-portal-replay'

/**
 * For pages whose every view must reach the server (the routekaart counts views): shared caches
 * (CDN, proxy) may store the page but must ask the server each time; the server answers from its
 * own cache, or 304.
 */
export const REVALIDATE_EVERY_TIME = 'public, no-cache'
