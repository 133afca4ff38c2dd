import { describe, expect, it } from 'vitest'
import {
  INVITATION_VALID_DAYS,
  INVITATION_VALID_MS,
  PASSWORD_RESET_VALID_MS,
  tokenExpired,
  tokenMessages,
  VERIFICATION_VALID_MS,
} from '../../src/domain/auth/tokenLifetimes'

describe('token lifetimes', () => {
  it('are short: an hour to reset, a day to confirm, three days to accept an invitation', () => {
    expect(PASSWORD_RESET_VALID_MS).toBe(60 * 60 * 1000)
    expect(VERIFICATION_VALID_MS).toBe(24 * 60 * 60 * 1000)
    expect(INVITATION_VALID_DAYS).toBe(3)
    expect(INVITATION_VALID_MS).toBe(3 * 24 * 60 * 60 * 1000)
  })

  it('count a token as expired at its expiry, and without a recorded expiry', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    expect(tokenExpired('2026-12-01T12:00:01Z', now)).toBe(false)
    expect(tokenExpired('2026-12-01T12:00:00Z', now)).toBe(true)
    expect(tokenExpired('2026-12-01T11:59:59Z', now)).toBe(true)
    expect(tokenExpired(null, now)).toBe(true)
    expect(tokenExpired('geen datum', now)).toBe(true)
  })

  it('have a Dutch message for each way a link is refused', () => {
    for (const kind of Object.values(tokenMessages)) {
      expect(kind.ongeldig).toMatch(/link/)
      expect(kind.verlopen).toMatch(/verlopen/)
    }
  })
})
