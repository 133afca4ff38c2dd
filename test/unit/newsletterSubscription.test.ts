import { describe, expect, it } from 'vitest'
import { personalise, renderNewsletterEmail, unsubscribeHeaders } from '../../src/domain/newsletter/emailTemplate'
import {
  CONSENT_TEXT,
  confirmChange,
  fieldErrors,
  mayMailConfirmation,
  signUpChange,
  subscriptionSchema,
  unsubscribeChange,
} from '../../src/domain/newsletter/subscription'

const now = new Date('2026-11-23T10:00:00Z')
const input = subscriptionSchema.parse({ email: ' Anna@Example.ORG ', networks: ['jeugd'], form: 'homepagina' })

describe('the sign-up form', () => {
  it('normalises the address and keeps the form it came from', () => {
    expect(input).toMatchObject({ email: 'anna@example.org', networks: ['jeugd'], form: 'homepagina' })
  })

  it('gives Dutch errors per field', () => {
    const result = subscriptionSchema.safeParse({ email: 'geen-adres', networks: [], website: 'spam' })
    expect(result.success).toBe(false)
    if (result.success) return
    const errors = fieldErrors(result.error)
    expect(errors.email).toMatch(/geldig e-mailadres/)
    expect(errors.networks).toBe('Kies minstens één netwerk.')
    expect(errors.website).toBeDefined()
  })

  it('accepts a single network as a string (one ticked checkbox)', () => {
    expect(subscriptionSchema.parse({ email: 'a@b.nl', networks: 'volwassenen' }).networks).toEqual(['volwassenen'])
  })
})

describe('subscriber state changes', () => {
  it('records consent and asks for a confirmation mail on a new sign-up', () => {
    const { data, mailed } = signUpChange(undefined, input, now)
    expect(mailed).toBe(true)
    expect(data).toMatchObject({ status: 'onbevestigd', confirmationSentAt: now.toISOString(), consent: { text: CONSENT_TEXT, form: 'homepagina', givenAt: now.toISOString() } })
  })

  it('mails at most once an hour per address', () => {
    const sentAt = new Date(now.getTime() - 30 * 60 * 1000).toISOString()
    expect(mayMailConfirmation(sentAt, now)).toBe(false)
    expect(signUpChange({ status: 'onbevestigd', confirmationSentAt: sentAt }, input, now).data).not.toHaveProperty('confirmationSentAt')
    expect(mayMailConfirmation(new Date(now.getTime() - 61 * 60 * 1000).toISOString(), now)).toBe(true)
  })

  it('does not let a form change an active subscriber’s networks', () => {
    const { data } = signUpChange({ status: 'actief' }, input, now)
    expect(data).not.toHaveProperty('networks')
    expect(data).not.toHaveProperty('status')
  })

  it('re-subscribes after unsubscribing, and the history shows it', () => {
    const unsubscribed = { status: 'afgemeld' as const, history: [{ action: 'Afgemeld via de afmeldpagina', at: '2026-01-01T00:00:00.000Z' }] }
    const signUp = signUpChange(unsubscribed, input, now).data as { history: { action: string; at: string }[] }
    expect(signUp.history.at(-1)?.action).toMatch(/Opnieuw aangemeld na afmelding/)
    const confirm = confirmChange({ ...unsubscribed, history: signUp.history }, '192.0.2.1', now)
    expect(confirm).toMatchObject({ status: 'actief', unsubscribedAt: null, consent: { confirmedIp: '192.0.2.1', confirmedAt: now.toISOString() } })
    expect(confirm?.history.map((h) => h.action)).toHaveLength(3)
  })

  it('unsubscribes once', () => {
    expect(unsubscribeChange({ status: 'actief' }, 'one-click', now)).toMatchObject({ status: 'afgemeld', unsubscribedAt: now.toISOString() })
    expect(unsubscribeChange({ status: 'afgemeld' }, 'one-click', now)).toBeUndefined()
  })
})

describe('the newsletter email', () => {
  const { html, text } = renderNewsletterEmail({
    siteName: 'Expertisenetwerk',
    siteUrl: 'https://portaal.example',
    title: 'Nieuws <herfst>',
    intro: 'Kort nieuws.',
    bodyHtml: '<p>Hallo <a href="https://portaal.example/x">lees</a></p>',
    sections: [{ heading: 'Komende bijeenkomsten', items: [{ title: 'Netwerkdag', url: 'https://portaal.example/agenda/netwerkdag', meta: '1 december 2026' }] }],
    webUrl: 'https://portaal.example/nieuwsbrief/archief/herfst',
    networksLabel: 'Jeugd (L)VB Amsterdam',
  })

  it('is a table layout with escaped text, images with alt, and a web-version link', () => {
    expect(html).toContain('role="presentation"')
    expect(html).toContain('Nieuws &lt;herfst&gt;')
    expect(html).toMatch(/<img [^>]*alt="Logo Expertisenetwerk"/)
    expect(html).toContain('https://portaal.example/nieuwsbrief/archief/herfst')
    expect(html).not.toMatch(/<style/)
  })

  it('has a text part with the same content and links', () => {
    expect(text).toContain('NIEUWS <HERFST>')
    expect(text).toContain('Netwerkdag')
    expect(text).toContain('https://portaal.example/agenda/netwerkdag')
    expect(text).toContain('Webversie: https://portaal.example/nieuwsbrief/archief/herfst')
  })

  it('fills in each recipient’s own links', () => {
    const links = { unsubscribeUrl: 'https://portaal.example/nieuwsbrief/afmelden?token=a&b', preferencesUrl: 'https://portaal.example/nieuwsbrief/voorkeuren?token=c' }
    expect(personalise(html, links, true)).toContain('href="https://portaal.example/nieuwsbrief/afmelden?token=a&amp;b"')
    expect(personalise(text, links, false)).toContain('Afmelden: https://portaal.example/nieuwsbrief/afmelden?token=a&b')
    expect(personalise(html, links, true)).not.toContain('%%')
  })

  it('carries both RFC 8058 headers', () => {
    expect(unsubscribeHeaders('https://p.example/one-click?token=x', 'noreply@p.example')).toEqual({
      'List-Unsubscribe': '<https://p.example/one-click?token=x>, <mailto:noreply@p.example?subject=afmelden>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })
})
