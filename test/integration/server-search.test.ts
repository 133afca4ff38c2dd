import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTrusted, organisationData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The server-side search on a real database at 3,000 offerings: every total is the true total
 * (no cap at 50 or 2,000), every result is reachable page by page, and a change saved through
 * Payload is findable on the very next search, without a rebuild per request.
 */
const OFFERINGS = 3_000
let test: TestPayload
let payload: Payload
let search: ReturnType<typeof import('../../src/site/lib/search').serverSearch>
let organisationId: string
const offeringIds: string[] = []
let seededSynonyms: unknown[] | undefined

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  seededSynonyms = ((await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true, depth: 0 })) as { searchSynonyms?: unknown[] }).searchSynonyms
  // The settings' required fields, as the first start's content load fills them.
  await payload.updateGlobal({ slug: 'siteSettings', data: { jeugd: { name: 'Jeugd' }, volwassenen: { name: 'LVB18+' } } as never, overrideAccess: true })
  organisationId = await createTrusted(payload, 'organisations', { ...organisationData('Zonnehuis'), slug: 'zonnehuis' }, { draft: false })
  // Straight through the database adapter: the collection hooks (slugs, index jobs) would make
  // 3,000 inserts take minutes, and nothing here depends on them.
  for (let i = 0; i < OFFERINGS; i++) {
    const doc = await payload.db.create({
      collection: 'offerings',
      data: {
        title: `Logeerhuis ${i}`,
        slug: `logeerhuis-${i}`,
        organisation: organisationId,
        networks: ['jeugd'],
        summary: i % 3 === 0 ? 'Logeren met aandacht voor trauma.' : 'Logeren in het weekend.',
        kindsOfHelp: ['wonen-verblijf'],
        _status: 'published',
      },
    })
    offeringIds.push(String(doc.id))
  }
  await createTrusted(payload, 'offerings', { title: 'Concept logeerhuis', organisation: organisationId, networks: ['jeugd'], summary: 'Nog niet af.', kindsOfHelp: ['wonen-verblijf'] }, { draft: true })

  const { serverSearch } = await import('../../src/site/lib/search')
  const { publicContentVersion } = await import('../../src/cms/shared/publicContent/contentVersion')
  search = serverSearch(payload, publicContentVersion())
}, 300_000)

afterAll(async () => {
  search?.stop()
  await test?.close()
})

describe('the server search at 3,000 offerings', () => {
  it('counts every match, per type too, and reaches the last one page by page', async () => {
    const first = await search.search({ q: 'logeerhuis' })
    expect(first.total).toBe(OFFERINGS)
    expect(first.countsByType).toEqual({ aanbod: OFFERINGS })
    expect(first.pageCount).toBe(Math.ceil(OFFERINGS / 20))
    expect(first.results).toHaveLength(20)
    const last = await search.search({ q: 'logeerhuis', page: first.pageCount })
    expect(last.page).toBe(first.pageCount)
    expect(last.results).toHaveLength(OFFERINGS - (first.pageCount - 1) * 20)

    const trauma = await search.search({ q: 'logeren trauma' })
    expect(trauma.total).toBe(OFFERINGS / 3)
    expect((await search.search({ q: 'logeerhuis', type: 'organisatie' })).total).toBe(0)
    // The draft is no part of it.
    expect((await search.search({ q: 'concept' })).total).toBe(0)
  })

  it('finds an edit, a new title and a removal on the next search', async () => {
    await payload.update({ collection: 'offerings', id: offeringIds[7], data: { title: 'Zonnebloemkamp aan zee' }, overrideAccess: true })
    expect((await search.search({ q: 'zonnebloemkamp' })).results.map((result) => result.url)).toEqual(['/aanbod/logeerhuis-7'])
    expect((await search.search({ q: 'logeerhuis' })).total).toBe(OFFERINGS - 1)

    await payload.update({ collection: 'offerings', id: offeringIds[7], data: { _status: 'draft' }, overrideAccess: true })
    expect((await search.search({ q: 'zonnebloemkamp' })).total).toBe(0)

    await payload.delete({ collection: 'offerings', id: offeringIds[8], overrideAccess: true })
    expect((await search.search({ q: 'logeerhuis' })).total).toBe(OFFERINGS - 2)
  })

  it('renames the organisation in the records of its offerings', async () => {
    await payload.update({ collection: 'organisations', id: organisationId, data: { name: 'Stichting Regenboog' }, overrideAccess: true })
    expect((await search.search({ q: 'regenboog' })).total).toBe(OFFERINGS - 2 + 1)
  })

  it('applies the coordinator’s synonyms from the next search on', async () => {
    expect((await search.search({ q: 'slaapplek' })).total).toBe(0)
    await payload.updateGlobal({ slug: 'siteSettings', data: { searchSynonyms: [{ term: 'slaapplek', alsoSearch: 'logeren' }] } as never, overrideAccess: true })
    expect((await search.search({ q: 'slaapplek' })).total).toBe(OFFERINGS - 2)
  })

  it('hands Pagefind the very records a fresh read of the database gives, after the edits above', async () => {
    const { readPublicSearchRecords } = await import('../../src/cms/search/searchIndex')
    const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
    const fresh = (await readPublicSearchRecords(payload)).sort(byUrl)
    expect(fresh.length).toBeGreaterThan(OFFERINGS - 3)
    expect((await search.records()).sort(byUrl)).toEqual(fresh)
  })

  it('suggests words of the index for a typo', async () => {
    const answer = await search.search({ q: 'logerhuis' })
    expect(answer.suggestions).toContain('logeerhuis')
    expect(answer.approximate).toBe(true)
  })
})

describe('the synonyms in the site settings', () => {
  it('start with the default list', async () => {
    const { DEFAULT_SYNONYMS } = await import('../../src/domain/search/synonyms')
    expect(seededSynonyms).toEqual(DEFAULT_SYNONYMS.map((entry) => expect.objectContaining(entry)))
  })

  it('refuse invalid rows with a Dutch message', async () => {
    const refused = await payload
      .updateGlobal({ slug: 'siteSettings', data: { searchSynonyms: [{ term: '<script>', alsoSearch: 'x' }] } as never, overrideAccess: true })
      .catch((error: { data?: { errors?: { path: string; message: string }[] } }) => error)
    expect((refused as { data?: { errors?: unknown[] } }).data?.errors).toEqual([
      expect.objectContaining({ path: 'searchSynonyms.0.term', message: 'Gebruik alleen letters, cijfers, spaties en koppeltekens.' }),
    ])
    await expect(
      payload.updateGlobal({
        slug: 'siteSettings',
        data: { searchSynonyms: Array.from({ length: 201 }, (_, i) => ({ term: `woord${i}`, alsoSearch: 'x' })) } as never,
        overrideAccess: true,
      }),
    ).rejects.toThrow()
  })
})
