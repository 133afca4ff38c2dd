import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { compileCampaignMail } from '../../src/cms/newsletter/campaignMail'
import { personalise, renderNewsletterEmail, unsubscribeHeaders } from '../../src/domain/newsletter/emailTemplate'
import { subscriberLinks } from '../../src/domain/newsletter/tokens'

/**
 * The campaign's precomposed message must decode to exactly what `personalise` makes of the
 * edition, for any recipient, with valid quoted-printable lines (at most 76 characters).
 */
const item = (i: number) => ({
  title: `Bijeenkomst ${i}: samenwerken rond jongeren met een (L)VB – één middag`,
  url: `https://lvbinamsterdam.example/agenda/bijeenkomst-${i}`,
  meta: '15 december 2026 om 14:00, Amsterdam',
  summary: 'Een middag over samenwerking rond jongeren met een licht verstandelijke beperking en bijkomende problemen. '.repeat(3),
})

const edition = renderNewsletterEmail({
  siteName: 'Expertisenetwerk (L)VB Amsterdam',
  siteUrl: 'http://localhost:3000',
  title: 'Wintereditie – café, crèche en “aanhalingstekens”',
  intro: 'Wat er speelt in het netwerk. = is geen probleem, een spatie aan het eind ook niet ',
  bodyHtml: `<p>${'Lange tekst zonder einde van de regel, met é en ë en = tekens. '.repeat(40)}</p>`,
  sections: [
    { heading: 'Komende bijeenkomsten', items: [item(1), item(2)] },
    { heading: 'Leeg blok', items: [], emptyText: 'Niets te melden.' },
  ],
  webUrl: 'http://localhost:3000/nieuwsbrief/archief/wintereditie',
  networksLabel: 'Jeugd (L)VB Amsterdam en LVB18+',
})

const from = { name: 'Expertisenetwerk (L)VB Amsterdam', address: 'noreply@lvbinamsterdam.example' }
const input = { from, subject: 'Wintereditie – café', html: edition.html, text: edition.text, listId: 'Nieuwsbrief <nieuwsbrief.localhost>' }

function header(raw: string, name: string): string | undefined {
  const head = raw.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ')
  return head
    .split('\r\n')
    .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim()
}

/** Quoted-printable allows at most 76 characters per line. */
function expectShortBodyLines(raw: string) {
  const [, ...bodies] = raw.split('\r\n\r\n')
  for (const line of bodies.join('\r\n\r\n').split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(76)
}

describe('the precomposed campaign message', () => {
  it('decodes to the personalised edition for every recipient, with their own headers', async () => {
    const compose = await compileCampaignMail(input)
    expect(compose).not.toBeNull()
    const ids = new Set<string>()
    for (const subscriber of ['0b6c1f7e-1111-4c4b-9d7e-aaaaaaaaaaaa', 'ffffffff-2222-4c4b-9d7e-bbbbbbbbbbbb', 'x']) {
      const links = subscriberLinks('een-geheim-van-de-test', 'http://localhost:3000', subscriber)
      const email = `lezer-${subscriber.slice(0, 4)}@example.org`
      const message = compose!(email, links)!
      const raw = message.raw.toString('utf8')
      const parsed = await simpleParser(message.raw)
      expect(parsed.html).toBe(personalise(edition.html, links, true))
      expect(parsed.text?.replace(/\n$/, '')).toBe(personalise(edition.text, links, false).replace(/\r?\n/g, '\n'))
      expect(parsed.subject).toBe('Wintereditie – café')
      expect(parsed.from?.value).toEqual([from])
      expect(header(raw, 'To')).toBe(email)
      expect(header(raw, 'Message-ID')).toBe(message.messageId)
      expect(header(raw, 'List-Unsubscribe')).toBe(unsubscribeHeaders(links.oneClickUrl, from.address)['List-Unsubscribe'])
      expect(header(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
      expect(header(raw, 'List-ID')).toBe('Nieuwsbrief <nieuwsbrief.localhost>')
      expect(message.envelope).toEqual({ from: from.address, to: [email] })
      ids.add(message.messageId)
      expectShortBodyLines(raw)
      expect(raw).not.toMatch(/ontvanger\.invalid|%%/)
    }
    expect(ids.size).toBe(3)
  })

  it('keeps links that sit at the end of a long line intact', async () => {
    const html = `<p>${'x'.repeat(70)}<a href="%%AFMELDEN_URL%%">afmelden</a>${'y'.repeat(90)}<a href="%%VOORKEUREN_URL%%">voorkeuren</a></p>`
    const text = `Afmelden: %%AFMELDEN_URL%%\nVoorkeuren:%%VOORKEUREN_URL%%`
    const compose = await compileCampaignMail({ ...input, html, text })
    const links = subscriberLinks('geheim', 'https://lvbinamsterdam.example', 'abc')
    const message = compose!('a@example.org', links)!
    expectShortBodyLines(message.raw.toString('utf8'))
    const parsed = await simpleParser(message.raw)
    expect(parsed.html).toBe(personalise(html, links, true))
    expect(parsed.text?.replace(/\n$/, '')).toBe(personalise(text, links, false))
  })

  it('leaves unusual addresses to the per-recipient composition', async () => {
    const compose = await compileCampaignMail(input)
    const links = subscriberLinks('geheim', 'http://localhost:3000', 'abc')
    expect(compose!('Lezer <a@example.org>', links)).toBeNull()
    expect(compose!('jöran@example.org', links)).toBeNull()
  })
})
