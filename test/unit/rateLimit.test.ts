import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/site/lib/rateLimit'

describe('createRateLimiter', () => {
  it('allows `limit` attempts per key in the window, then refuses until the oldest expires', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    expect(limiter.hit('a', 0).allowed).toBe(true)
    expect(limiter.hit('a', 10_000).allowed).toBe(true)
    expect(limiter.hit('a', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 })
    expect(limiter.hit('b', 20_000).allowed).toBe(true)
    expect(limiter.hit('a', 60_001).allowed).toBe(true)
  })

  it('keeps at most maxKeys keys', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 })
    limiter.hit('a', 0)
    limiter.hit('b', 0)
    limiter.hit('c', 0)
    // 'a' was dropped, so it is allowed again
    expect(limiter.hit('a', 1).allowed).toBe(true)
    expect(limiter.hit('c', 1).allowed).toBe(false)
  })
})
