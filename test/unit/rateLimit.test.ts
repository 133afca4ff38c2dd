import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/site/lib/rateLimit'

describe('the form rate limiter', () => {
  it('allows the limit within the window, then refuses, then allows again', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 })
    expect(limiter.attempt('ip', 0)).toBe(true)
    expect(limiter.attempt('ip', 10)).toBe(true)
    expect(limiter.attempt('ip', 20)).toBe(false)
    expect(limiter.attempt('other', 20)).toBe(true)
    expect(limiter.attempt('ip', 1001)).toBe(true)
  })
})
