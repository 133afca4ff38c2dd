import { describe, expect, it } from 'vitest'
import { hoistIslandStyle, MAX_TITLE_LENGTH, pageTitle } from '../../src/site/lib/pageFrame'
import { eventJsonLd, jsonLdText, organisationJsonLd, webSiteJsonLd } from '../../src/site/lib/structuredData'

const site = { name: 'Expertisenetwerk (L)VB Amsterdam', origin: 'https://lvb.example' }

describe('the page frame', () => {
  it('keeps titles within 70 characters, with the site name when it fits', () => {
    expect(pageTitle('Agenda')).toBe('Agenda | Expertisenetwerk (L)VB Amsterdam')
    const long = 'Netwerkbijeenkomst voorjaar 2027 – De overgang naar 18'
    expect(pageTitle(long)).toBe(long)
    const tooLong = 'Een heel lange titel van een bijeenkomst die nergens ophoudt en maar doorgaat en doorgaat'
    expect(pageTitle(tooLong).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
    expect(pageTitle(tooLong)).toMatch(/…$/)
  })

  it("moves Astro's island style out of the body", () => {
    const body = '<p>a</p><style>astro-island,astro-slot,astro-static-slot{display:contents}</style><astro-island></astro-island>'
    expect(hoistIslandStyle(body)).toEqual({ html: '<p>a</p><astro-island></astro-island>', headStyle: 'astro-island,astro-slot,astro-static-slot{display:contents}' })
    expect(hoistIslandStyle('<p>geen eiland</p>')).toEqual({ html: '<p>geen eiland</p>' })
  })
})

describe('schema.org data', () => {
  it('can never end its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & \u2028' })
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script> & \u2028')
  })

  it('describes the site search', () => {
    const data = webSiteJsonLd(site, 'Beschrijving')
    expect(data).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://lvb.example/zoeken?q={search_term_string}' } } })
  })

  it('describes an event with its place, the registration as an offer and the network as organiser', () => {
    const base = { title: 'Bijeenkomst', url: 'https://lvb.example/agenda/b', startsAt: '2027-03-18T13:00:00.000Z', image: 'https://lvb.example/og-image.png' }
    const full = eventJsonLd({ ...base, location: { name: 'Zaal', address: 'Dam 1' }, registration: 'full' }, site)
    expect(full).toMatchObject({
      '@type': 'Event',
      location: { '@type': 'Place', name: 'Zaal', address: { streetAddress: 'Dam 1' } },
      offers: { '@type': 'Offer', price: '0', availability: 'https://schema.org/SoldOut' },
      organizer: { '@type': 'Organization', name: site.name },
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    })
    const online = eventJsonLd({ ...base, onlineUrl: 'https://meet.example/x', registration: 'open', cancelled: true }, site)
    expect(online).toMatchObject({ location: { '@type': 'VirtualLocation' }, eventStatus: 'https://schema.org/EventCancelled' })
    expect((online.offers as Record<string, unknown>).availability).toBeUndefined()
  })

  it('describes an organisation without empty values', () => {
    const data = organisationJsonLd({ name: 'Cordaan', url: 'https://lvb.example/organisaties/cordaan', email: '', address: { city: 'Amsterdam' } }, site)
    expect(data).toMatchObject({ '@type': 'Organization', name: 'Cordaan', address: { addressLocality: 'Amsterdam' } })
    expect(data).not.toHaveProperty('email')
  })
})
