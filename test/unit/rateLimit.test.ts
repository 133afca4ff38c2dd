import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/site/lib/rateLimit'

describe('rate limiter', () => {
  it('allows the limit within the window and refuses the next attempt', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 })
    expect(limiter.attempt('a', 0)).toBe(true)
    expect(limiter.attempt('a', 10)).toBe(true)
    expect(limiter.attempt('a', 20)).toBe(false)
    expect(limiter.attempt('b', 20)).toBe(true)
    expect(limiter.retryAfter('a', 500)).toBe(1)
  })
  it('allows again once the oldest attempt left the window', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 })
    expect(limiter.attempt('a', 0)).toBe(true)
    expect(limiter.attempt('a', 999)).toBe(false)
    expect(limiter.attempt('a', 1000)).toBe(true)
    expect(limiter.retryAfter('b', 0)).toBe(0)
  })
})
