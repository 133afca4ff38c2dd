/**
 * A sliding-window rate limiter kept in memory: at most `limit` counted events per key within
 * `windowMs`. In memory on purpose: the portal is one process, and a restart forgiving everyone
 * is acceptable (Payload's own account lock after many failed logins persists in the database).
 */

export interface RateLimiter {
  /** Counts an event for the key unless it is over its limit; false when refused (then not counted). */
  attempt: (key: string, now?: number) => boolean
  /** Seconds until the key may try again (0 when it may now). Counts nothing. */
  retryAfter: (key: string, now?: number) => number
  /** Takes back the most recent counted event of the key (e.g. a login that turned out right). */
  forgive: (key: string) => void
  /** Forgets every event of the key. */
  reset: (key: string) => void
}

export interface RateLimitOptions {
  limit: number
  windowMs: number
  /** Memory bound under a flood of distinct keys: the least recently used keys are forgotten. */
  maxKeys?: number
}

export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: RateLimitOptions): RateLimiter {
  const events = new Map<string, number[]>()
  const recent = (key: string, now: number) => (events.get(key) ?? []).filter((at) => now - at < windowMs)

  return {
    attempt(key, now = Date.now()) {
      const list = recent(key, now)
      if (list.length >= limit) {
        events.set(key, list)
        return false
      }
      list.push(now)
      events.delete(key) // re-insert, so the Map's order is least recently used first
      events.set(key, list)
      while (events.size > maxKeys) events.delete(events.keys().next().value as string)
      return true
    },
    retryAfter(key, now = Date.now()) {
      const list = recent(key, now)
      if (list.length < limit) return 0
      // The oldest event that must leave the window before one more is allowed.
      const oldest = list[list.length - limit]
      return Math.max(1, Math.ceil((windowMs - (now - oldest)) / 1000))
    },
    forgive(key) {
      const list = events.get(key)
      if (!list) return
      list.pop()
      if (list.length === 0) events.delete(key)
    },
    reset(key) {
      events.delete(key)
    },
  }
}
