/**
 * A small in-memory rate limiter for the public forms (one process, one port, so memory is
 * shared by every request). A fixed window per key: `limit` attempts per `windowMs`.
 * Restarting the server resets it, which is acceptable for spam protection.
 */
export interface RateLimiter {
  /** Counts an attempt for `key`; false when the key has used up its attempts in this window. */
  attempt: (key: string, now?: number) => boolean
}

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    attempt(key, now = Date.now()) {
      // Forget finished windows now and then, so the map does not grow without bound.
      if (windows.size > 10_000) {
        for (const [storedKey, window] of windows) if (now - window.start >= windowMs) windows.delete(storedKey)
      }
      const window = windows.get(key)
      if (!window || now - window.start >= windowMs) {
        windows.set(key, { start: now, count: 1 })
        return true
      }
      window.count += 1
      return window.count <= limit
    },
  }
}

/** The client's address as the rate-limit key (Astro knows it in middleware mode). */
export function clientKey(astro: { clientAddress?: string; request: Request }): string {
  try {
    if (astro.clientAddress) return astro.clientAddress
  } catch {
    // Astro throws when the adapter cannot tell the address; fall through.
  }
  return 'onbekend'
}
