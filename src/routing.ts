/** Paths the Next app (Payload's admin and API) answers; the Astro site answers the rest. */
export function isCmsPath(pathname: string): boolean {
  return /^\/(admin|api|_next)(\/|$)/.test(pathname)
}
