/**
 * `npm run bench:directory`: how fast the directory's in-memory index (src/domain/offerings/
 * directoryIndex.ts) answers /aanbod, and what it costs in memory, at 1,000, 10,000 and
 * 30,000 offerings. Pure: no database, no server; the offerings are generated realistically
 * (spread over organisations and every facet value, Dutch summaries of ~40 words).
 *
 * Prints per size: build time, heap used by the index, and per kind of query the median and
 * 99th percentile of filtering + facet counts + sorting + paging (one call of `query`).
 * Run with `--expose-gc` (the npm script does) for a clean memory figure.
 */
import { performance } from 'node:perf_hooks'
import { DirectoryIndex, type IndexableOffering, type IndexedOrganisation } from '../../domain/offerings/directoryIndex'
import { emptyOfferingFilter, type OfferingFilter } from '../../domain/offerings/filter'
import { areas, careSettings, fundingLaws, kindsOfHelp, networks, targetGroupTraits, type Option } from '../../domain/vocabulary'

const SIZES = (process.argv[2] ?? '1000,10000,30000').split(',').map(Number)
const RUNS = 200

const vocabulary = (
  'jongeren volwassenen gezin ouders school begeleiding behandeling traject ambulant intensief kortdurend langdurig ' +
  'trauma autisme gedrag agressie verslaving psychiatrie hechting emotieregulatie weerbaarheid sociale vaardigheden ' +
  'wonen zelfstandig dagbesteding werk opleiding schuld financiën netwerk mentor ervaringsdeskundige groep individueel ' +
  'diagnostiek onderzoek advies consultatie crisis opvang nazorg thuis residentieel beschermd licht verstandelijke beperking ' +
  'zwakbegaafd cliëntondersteuning regie overbelasting mantelzorg huiselijk geweld veiligheid stabiliteit perspectief'
).split(' ')

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

function generate(size: number): { offerings: (IndexableOffering & { card: string })[]; organisations: IndexedOrganisation[] } {
  const next = random(size)
  const some = <T>(list: readonly T[], max: number, min = 0): T[] => {
    const count = min + Math.floor(next() * (max - min + 1))
    return [...new Set(Array.from({ length: count }, () => list[Math.floor(next() * list.length)]))]
  }
  const values = (list: readonly Option[]) => list.map((option) => option.value)
  const organisations = Array.from({ length: Math.max(15, Math.round(size / 60)) }, (_, i) => ({
    id: `org-${i}`,
    slug: `organisatie-${i}`,
    name: `${some(vocabulary, 2, 1).join(' ')} zorg ${i}`,
  }))
  const offerings = Array.from({ length: size }, (_, i) => {
    const min = next() < 0.2 ? null : Math.floor(next() * 25)
    return {
      id: `offering-${i}`,
      title: `${some(vocabulary, 4, 2).join(' ')} ${i}`,
      slug: `aanbod-${i}`,
      summary: some(vocabulary, 45, 25).join(' '),
      organisationId: organisations[Math.floor(next() * organisations.length)].id,
      kindsOfHelp: some(values(kindsOfHelp), 3, 1),
      targetGroupTraits: some(values(targetGroupTraits), 4),
      settings: some(values(careSettings), 2, 1),
      fundingLaws: some(values(fundingLaws), 2),
      areas: next() < 0.3 ? ['heel-amsterdam'] : some(values(areas), 3, 1),
      networks: some(values(networks), 2, 1),
      ageMin: min,
      ageMax: next() < 0.2 ? null : (min ?? 0) + 3 + Math.floor(next() * 40),
      waitingTimeWeeks: next() < 0.25 ? null : Math.floor(next() * 26),
      // What the site keeps besides: card fields (dates, flags) of about this size.
      card: '2026-11-01T10:00:00.000Z|2026-10-01T10:00:00.000Z|false',
    }
  })
  return { offerings, organisations }
}

const queries: [string, Partial<OfferingFilter>][] = [
  ['alles (pagina 1)', {}],
  ['alles, pagina 250', { page: 250 }],
  ['gebied=zuidoost', { areas: ['zuidoost'] }],
  ['hulp+doelgroep+leeftijd', { kindsOfHelp: ['behandeling', 'begeleiding'], targetGroupTraits: ['trauma'], age: 15 }],
  ['vijf facetten + leeftijd', { kindsOfHelp: ['wonen-verblijf'], settings: ['residentieel'], fundingLaws: ['wlz'], areas: ['noord'], networks: ['volwassenen'], age: 30 }],
  ['organisatie', { organisations: ['organisatie-3'] }],
  ['sorteer=wachttijd', { sort: 'wachttijd' }],
  ['q=trauma', { query: 'trauma' }],
  ['q=behandeling jongeren', { query: 'behandeling jongeren' }],
  ['q=aut (voorvoegsel) + hulp', { query: 'aut', kindsOfHelp: ['behandeling'] }],
]

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

const gc = (globalThis as { gc?: () => void }).gc
const format = (ms: number) => `${ms.toFixed(2)} ms`

for (const size of SIZES) {
  gc?.()
  const heapEmpty = process.memoryUsage().heapUsed
  const data = generate(size)
  gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const index = new DirectoryIndex(data.offerings, data.organisations)
  const buildMs = performance.now() - started
  gc?.()
  const heapAfter = process.memoryUsage().heapUsed
  // The records themselves belong to the caller; count them with the index (they stay in memory).
  data.offerings.length = 0

  const upsertStarted = performance.now()
  for (let i = 0; i < 100; i++) {
    const record = index.bySlug(`aanbod-${i}`)?.offering
    if (record) index.upsert({ ...record, title: `gewijzigd ${record.title}` })
  }
  const upsertMs = (performance.now() - upsertStarted) / 100

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  console.log(
    `\n${size.toLocaleString('nl-NL')} aanbod: opbouw ${format(buildMs)}, geheugen ${mb(heapAfter - heapEmpty)} ` +
      `(records ${mb(heapBefore - heapEmpty)} + index ${mb(heapAfter - heapBefore)})${gc ? '' : ' (zonder --expose-gc: ruw)'}, ` +
      `één wijziging ${format(upsertMs)}`,
  )
  console.log(`${'vraag'.padEnd(30)} ${'resultaten'.padStart(10)} ${'p50'.padStart(10)} ${'p99'.padStart(10)}`)
  for (const [label, changes] of queries) {
    const filter = { ...emptyOfferingFilter(), ...changes }
    let total = 0
    for (let i = 0; i < 20; i++) total = index.query(filter).info.total // warm-up
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      index.query(filter)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    console.log(`${label.padEnd(30)} ${String(total).padStart(10)} ${format(percentile(times, 50)).padStart(10)} ${format(percentile(times, 99)).padStart(10)}`)
  }
  const relatedTimes: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    index.related(`aanbod-${i + 200}`, 3)
    relatedTimes.push(performance.now() - start)
  }
  relatedTimes.sort((a, b) => a - b)
  console.log(`${'vergelijkbaar aanbod'.padEnd(30)} ${'3'.padStart(10)} ${format(percentile(relatedTimes, 50)).padStart(10)} ${format(percentile(relatedTimes, 99)).padStart(10)}`)
}
