/**
 * A small in-memory rate limiter for public forms (Payload has none per IP). Sliding window per
 * key (e.g. "nieuwsbrief:" + IP address); one process serves the site, so memory is enough.
 * A restart forgets the counts, which is acceptable for slowing down bots and mistakes.
 */
export interface RateLimiter {
  /** Records an attempt and says whether it is within the limit. */
  attempt: (key: string, now?: number) => boolean
}

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const hits = new Map<string, number[]>()
  let lastSweep = 0
  return {
    attempt(key, now = Date.now()) {
      if (now - lastSweep > windowMs) {
        // Forget keys whose window has passed, so the map cannot grow without bound.
        for (const [k, times] of hits) if (times.every((t) => now - t >= windowMs)) hits.delete(k)
        lastSweep = now
      }
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return false
      }
      recent.push(now)
      hits.set(key, recent)
      return true
    },
  }
}
