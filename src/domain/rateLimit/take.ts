import { limiter, retryAfterText, type LimitName } from './limits'

export const TOO_MANY_REQUESTS = 429

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string }

/**
 * Counts one event in several limiters at once (e.g. per address and per account), or in none
 * when any of them is full: a refused attempt costs nothing, so waiting always helps. A key
 * that is undefined (no address known, e.g. a script) skips that limiter.
 */
export function takeAll(entries: [LimitName, string | undefined][], refusal: string, now = Date.now()): LimitVerdict {
  const present = entries.filter((entry): entry is [LimitName, string] => entry[1] !== undefined)
  const wait = Math.max(0, ...present.map(([name, key]) => limiter(name).retryAfter(key, now)))
  if (wait > 0) return { allowed: false, retryAfterSeconds: wait, message: `${refusal} ${retryAfterText(wait)}` }
  for (const [name, key] of present) limiter(name).attempt(key, now)
  return { allowed: true }
}

/** Takes back one counted event (a login attempt that turned out to be right). */
export function forgiveAll(entries: [LimitName, string | undefined][]): void {
  for (const [name, key] of entries) if (key !== undefined) limiter(name).forgive(key)
}

/** One limiter, one key: the site's form limits. */
export function take(name: LimitName, key: string | undefined, refusal: string, now = Date.now()): LimitVerdict {
  return takeAll([[name, key]], refusal, now)
}

/**
 * The wait in seconds carried by a 429 refusal (Payload's APIError with `data.retryAfterSeconds`),
 * or undefined for any other error. By shape, not by class: the site's bundle and Payload's may
 * hold different copies of the class.
 */
export function retryAfterOf(error: unknown): number | undefined {
  const candidate = error as { status?: unknown; data?: { retryAfterSeconds?: unknown } } | undefined
  if (candidate?.status !== TOO_MANY_REQUESTS) return undefined
  const seconds = candidate.data?.retryAfterSeconds
  return typeof seconds === 'number' ? seconds : undefined
}
