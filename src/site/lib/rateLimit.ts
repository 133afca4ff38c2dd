/**
 * A small in-memory rate limiter for public forms and login: at most `limit` attempts per key
 * (usually "form:ip") in a sliding window. In memory on purpose: the portal is one process; a
 * restart forgives everyone, which is acceptable for forms (Payload's own account lock after
 * repeated failed logins persists in the database).
 */

export interface RateLimiter {
  /** Records an attempt; false when the key is over its limit (the attempt is then not counted). */
  attempt: (key: string, now?: number) => boolean
  /** Seconds until the key may try again (0 when it may now). */
  retryAfter: (key: string, now?: number) => number
}

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const attempts = new Map<string, number[]>()
  const recent = (key: string, now: number) => (attempts.get(key) ?? []).filter((at) => now - at < windowMs)

  return {
    attempt(key, now = Date.now()) {
      const list = recent(key, now)
      if (list.length >= limit) {
        attempts.set(key, list)
        return false
      }
      list.push(now)
      attempts.set(key, list)
      // Keep the map from growing without bound: drop keys whose attempts all expired.
      if (attempts.size > 10_000) for (const [k, v] of attempts) if (v.every((at) => now - at >= windowMs)) attempts.delete(k)
      return true
    },
    retryAfter(key, now = Date.now()) {
      const list = recent(key, now)
      if (list.length < limit) return 0
      return Math.ceil((windowMs - (now - list[0])) / 1000)
    },
  }
}

/** The limiters of the account and intake forms, shared by all requests of this process. */
export const accountRateLimits = {
  login: createRateLimiter({ limit: 10, windowMs: 15 * 60 * 1000 }),
  registration: createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 }),
  passwordReset: createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 }),
  intake: createRateLimiter({ limit: 10, windowMs: 60 * 60 * 1000 }),
}

/** The visitor's address for rate limiting; never trust it for anything else. */
export function clientKey(form: string, clientAddress: string | undefined): string {
  return `${form}:${clientAddress ?? 'onbekend'}`
}
