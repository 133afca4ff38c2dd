import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicContentVersion } from '../../src/cms/shared/publicContent/contentVersion'
import { emptyOfferingFilter, type OfferingFilter } from '../../src/domain/offerings/filter'
import { areas, careSettings, fundingLaws, kindsOfHelp, networks, targetGroupTraits } from '../../src/domain/vocabulary'
import { buildDirectoryView, organisationOfferings } from '../../src/site/lib/offeringDirectory'
import { offeringIndex } from '../../src/site/lib/offeringReadModel'
import { getRouteMap, resolveStep } from '../../src/site/lib/routeMap'
import { siteOrigin } from '../../src/site/lib/origin'
import { renderSitemap } from '../../src/site/lib/sitemap'
import { MAX_SITEMAP_URLS } from '../../src/domain/feeds/sitemap'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Every total is the true total at 3,000 published offerings (more than any cap the site ever
 * had: 2,000 in the directory, 1,000 in the routekaart, 500 in lists): the directory's total and
 * facet counts against the database's own count, the sitemap's URLs, a routekaart outcome's
 * count. And the read model follows edits: what is published, unpublished or moved is seen by
 * the very next request.
 *
 * The offerings are created once, through the Local API, for the whole file.
 */
const OFFERINGS = 3000
const ORGANISATIONS = 20

let cms: TestPayload
let payload: Payload
let organisationIds: string[] = []
let draftId: string
let mapNetwork: string

const locals = () => ({ payload, contentVersion: publicContentVersion() })
const filter = (changes: Partial<OfferingFilter>): OfferingFilter => ({ ...emptyOfferingFilter(), ...changes })
const view = async (changes: Partial<OfferingFilter> = {}) => buildDirectoryView(await offeringIndex(locals()), filter(changes))

/** The database's own count of published offerings matching `where`. */
async function databaseCount(where?: Where): Promise<number> {
  const conditions: Where[] = [{ _status: { equals: 'published' } }]
  if (where) conditions.push(where)
  return (await payload.count({ collection: 'offerings', where: { and: conditions }, overrideAccess: false })).totalDocs
}

/** The slugs of every published offering, from the database. */
async function publishedSlugs(): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'offerings',
    where: { _status: { equals: 'published' } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((doc) => String(doc.slug))
}

const sitemapHas = async (id: string) => {
  const { slug } = await payload.findByID({ collection: 'offerings', id, draft: true, depth: 0, overrideAccess: true })
  return ((await renderSitemap(locals(), new URL('http://localhost/sitemap.xml'), { maxUrls: MAX_SITEMAP_URLS })) as string).includes(`/aanbod/${slug}</loc>`)
}

const at = <T>(list: readonly T[], i: number) => list[i % list.length]
const ageRanges = [[0, 11], [4, 17], [12, 18], [18, 23], [18, 99], [12, 23], [16, 27]] as const

function offeringData(i: number) {
  // Spread over every value of every facet; a third city-wide; some for both networks.
  return {
    title: `Aanbod ${String(i).padStart(4, '0')} ${at(['trauma', 'wonen', 'autisme', 'gezin'], i)}`,
    organisation: at(organisationIds, i),
    networks: i % 5 === 0 ? ['jeugd', 'volwassenen'] : [at(networks, i).value],
    summary: `Samenvatting ${i}.`,
    kindsOfHelp: [at(kindsOfHelp, i).value, at(kindsOfHelp, i + 3).value],
    targetGroupTraits: [at(targetGroupTraits, i).value],
    settings: [at(careSettings, i).value],
    fundingLaws: i % 7 === 0 ? [] : [at(fundingLaws, i).value],
    areas: i % 3 === 0 ? ['heel-amsterdam'] : [at(areas, i + 1).value],
    ageMin: i % 4 === 0 ? null : at(ageRanges, i)[0],
    ageMax: i % 4 === 1 ? null : at(ageRanges, i)[1],
    waitingTimeWeeks: i % 6 === 0 ? null : i % 20,
    _status: 'published',
  }
}

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  const started = Date.now()
  for (let i = 0; i < ORGANISATIONS; i++) {
    const organisation = await payload.create({
      collection: 'organisations',
      data: { name: `Organisatie ${i}`, membershipStatus: 'lid', networks: ['jeugd'], _status: 'published' } as never,
      overrideAccess: true,
    })
    organisationIds.push(String(organisation.id))
  }
  // Small concurrent batches, each create in its own statements (no transaction to wait for):
  // SQLite writes one at a time, but the hooks around the writes overlap.
  for (let start = 0; start < OFFERINGS; start += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, OFFERINGS - start) }, (_, k) =>
        payload.create({ collection: 'offerings', data: offeringData(start + k) as never, overrideAccess: true, disableTransaction: true }),
      ),
    )
  }
  const draft = await payload.create({
    collection: 'offerings',
    data: { ...offeringData(OFFERINGS), title: 'Nog niet gepubliceerd aanbod', _status: 'draft' } as never,
    draft: true,
    overrideAccess: true,
  })
  draftId = String(draft.id)
  const map = await payload.create({
    collection: 'routeMaps',
    data: {
      title: 'Routekaart jeugd',
      network: 'jeugd',
      startStepKey: 'start',
      steps: [{ key: 'start', kind: 'uitkomst', title: 'Behandeling', offeringFilter: { kindsOfHelp: ['behandeling', 'begeleiding'] } }],
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  mapNetwork = String((map as { network: string }).network)
  console.log(`${OFFERINGS} aanbod aangemaakt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const building = Date.now()
  await offeringIndex(locals())
  console.log(`Index van ${OFFERINGS} aanbod uit de database opgebouwd in ${((Date.now() - building) / 1000).toFixed(1)} s`)
}, 900_000)

afterAll(async () => {
  await cms?.close()
})

describe('true totals at 3,000 offerings', () => {
  it('the directory counts every published offering, and pages reach the last one', async () => {
    const all = await view()
    expect(all.info.total).toBe(OFFERINGS)
    expect(all.info.total).toBe(await databaseCount())
    const last = await view({ page: all.info.pageCount })
    expect(last.info.to).toBe(OFFERINGS)
    expect(last.cards.at(-1)?.title).toMatch(/^Aanbod 2999/)
  })

  it('every facet count is the database count of what ticking it gives', async () => {
    const all = await view()
    for (const group of all.facets) {
      for (const option of group.options) {
        const ticked = await view({ [group.key]: [option.value] })
        expect(ticked.info.total, `${group.key}=${option.value}`).toBe(option.count)
      }
    }
    const count = (key: string, value: string) => all.facets.find((group) => group.key === key)?.options.find((option) => option.value === value)?.count
    expect(count('kindsOfHelp', 'behandeling')).toBe(await databaseCount({ kindsOfHelp: { in: ['behandeling'] } }))
    expect(count('networks', 'jeugd')).toBe(await databaseCount({ networks: { in: ['jeugd'] } }))
    // A district counts its own offerings and the city-wide ones.
    expect(count('areas', 'zuidoost')).toBe(await databaseCount({ areas: { in: ['zuidoost', 'heel-amsterdam'] } }))
    expect(count('organisations', 'organisatie-7')).toBe(await databaseCount({ organisation: { equals: organisationIds[7] } }))
  })

  it('counts with a filter and an age as the database does', async () => {
    const result = await view({ kindsOfHelp: ['crisis'], age: 18 })
    const expected = await databaseCount({
      and: [
        { kindsOfHelp: { in: ['crisis'] } },
        { or: [{ ageMin: { exists: false } }, { ageMin: { less_than_equal: 18 } }] },
        { or: [{ ageMax: { exists: false } }, { ageMax: { greater_than_equal: 18 } }] },
      ],
    })
    expect(result.info.total).toBe(expected)
    expect(result.info.total).toBeGreaterThan(0)
  })

  it('an organisation page knows how many offerings it has', async () => {
    const { offerings, total } = organisationOfferings(await offeringIndex(locals()), 'organisatie-3', 24)
    expect(total).toBe(OFFERINGS / ORGANISATIONS)
    expect(offerings).toHaveLength(24)
  })

  it('the sitemap lists every offering, and splits into an index of 1,000 URLs per part', async () => {
    // Absolute URLs come from SERVER_URL (its default here), whatever address the request used.
    const url = new URL('http://elders.example/sitemap.xml')
    // As one file (the protocol allows 50,000 URLs in one).
    const xml = (await renderSitemap(locals(), url, { maxUrls: MAX_SITEMAP_URLS })) as string
    const escapedOrigin = siteOrigin().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const offeringUrls = xml.match(new RegExp(`<loc>${escapedOrigin}/aanbod/[^<]+</loc>`, 'g')) ?? []
    expect(offeringUrls).toHaveLength(OFFERINGS)
    // Exactly the published offerings the database has (the sitemap reads the read model).
    expect(new Set(offeringUrls)).toEqual(new Set((await publishedSlugs()).map((slug) => `<loc>${siteOrigin()}/aanbod/${slug}</loc>`)))
    expect(xml.match(new RegExp(`<loc>${escapedOrigin}/organisaties/[^<]+</loc>`, 'g'))).toHaveLength(ORGANISATIONS)
    expect(xml).not.toContain('elders.example')
    const total = (xml.match(/<url>/g) ?? []).length

    // As the site serves it: an index, whose parts of at most 1,000 URLs together hold every URL once.
    const index = (await renderSitemap(locals(), url)) as string
    expect(index).toContain('<sitemapindex')
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replaceAll('&amp;', '&'))
    expect(parts).toContain(`${siteOrigin()}/sitemap.xml?bron=aanbod&deel=3`)
    const seen = new Set<string>()
    for (const part of parts) {
      const partXml = (await renderSitemap(locals(), new URL(part))) as string
      const locs = [...partXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
      expect(locs.length).toBeLessThanOrEqual(1000)
      for (const loc of locs) seen.add(loc)
    }
    expect(seen.size).toBe(total)
    // Parts that do not exist: the route answers 404.
    for (const query of ['bron=aanbod&deel=4', 'bron=onbekend', 'bron=aanbod&deel=abc', 'bron=aanbod&deel=0', 'bron=aanbod&deel=-1']) {
      expect(await renderSitemap(locals(), new URL(`http://localhost/sitemap.xml?${query}`))).toBeUndefined()
    }
  })

  it('a routekaart outcome counts every fitting offering, as /aanbod does', async () => {
    const map = await getRouteMap(payload, mapNetwork)
    const resolution = await resolveStep(locals(), map!, null, 'https://lvb.example')
    if (resolution.kind !== 'view') throw new Error('geen stap')
    const expected = await databaseCount({ kindsOfHelp: { in: ['behandeling', 'begeleiding'] } })
    expect(expected).toBeGreaterThan(1000)
    expect(resolution.view.outcome?.offeringsTotal).toBe(expected)
    expect(resolution.view.outcome?.offerings).toHaveLength(8)
    expect((await view({ kindsOfHelp: ['behandeling', 'begeleiding'] })).info.total).toBe(expected)
  })
})

describe('the read model follows edits on the next request', () => {
  it('shows an offering once it is published, and not once it is unpublished', async () => {
    expect((await view({ query: 'Nog niet gepubliceerd' })).info.total).toBe(0)
    await payload.update({ collection: 'offerings', id: draftId, data: { _status: 'published' } as never, overrideAccess: true })
    const published = await view({ query: 'Nog niet gepubliceerd' })
    expect(published.cards.map((card) => card.title)).toEqual(['Nog niet gepubliceerd aanbod'])
    expect((await view()).info.total).toBe(OFFERINGS + 1)
    expect(await sitemapHas(draftId)).toBe(true)

    await payload.update({ collection: 'offerings', id: draftId, data: { _status: 'draft' } as never, overrideAccess: true })
    expect((await view({ query: 'Nog niet gepubliceerd' })).info.total).toBe(0)
    expect((await view()).info.total).toBe(OFFERINGS)
    expect(await sitemapHas(draftId)).toBe(false)
  })

  it('moves an offering to another area and counts it there', async () => {
    const before = await view({ areas: ['weesp'] })
    const { docs } = await payload.find({ collection: 'offerings', where: { areas: { in: ['amstelland'] } }, limit: 1, overrideAccess: true, depth: 0 })
    const moved = docs[0] as { id: string; title: string }
    await payload.update({ collection: 'offerings', id: moved.id, data: { areas: ['weesp'] } as never, overrideAccess: true })
    const after = await view({ areas: ['weesp'] })
    expect(after.info.total).toBe(before.info.total + 1)
    expect((await view({ areas: ['amstelland'], query: moved.title })).info.total).toBe(0)
  })

  it("follows an organisation's name and its unpublishing", async () => {
    await payload.update({ collection: 'organisations', id: organisationIds[5], data: { name: 'Hernoemde Organisatie' } as never, overrideAccess: true })
    const renamed = await view({ organisations: ['organisatie-5'] })
    expect(renamed.cards[0].organisationName).toBe('Hernoemde Organisatie')
    expect((await view({ query: 'hernoemde' })).info.total).toBe(OFFERINGS / ORGANISATIONS)

    await payload.update({ collection: 'organisations', id: organisationIds[5], data: { _status: 'draft' } as never, overrideAccess: true })
    const hidden = await view()
    // Its offerings stay (help that exists), without the name or link of a hidden organisation.
    expect(hidden.info.total).toBe(OFFERINGS)
    expect(hidden.facets.find((group) => group.key === 'organisations')?.options.map((option) => option.value)).not.toContain('organisatie-5')
  })

  it('forgets a deleted offering', async () => {
    const { docs } = await payload.find({ collection: 'offerings', where: { title: { like: 'Aanbod 0042' } }, limit: 1, overrideAccess: true, depth: 0 })
    await payload.delete({ collection: 'offerings', id: (docs[0] as { id: string }).id, overrideAccess: true })
    expect((await view({ query: 'Aanbod 0042' })).info.total).toBe(0)
    expect((await view()).info.total).toBe(OFFERINGS - 1)
  })

  it('rebuilds after a change made by another instance, serving the previous index meanwhile', async () => {
    const before = await offeringIndex(locals())
    publicContentVersion().raise({ kind: 'external' })
    // The request during the rebuild gets the previous index at once.
    expect(await offeringIndex(locals())).toBe(before)
    let rebuilt = before
    for (let attempt = 0; attempt < 200 && rebuilt === before; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      rebuilt = await offeringIndex(locals())
    }
    expect(rebuilt).not.toBe(before)
    expect(buildDirectoryView(rebuilt, filter({})).info.total).toBe(OFFERINGS - 1)
  })
})
