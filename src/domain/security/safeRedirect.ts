/**
 * Where a user-given "go back to" value may send the browser: only to a path on our own origin.
 *
 * The value is judged the way the browser will read the Location header: parsed by the WHATWG
 * URL parser against our origin (which drops tabs and newlines, turns `\` into `/` and resolves
 * `.` segments). Anything that is not plainly a path, or that another decoding step could turn
 * into a way off the origin, is refused rather than repaired.
 */

/** Longer than any link the site makes; beyond this a value is not a path a person followed. */
const MAX_LENGTH = 2048

// Control characters (tab, CR, LF among them) and backslashes: the URL parser drops or rewrites
// them, so what the browser follows would differ from what was checked. (A space inside is
// harmless: it is percent-encoded; a leading one fails the "starts with /" test.)
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/

function escapesAsPath(path: string): boolean {
  return UNSAFE_CHARACTER.test(path) || path.startsWith('//')
}

function decodedOnce(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}

/**
 * The path to redirect to, normalised as the browser would resolve it, or `fallback` when the
 * value is missing, not a path, or could lead to another origin.
 */
export function safeRedirectPath(value: unknown, origin: string, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback
  // A path: one leading slash, nothing the parser would drop or reinterpret.
  if (!value.startsWith('/') || escapesAsPath(value)) return fallback

  const pathPart = value.split(/[?#]/, 1)[0]
  // A component that decodes the path once more ("/%2F%2Fevil", "/%5Cevil", "/%09/evil") must
  // still see a plain path; the query may hold any encoded text.
  const decodedPath = decodedOnce(pathPart)
  if (decodedPath === undefined || escapesAsPath(decodedPath) || /%(?:2f|5c|09|0a|0d|00)/i.test(decodedPath)) return fallback

  let base: URL
  let url: URL
  try {
    base = new URL(origin)
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base.origin || url.username || url.password) return fallback
  // "/.//evil" normalises to "//evil": refuse whatever would read as protocol-relative.
  const result = `${url.pathname}${url.search}${url.hash}`
  if (!result.startsWith('/') || escapesAsPath(url.pathname)) return fallback
  return result
}
