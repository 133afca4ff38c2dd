/**
 * A small in-memory rate limiter for the public forms and login: at most `limit` attempts per
 * key (form and client address) in a sliding window. In memory on purpose: the portal is one
 * process; a restart forgives everyone, which is acceptable for forms (Payload's own account
 * lock after repeated failed logins persists in the database).
 */

export interface RateLimiter {
  /** Records an attempt; false when the key is over its limit (the attempt is then not counted). */
  attempt: (key: string, now?: number) => boolean
  /** Seconds until the key may try again (0 when it may now). */
  retryAfter: (key: string, now?: number) => number
}

export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
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
      attempts.delete(key) // re-insert, so the Map's order is least recently used first
      attempts.set(key, list)
      // Keep memory bounded under a flood of addresses: forget the least recently used keys.
      while (attempts.size > maxKeys) attempts.delete(attempts.keys().next().value as string)
      return true
    },
    retryAfter(key, now = Date.now()) {
      const list = recent(key, now)
      if (list.length < limit) return 0
      return Math.max(1, Math.ceil((windowMs - (now - list[0])) / 1000))
    },
  }
}

/** The limiters of the site's forms, shared by all requests of this process. */
export const formRateLimits = {
  login: createRateLimiter({ limit: 10, windowMs: 15 * 60 * 1000 }),
  registration: createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 }),
  passwordReset: createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 }),
  intake: createRateLimiter({ limit: 10, windowMs: 60 * 60 * 1000 }),
  eventRegistration: createRateLimiter({ limit: 20, windowMs: 10 * 60 * 1000 }),
  eventCancellation: createRateLimiter({ limit: 20, windowMs: 10 * 60 * 1000 }),
  membershipApplication: createRateLimiter({ limit: 10, windowMs: 15 * 60 * 1000 }),
  // Enough for a shared office connection, not for a bot.
  newsletterSignup: createRateLimiter({ limit: 10, windowMs: 10 * 60 * 1000 }),
}

/** The visitor's address for rate limiting; never trust it for anything else. */
export function clientKey(form: string, clientAddress: string | undefined): string {
  return `${form}:${clientAddress ?? 'onbekend'}`
}
