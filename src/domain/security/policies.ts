/**
 * The browser security policies of the portal, in one place: the site's Content-Security-Policy
 * (Astro adds the hashes of the scripts and styles it emits to script-src and style-src), the
 * admin's, and a closed policy for everything that is not a page of its own (API answers, media,
 * static files, feeds). Plus the headers every response carries.
 */

/** Directives of every site page besides script-src/style-src, which Astro writes with hashes. */
export const siteCspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const

/**
 * style-src-attr: Lexical's HTML converters (underline, strike-through, alignment, indents, table
 * cells) and a React island (the route map's progress bar) write style attributes. A style
 * attribute cannot run script or style other elements; scripts stay hash-only.
 */
export const siteStyleResources = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }]
export const siteScriptResources = ["'self'"]

/**
 * The admin (Payload on Next). Next's own inline scripts carry the per-request nonce (Next reads
 * it from the request's CSP header). Styles must stay open: Payload's React components set style
 * attributes and inject <style> elements at run time, which neither hashes nor nonces can cover.
 */
export function adminCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Everything that is not a page: JSON, media files, feeds, static files. Nothing may run; an
 * uploaded SVG or an HTML answer opened directly renders inert. Inline styles and images stay
 * allowed for the newsletter preview and e-mail HTML the API shows.
 */
export const closedCsp = [
  "default-src 'none'",
  "img-src 'self' data:",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The search index: Pagefind runs in a Web Worker, and a worker lives under the policy of its own
 * script's response. It fetches the index and compiles its WebAssembly core, nothing else.
 */
export const searchIndexCsp = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'browsing-topics=()',
].join(', ')

/** One year, with subdomains: only sent when SERVER_URL is https. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains'

export const referrerPolicy = 'strict-origin-when-cross-origin'
