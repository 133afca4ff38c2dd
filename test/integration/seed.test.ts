import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../src/server/content/seedContent'
import { startTestPayload, type TestPayload } from '../helpers/payload'

const demoPassword = 'demo-test-wachtwoord-42'

describe('seeding the content folder', () => {
  let cms: TestPayload
  const messages: string[] = []
  const log = (message: string) => void messages.push(message)

  beforeAll(async () => {
    cms = await startTestPayload()
  })
  afterAll(async () => cms?.close())

  it('without demo creates only the real content: settings, members, pages and routekaarten', async () => {
    const { created } = await seedContent(cms.payload, { demo: false, demoPassword: '', log })
    expect(created).toEqual({ siteSettings: 1, caseHandling: 1, organisations: 13, pages: 10, routeMaps: 2 })

    const { payload } = cms
    for (const collection of ['offerings', 'experts', 'events', 'workingGroups', 'articles', 'users', 'professionals'] as const) {
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(0)
    }
    const settings = await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true })
    expect(settings.jeugd.name).toBe('Expertisenetwerk Jeugd (L)VB Amsterdam')
    expect(settings.volwassenen.name).toBe('LVB18+')
    expect(settings.jeugd.coordinator?.email).toBe('coordinator-jeugd@lvbinamsterdam.example')
    expect(settings.membershipContribution).toBe(1500)
    expect(settings.reviewPeriodMonths).toBe(6)
    const caseHandling = await payload.findGlobal({ slug: 'caseHandling', overrideAccess: true })
    expect(caseHandling).toMatchObject({ triageWorkingDays: 5, adviceDays: 14, retentionMonthsAfterClosing: 24 })
  })

  it('publishes the routekaarten with their links to pages and organisations', async () => {
    const { docs } = await cms.payload.find({ collection: 'routeMaps', overrideAccess: false, depth: 1, sort: 'network' })
    expect(docs.map((map) => [map.network, map._status])).toEqual([
      ['jeugd', 'published'],
      ['volwassenen', 'published'],
    ])
    const jeugd = docs[0]
    const communicatie = jeugd.steps?.find((step) => step.key === 'uitkomst-diagnostiek-communicatie')
    expect(communicatie?.links?.[0]).toMatchObject({ label: 'Kentalis', doc: { relationTo: 'organisations', value: { slug: 'kentalis' } } })
    expect(jeugd.steps?.find((step) => step.key === 'crisis')?.links?.[0]?.url).toBe('https://www.veiligthuis.nl')
  })

  it('with demo adds the examples and an account for every role', async () => {
    const { created } = await seedContent(cms.payload, { demo: true, demoPassword, log })
    expect(created).toEqual({
      organisations: 1,
      offerings: 31,
      users: 5,
      professionals: 1,
      experts: 8,
      workingGroups: 2,
      events: 4,
      articles: 3,
    })
  })

  it('a second run creates nothing', async () => {
    const { created } = await seedContent(cms.payload, { demo: true, demoPassword, log })
    expect(created).toEqual({})
    expect(messages.at(-1)).toBe('Content: alles stond er al, niets aangemaakt.')
  })

  it('publishes the content, so visitors see it', async () => {
    const { payload } = cms
    const pages = await payload.find({ collection: 'pages', overrideAccess: false, limit: 100 })
    expect(pages.totalDocs).toBe(10)
    const offerings = await payload.find({ collection: 'offerings', overrideAccess: false, limit: 100 })
    expect(offerings.totalDocs).toBe(31)
    expect(offerings.docs.every((offering) => offering.isExample && offering._status === 'published')).toBe(true)
    // Only experts with a public profile are visible to visitors.
    const experts = await payload.find({ collection: 'experts', overrideAccess: false, limit: 100 })
    expect(experts.totalDocs).toBe(7)
  })

  it('turns Markdown into rich text and keeps references', async () => {
    const { payload } = cms
    const { docs } = await payload.find({
      collection: 'offerings',
      overrideAccess: true,
      depth: 1,
      where: { slug: { equals: 'cordaan-begeleiding-thuis-gezin' } },
    })
    const offering = docs[0]
    expect(offering).toBeDefined()
    expect(typeof offering.organisation === 'object' && offering.organisation.slug).toBe('cordaan')
    expect(offering.waitingTimeUpdatedAt?.slice(0, 10)).toBe('2026-11-01')
    const children = (offering.description as { root: { children: { type: string }[] } }).root.children
    expect(children.map((node) => node.type)).toContain('paragraph')
    expect(JSON.stringify(offering.description)).toContain('Een begeleider komt één tot drie keer per week')

    const page = (await payload.find({ collection: 'pages', overrideAccess: true, where: { slug: { equals: 'vraag-stellen-uitleg' } } })).docs[0]
    const types = (page.content as { root: { children: { type: string }[] } }).root.children.map((node) => node.type)
    expect(types).toEqual(expect.arrayContaining(['heading', 'paragraph', 'list']))
    expect(page.seo?.metaDescription).toContain('casusvraag')

    const group = (await payload.find({ collection: 'workingGroups', overrideAccess: true, depth: 0, where: { slug: { equals: 'lvb-en-verslaving' } } })).docs[0]
    expect(group.members).toHaveLength(5)
    expect(group.members?.[0].role).toBe('voorzitter')
  })

  it('makes demo accounts that can log in with the demo password', async () => {
    const { payload } = cms
    const { user } = await payload.login({ collection: 'users', data: { email: 'partner@example.org', password: demoPassword } })
    expect(user?.roles).toEqual(['partnerEditor'])
    expect(user?.isDemoAccount).toBe(true)

    const expertUser = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'expert@example.org' } } })).docs[0]
    const expert = (await payload.find({ collection: 'experts', overrideAccess: true, depth: 0, where: { account: { equals: expertUser.id } } })).docs[0]
    expect(expert.name).toBe('Anouk Verbeek')

    const professional = await payload.login({
      collection: 'professionals',
      data: { email: 'professional@example.org', password: demoPassword },
    })
    expect(professional.user?.status).toBe('goedgekeurd')
  })
})
