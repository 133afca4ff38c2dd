import { describe, expect, it } from 'vitest'
import { confirmationUrl, signToken, subscriberLinks, verifyToken } from '../../src/domain/newsletter/tokens'

const secret = 'unit-test-secret'

describe('newsletter tokens', () => {
  it('verifies a token for its own purpose and gives the subject back', () => {
    const token = signToken(secret, 'afmelden', 'abc-123')
    expect(verifyToken(secret, 'afmelden', token)).toEqual({ ok: true, subject: 'abc-123' })
  })

  it('refuses a token of another purpose (a preferences link cannot unsubscribe or confirm)', () => {
    const token = signToken(secret, 'voorkeuren', 'abc-123')
    expect(verifyToken(secret, 'afmelden', token)).toEqual({ ok: false, reason: 'ongeldig' })
    expect(verifyToken(secret, 'bevestigen', token)).toEqual({ ok: false, reason: 'ongeldig' })
  })

  it('refuses a token signed with another secret', () => {
    const token = signToken('other-secret', 'afmelden', 'abc-123')
    expect(verifyToken(secret, 'afmelden', token).ok).toBe(false)
  })

  it('refuses a token whose subject was changed', () => {
    const token = signToken(secret, 'afmelden', 'abc-123')
    const [, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ p: 'afmelden', s: 'someone-else', e: 0 })).toString('base64url')}.${signature}`
    expect(verifyToken(secret, 'afmelden', forged)).toEqual({ ok: false, reason: 'ongeldig' })
  })

  it('refuses garbage without throwing', () => {
    for (const value of [null, undefined, '', 'abc', 'a.b.c', '.', 'x'.repeat(5000), 'eyJ9.AAAA']) {
      expect(verifyToken(secret, 'afmelden', value as string).ok).toBe(false)
    }
  })

  it('lets a confirmation token expire', () => {
    const now = new Date('2026-11-23T12:00:00Z')
    const token = signToken(secret, 'bevestigen', 's1', { expiresAt: new Date('2026-11-30T12:00:00Z') })
    expect(verifyToken(secret, 'bevestigen', token, now).ok).toBe(true)
    expect(verifyToken(secret, 'bevestigen', token, new Date('2026-11-30T12:00:01Z'))).toEqual({ ok: false, reason: 'verlopen' })
  })

  it('builds the personal links on the site, with the right purposes', () => {
    const links = subscriberLinks(secret, 'https://portaal.example/', 's1')
    expect(links.unsubscribeUrl).toMatch(/^https:\/\/portaal\.example\/nieuwsbrief\/afmelden\?token=/)
    expect(links.oneClickUrl).toMatch(/^https:\/\/portaal\.example\/nieuwsbrief\/afmelden\/one-click\?token=/)
    const token = decodeURIComponent(new URL(links.preferencesUrl).searchParams.get('token') ?? '')
    expect(verifyToken(secret, 'voorkeuren', token)).toEqual({ ok: true, subject: 's1' })
    const confirm = decodeURIComponent(new URL(confirmationUrl(secret, 'https://portaal.example', 's1')).searchParams.get('token') ?? '')
    expect(verifyToken(secret, 'bevestigen', confirm)).toEqual({ ok: true, subject: 's1' })
  })
})
