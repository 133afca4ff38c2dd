/**
 * A small in-memory rate limiter for the public forms: at most `limit` attempts per key (form and
 * client address) in a sliding window. In memory on purpose: the portal is one process, and a
 * restart forgetting the counts is harmless.
 */
export interface RateLimitResult {
  allowed: boolean
  /** Seconds until the next attempt is allowed (0 when allowed). */
  retryAfterSeconds: number
}

export interface RateLimiter {
  hit: (key: string, now?: number) => RateLimitResult
}

export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const hits = new Map<string, number[]>()
  return {
    hit(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((time) => time > now - windowMs)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) }
      }
      recent.push(now)
      hits.delete(key) // re-insert so the Map's order is least-recently-used first
      hits.set(key, recent)
      // Keep memory bounded under a flood of addresses: drop the oldest keys.
      while (hits.size > maxKeys) hits.delete(hits.keys().next().value as string)
      return { allowed: true, retryAfterSeconds: 0 }
    },
  }
}

/** The limiters of the site's forms, shared by every request in the process. */
const limiters = new Map<string, RateLimiter>()

export function formRateLimiter(form: string, options = { limit: 20, windowMs: 10 * 60_000 }): RateLimiter {
  let limiter = limiters.get(form)
  if (!limiter) {
    limiter = createRateLimiter(options)
    limiters.set(form, limiter)
  }
  return limiter
}
