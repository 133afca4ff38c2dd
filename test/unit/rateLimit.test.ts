import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/site/lib/rateLimit'

describe('rate limiter', () => {
  it('allows the limit within the window and refuses the next attempt', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    expect(limiter.attempt('a', 0)).toBe(true)
    expect(limiter.attempt('a', 10_000)).toBe(true)
    expect(limiter.attempt('a', 20_000)).toBe(false)
    expect(limiter.retryAfter('a', 20_000)).toBe(40)
    expect(limiter.attempt('b', 20_000)).toBe(true)
  })

  it('allows again once the oldest attempt left the window', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 })
    expect(limiter.attempt('a', 0)).toBe(true)
    expect(limiter.attempt('a', 999)).toBe(false)
    expect(limiter.attempt('a', 1000)).toBe(true)
    expect(limiter.retryAfter('b', 0)).toBe(0)
  })

  it('keeps at most maxKeys keys, forgetting the least recently used', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 })
    limiter.attempt('a', 0)
    limiter.attempt('b', 0)
    limiter.attempt('c', 0)
    expect(limiter.attempt('a', 1)).toBe(true) // 'a' was forgotten
    expect(limiter.attempt('c', 1)).toBe(false)
  })
})
