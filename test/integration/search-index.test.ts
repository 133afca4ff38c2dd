import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTrusted, expertData, offeringData, organisationData, pageData, articleData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The search index as Pagefind writes it, built from a real database: what a visitor may see
 * goes in, drafts and private expert profiles never do, and edits queue a rebuild.
 */
let test: TestPayload
let payload: Payload
let rebuildSearchIndex: typeof import('../../src/cms/search/searchIndex').rebuildSearchIndex
const ids: Record<string, string> = {}

interface IndexedPage {
  url: string
  content: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

/** The pages in the current index, read from Pagefind's fragment files (gzip + JSON). */
function indexedPages(dataDir: string): IndexedPage[] {
  const fragments = path.join(dataDir, 'search', 'pagefind', 'fragment')
  return fs.readdirSync(fragments).map((name) => {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(fragments, name))).toString('utf8')
    return JSON.parse(raw.replace(/^pagefind_dcd/, '')) as IndexedPage
  })
}

function pendingRebuilds() {
  return payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'rebuildSearchIndex' } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
    depth: 0,
  })
}

async function clearQueue() {
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  ;({ rebuildSearchIndex } = await import('../../src/cms/search/searchIndex'))

  ids.member = await createTrusted(payload, 'organisations', { ...organisationData('Zichtbaar'), slug: 'zichtbaar' }, { draft: false })
  ids.draftOrganisation = await createTrusted(payload, 'organisations', { ...organisationData('Conceptorganisatie'), slug: 'conceptorganisatie' }, { draft: true })
  await createTrusted(payload, 'organisations', { ...organisationData('Vertrokken'), slug: 'vertrokken', membershipStatus: 'oud-lid' }, { draft: false })
  ids.offering = await createTrusted(payload, 'offerings', { ...offeringData('Logeerweekend', ids.member), slug: 'logeerweekend' }, { draft: false })
  await createTrusted(payload, 'offerings', { ...offeringData('Geheimconcept', ids.member), slug: 'geheimconcept' }, { draft: true })
  await createTrusted(payload, 'offerings', { ...offeringData('Verborgen moeder', ids.draftOrganisation), slug: 'verborgen-moeder' }, { draft: false })
  ids.publicExpert = await createTrusted(payload, 'experts', { ...expertData('Openbaar', ids.member, true), expertiseAreas: ['trauma'] }, { draft: false })
  await createTrusted(payload, 'experts', expertData('Privéprofiel', ids.member, false), { draft: false })
  await createTrusted(payload, 'experts', expertData('Conceptexpert', ids.member, true), { draft: true })
  await createTrusted(payload, 'pages', { ...pageData('Over ons'), slug: 'over-ons', intro: 'Wie wij zijn.' }, { draft: false })
  await createTrusted(payload, 'articles', { ...articleData('Nog niet af'), slug: 'nog-niet-af' }, { draft: true })
  await clearQueue()
})

afterAll(async () => {
  await test?.close()
})

describe('building the index from the database', () => {
  it('indexes published public content with its URL, title, type and filter', async () => {
    const { records } = await rebuildSearchIndex(payload, { root: test.dataDir })
    const pages = indexedPages(test.dataDir)
    expect(pages).toHaveLength(records)
    const urls = pages.map((page) => page.url).sort()
    expect(urls).toEqual(['/aanbod/logeerweekend', '/aanbod/verborgen-moeder', `/experts#expert-${ids.publicExpert}`, '/organisaties/zichtbaar', '/over-ons'].sort())

    const offering = pages.find((page) => page.url === '/aanbod/logeerweekend')
    expect(offering?.meta).toMatchObject({ title: 'Aanbod Logeerweekend', type: 'Aanbod' })
    expect(offering?.filters).toEqual({ type: ['aanbod'] })
    expect(offering?.content).toContain('Organisatie Zichtbaar')
    expect(pages.find((page) => page.url.startsWith('/experts'))?.content).toContain('Expertise: trauma')
  })

  it('leaves out drafts, private expert profiles, former members and unpublished organisations’ names', () => {
    const everything = JSON.stringify(indexedPages(test.dataDir))
    for (const hidden of ['Geheimconcept', 'Privéprofiel', 'Conceptexpert', 'Conceptorganisatie', 'Vertrokken', 'Nog niet af']) {
      expect(everything).not.toContain(hidden)
    }
  })

  it('swaps builds atomically through a link and keeps the previous build for open pages', async () => {
    const link = path.join(test.dataDir, 'search', 'pagefind')
    const before = fs.realpathSync(link)
    const { path: built } = await rebuildSearchIndex(payload, { root: test.dataDir })
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
    expect(fs.realpathSync(link)).toBe(fs.realpathSync(built))
    expect(fs.realpathSync(link)).not.toBe(before)
    expect(fs.existsSync(path.join(before, 'pagefind-entry.json'))).toBe(true)
    expect(fs.existsSync(path.join(built, 'pagefind.js'))).toBe(true)
  })

  it('leaves no indexer process running after a build (Pagefind’s binary is closed)', async () => {
    await rebuildSearchIndex(payload, { root: test.dataDir })
    // Ended means gone within moments (a killed process needs a little while to exit).
    const indexers = () => fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
          const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
          return ppid === process.pid && state !== 'Z' && /pagefind/.test(fs.readFileSync(`/proc/${pid}/comm`, 'utf8'))
        } catch {
          return false
        }
      })
    const deadline = Date.now() + 5_000
    while (indexers().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(indexers()).toEqual([])
  })

  it('builds one at a time when rebuilds overlap', async () => {
    const results = await Promise.all([1, 2, 3].map(() => rebuildSearchIndex(payload, { root: test.dataDir })))
    expect(new Set(results.map((result) => result.path)).size).toBe(3)
    expect(fs.realpathSync(path.join(test.dataDir, 'search', 'pagefind'))).toBe(fs.realpathSync(results[2].path))
  })
})

describe('rebuilding after edits', () => {
  it('queues one rebuild for a burst of edits; the job makes the edit findable', async () => {
    await clearQueue()
    for (const title of ['Eerste titel', 'Tweede titel', 'Zonnebloemweekend']) {
      await payload.update({ collection: 'offerings', id: ids.offering, data: { title }, overrideAccess: true })
    }
    const pending = await pendingRebuilds()
    // Each new rebuild replaces the ones still waiting: the newest reads the latest state.
    expect(pending.docs).toHaveLength(1)
    expect(new Date(pending.docs[0].waitUntil as string).getTime()).toBeGreaterThan(Date.now() - 60_000)

    await payload.jobs.runByID({ id: pending.docs[0].id })
    const offering = indexedPages(test.dataDir).find((page) => page.url === '/aanbod/logeerweekend')
    expect(offering?.meta.title).toBe('Zonnebloemweekend')
    expect((await pendingRebuilds()).docs).toHaveLength(0)
  })

  it('queues a rebuild when something is unpublished or deleted', async () => {
    await clearQueue()
    await payload.update({ collection: 'pages', where: { slug: { equals: 'over-ons' } }, data: { _status: 'draft' }, overrideAccess: true })
    expect((await pendingRebuilds()).docs).toHaveLength(1)
    await payload.jobs.runByID({ id: (await pendingRebuilds()).docs[0].id })
    expect(indexedPages(test.dataDir).map((page) => page.url)).not.toContain('/over-ons')

    await clearQueue()
    await payload.delete({ collection: 'offerings', id: ids.offering, overrideAccess: true })
    expect((await pendingRebuilds()).docs).toHaveLength(1)
  })

  it('does not queue a rebuild for saving a draft of something never published', async () => {
    await clearQueue()
    await createTrusted(payload, 'articles', { ...articleData('Werk in uitvoering'), slug: 'werk-in-uitvoering' }, { draft: true })
    expect((await pendingRebuilds()).docs).toHaveLength(0)
  })
})
