import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { looksLikeToken, REDACTED, redactDeep, redactSecrets, redactUrl } from '../../src/domain/email/redactSecrets'
import { confirmationUrl, subscriberLinks } from '../../src/domain/newsletter/tokens'

const site = 'https://lvbinamsterdam.example'
const hex = () => crypto.randomBytes(20).toString('hex') // Payload's reset and verification tokens
const cancel = () => crypto.randomBytes(32).toString('base64url') // event cancel tokens

describe('redacting secret links for the email log', () => {
  it('redacts every token link the portal sends', () => {
    const subscriber = subscriberLinks('secret', site, 'abonnee-1')
    const links = [
      `${site}/admin/reset/${hex()}`,
      `${site}/admin/users/verify/${hex()}`,
      `${site}/account/bevestigen?token=${hex()}`,
      `${site}/account/wachtwoord-herstellen?token=${hex()}`,
      confirmationUrl('secret', site, 'abonnee-1'),
      subscriber.unsubscribeUrl,
      subscriber.oneClickUrl,
      subscriber.preferencesUrl,
      `${site}/agenda/afmelden?token=${encodeURIComponent(cancel())}`,
    ]
    for (const link of links) {
      const redacted = redactUrl(link)
      expect(redacted, link).toContain(REDACTED)
      const secret = link.split(/[/=]/).pop()!
      expect(redacted, link).not.toContain(secret)
    }
  })

  it('redacts by default: an unknown parameter, a fragment, a token-like path segment', () => {
    expect(redactUrl(`${site}/nieuw?sleutel=abc`)).toBe(`${site}/nieuw?sleutel=${REDACTED}`)
    expect(redactUrl(`${site}/x#access_token=abc&type=y`)).toBe(`${site}/x#access_token=${REDACTED}&type=${REDACTED}`)
    const token = cancel()
    expect(redactUrl(`${site}/iets/${token}/verder`)).toBe(`${site}/iets/${REDACTED}/verder`)
    expect(redactUrl(`${site}/iets/${token}.ics`)).toBe(`${site}/iets/${REDACTED}`)
  })

  it('keeps what is not secret: document IDs, slugs, file names, the site’s filters', () => {
    const kept = [
      `${site}/admin/collections/caseQuestions/3f2a4c1e-9b7d-4e6f-8a1b-2c3d4e5f6a7b`,
      `${site}/agenda/netwerkbijeenkomst-voorjaar-2027`,
      `${site}/aanbod?hulp=behandeling&pagina=2`,
      `${site}/api/media/file/jaarverslag-2025.pdf`,
      `${site}/routekaart/jeugd?pad=1.2.1`,
      `${site}/nieuwsbrief/archief`,
      'mailto:coordinator@example.org?subject=Afmelden',
    ]
    for (const link of kept) expect(redactSecrets(link)).toBe(link)
  })

  it('finds links in HTML (escaped ampersands, relative links), in text and in headers', () => {
    const token = hex()
    const html = `<p><a href="${site}/account/bevestigen?token=${token}&amp;netwerk=jeugd">Bevestigen</a> of <a href='/agenda/afmelden?token=${token}'>afmelden</a></p>`
    const redacted = redactSecrets(html)
    expect(redacted).not.toContain(token)
    expect(redacted).toContain(`token=${REDACTED}&amp;netwerk=jeugd`)
    expect(redactSecrets(`Open deze link (${site}/admin/reset/${token}).`)).toBe(`Open deze link (${site}/admin/reset/${REDACTED}).`)
    const headers = { 'List-Unsubscribe': `<${site}/nieuwsbrief/afmelden/one-click?token=${token}>, <mailto:afmelden@example.org>` }
    expect(JSON.stringify(redactDeep(headers))).not.toContain(token)
  })

  it('redacts every string of a message, attachments included, and leaves the rest', () => {
    const token = cancel()
    const message = { subject: 'Aanmelding', count: 2, attachments: [{ filename: 'a.ics', content: `URL:${site}/agenda/afmelden?token=${token}` }], none: null }
    const redacted = redactDeep(message)
    expect(JSON.stringify(redacted)).not.toContain(token)
    expect(redacted.count).toBe(2)
    expect(redacted.none).toBeNull()
    expect(redacted.attachments[0].filename).toBe('a.ics')
  })

  it('recognises random tokens as tokens, every time', () => {
    for (let i = 0; i < 2000; i++) {
      expect(looksLikeToken(hex())).toBe(true)
      expect(looksLikeToken(cancel())).toBe(true)
    }
    for (const word of ['netwerkbijeenkomst-voorjaar-2027', 'jeugdhulpverlening', '3f2a4c1e-9b7d-4e6f-8a1b-2c3d4e5f6a7b', '20261123164324', 'caseQuestions']) {
      expect(looksLikeToken(word), word).toBe(false)
    }
  })

  it('is idempotent: redacting the stored copy again changes nothing', () => {
    const text = `${site}/admin/reset/${hex()} en ${subscriberLinks('s', site, 'x').oneClickUrl}`
    const once = redactSecrets(text)
    expect(redactSecrets(once)).toBe(once)
  })
})
