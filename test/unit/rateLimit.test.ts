import { afterEach, describe, expect, it } from 'vitest'
import { addressKey, clientAddressOf } from '../../src/domain/rateLimit/clientAddress'
import { accountKey, limiter, LIMITS, resetAllLimiters, retryAfterText } from '../../src/domain/rateLimit/limits'
import { createRateLimiter } from '../../src/domain/rateLimit/rateLimiter'
import { forgiveAll, retryAfterOf, takeAll } from '../../src/domain/rateLimit/take'

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

  it('takes back a counted attempt when forgiven', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 })
    expect(limiter.attempt('a', 0)).toBe(true)
    limiter.forgive('a')
    expect(limiter.attempt('a', 1)).toBe(true)
    expect(limiter.attempt('a', 2)).toBe(false)
  })
})

describe('the portal limits', () => {
  afterEach(() => resetAllLimiters())

  it('is one set of limiters per process, whichever bundle asks', () => {
    expect(limiter('loginFailuresPerAddress')).toBe(limiter('loginFailuresPerAddress'))
  })

  it('refuses failed logins per account from many addresses, and says when it works again', () => {
    const account = accountKey('users', 'Coordinator@Example.org ')
    const { limit } = LIMITS.loginFailuresPerAccount
    for (let i = 0; i < limit; i++) {
      expect(takeAll([['loginFailuresPerAddress', `10.0.0.${i}`], ['loginFailuresPerAccount', account]], 'Te veel.', 0).allowed).toBe(true)
    }
    const refused = takeAll([['loginFailuresPerAddress', '10.0.1.1'], ['loginFailuresPerAccount', accountKey('users', 'coordinator@example.org')]], 'Te veel.', 60_000)
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 14 * 60, message: 'Te veel. Probeer het over 14 minuten opnieuw.' })
    // A refused attempt is not counted against the new address.
    expect(limiter('loginFailuresPerAddress').retryAfter('10.0.1.1', 60_000)).toBe(0)
  })

  it('stops one stranger on one account before the account is closed to its owner', () => {
    const pair = LIMITS.loginFailuresPerAccountAndAddress.limit
    expect(pair).toBeLessThan(LIMITS.loginFailuresPerAccount.limit)
    expect(pair).toBeLessThan(LIMITS.loginFailuresPerAddress.limit)
  })

  it('does not count a login that was forgiven (a successful one)', () => {
    const entries: [keyof typeof LIMITS, string][] = [['loginFailuresPerAccount', 'users:a@example.org']]
    for (let i = 0; i < 50; i++) {
      expect(takeAll(entries, 'Te veel.').allowed).toBe(true)
      forgiveAll(entries)
    }
  })

  it('lets a whole office mistype once each in the same quarter of an hour', () => {
    for (let person = 0; person < 30; person++) {
      const verdict = takeAll([['loginFailuresPerAddress', '203.0.113.7'], ['loginFailuresPerAccount', `professionals:p${person}@example.org`]], 'Te veel.', 0)
      expect(verdict.allowed).toBe(true)
    }
  })

  it('phrases the wait in minutes or hours', () => {
    expect(retryAfterText(1)).toBe('Probeer het over 1 minuut opnieuw.')
    expect(retryAfterText(12 * 60 - 5)).toBe('Probeer het over 12 minuten opnieuw.')
    expect(retryAfterText(3 * 3600)).toBe('Probeer het over 3 uur opnieuw.')
  })

  it('reads the wait from a 429 error only', () => {
    expect(retryAfterOf({ status: 429, data: { retryAfterSeconds: 30 } })).toBe(30)
    expect(retryAfterOf({ status: 400, data: { retryAfterSeconds: 30 } })).toBeUndefined()
    expect(retryAfterOf(undefined)).toBeUndefined()
  })
})

describe('client address', () => {
  it('uses the peer, and X-Forwarded-For only from a proxy on this machine or a private network', () => {
    expect(clientAddressOf('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9')
    expect(clientAddressOf('127.0.0.1', '198.51.100.1, 198.51.100.2')).toBe('198.51.100.2')
    expect(clientAddressOf('::ffff:10.1.2.3', '198.51.100.3')).toBe('198.51.100.3')
    expect(clientAddressOf('127.0.0.1', 'not an address')).toBe('127.0.0.1')
    expect(clientAddressOf(undefined, undefined)).toBe('onbekend')
  })

  it('groups IPv6 addresses by their /64 network', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2::ffff')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
  })
})
