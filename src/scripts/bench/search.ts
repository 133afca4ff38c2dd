/**
 * `npm run bench:search [-- 10000]`: the server-side search at N offerings (default 10,000)
 * plus organisations, articles and pages, in memory, without a database: how long the index
 * takes to build and to change one record, what it costs in memory, and the time per query
 * (p50, p95, max over repeated runs) for exact, prefix, typo, synonym, multi-word, filtered
 * and paged queries. The target is under 20 ms per query at 10,000 offerings.
 */
import { offeringRecord, organisationRecord, pageRecord, type SearchRecord } from '../../domain/search/records'
import { createServerSearchIndex } from '../../domain/search/serverSearch'
import { DEFAULT_SYNONYMS, synonymTable } from '../../domain/search/synonyms'
import type { SearchType } from '../../domain/vocabulary'
import { benchOffering, richText } from './searchData'

const total = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000)
const RUNS = 30

const organisations = Array.from({ length: 40 }, (_, i) => ({ name: `Zorgorganisatie ${i + 1}`, slug: `organisatie-${i + 1}` }))
const entries: [string, SearchRecord][] = []
for (let i = 0; i < total; i++) {
  const record = offeringRecord({ ...benchOffering(i), slug: `aanbod-${i + 1}`, organisation: organisations[i % organisations.length] })
  if (record) entries.push([`offerings:${i}`, record])
}
organisations.forEach((organisation, i) => {
  const record = organisationRecord({ ...organisation, membershipStatus: 'lid', shortDescription: 'Zorg en begeleiding in Amsterdam.', description: richText(['Wij bieden wonen, dagbesteding en behandeling.']) })
  if (record) entries.push([`organisations:${i}`, record])
})
for (let i = 0; i < 30; i++) {
  const record = pageRecord({ title: `Informatiepagina ${i + 1}`, slug: `pagina-${i + 1}`, intro: 'Over het netwerk.', content: richText(['Het netwerk deelt kennis over LVB, autisme en verslaving.']) })
  if (record) entries.push([`pages:${i}`, record])
}

const heapBefore = process.memoryUsage().heapUsed
let started = performance.now()
// Without the cache of ranked matches: every run is a first search for its words.
const index = createServerSearchIndex({ cacheSize: 0 })
index.replaceAll(entries)
const buildMs = performance.now() - started
global.gc?.()
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024

started = performance.now()
for (let i = 0; i < 100; i++) index.put(`offerings:${i}`, offeringRecord({ ...benchOffering(i), title: `Gewijzigd aanbod ${i}`, slug: `aanbod-${i + 1}`, organisation: organisations[0] }))
const putMs = (performance.now() - started) / 100

const synonyms = synonymTable(DEFAULT_SYNONYMS)
const queries: { label: string; q: string; type?: SearchType; page?: number }[] = [
  { label: 'één woord', q: 'autisme' },
  { label: 'veelvoorkomend woord', q: 'begeleiding' },
  { label: 'begin van een woord', q: 'begel' },
  { label: 'meervoud', q: 'verslavingen' },
  { label: 'twee woorden', q: 'begeleid wonen' },
  { label: 'zin met lijmwoorden', q: 'hulp bij verslaving voor jongeren' },
  { label: 'synoniem (lvb)', q: 'lvb' },
  { label: 'synoniem (wachtlijst)', q: 'wachtlijst' },
  { label: 'tikfout (autsime)', q: 'autsime' },
  { label: 'tikfout (verslavng)', q: 'verslavng' },
  { label: 'niets te vinden', q: 'xyzzyqwv' },
  { label: 'soort = organisatie', q: 'zorg', type: 'organisatie' },
  { label: 'pagina 50', q: 'begeleiding', page: 50 },
]

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
console.log(`Zoeken op de server: ${total} aanbod, ${entries.length} records in totaal`)
console.log(`Index opbouwen: ${buildMs.toFixed(0)} ms, geheugen ~${heapMb.toFixed(0)} MB, één record wijzigen: ${putMs.toFixed(2)} ms`)
console.log(`${'zoekopdracht'.padEnd(48)}${'resultaten'.padStart(16)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'max ms'.padStart(8)}${'cpu ms'.padStart(8)}`)
let worst = 0
for (const query of queries) {
  index.search(query, synonyms) // warm
  const times: number[] = []
  let answer = index.search(query, synonyms)
  const cpuBefore = process.cpuUsage()
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now()
    answer = index.search(query, synonyms)
    times.push(performance.now() - t)
  }
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS
  times.sort((a, b) => a - b)
  worst = Math.max(worst, percentile(times, 0.95))
  const name = `${query.label}: ‘${query.q}’${query.type ? ` (${query.type})` : ''}${query.page ? ` p${query.page}` : ''}`
  const found = `${answer.total}${answer.approximate ? '~' : ''}${answer.suggestions.length ? ` →${answer.suggestions[0]}` : ''}`
  console.log(`${name.padEnd(48)}${found.padStart(16)}${percentile(times, 0.5).toFixed(1).padStart(8)}${percentile(times, 0.95).toFixed(1).padStart(8)}${times[times.length - 1].toFixed(1).padStart(8)}${cpuMs.toFixed(1).padStart(8)}`)
}
const cachedIndex = createServerSearchIndex()
cachedIndex.replaceAll(entries)
const cachedTimes = queries.map((query) => {
  cachedIndex.search(query, synonyms)
  const t = performance.now()
  for (let run = 0; run < RUNS; run++) cachedIndex.search(query, synonyms)
  return (performance.now() - t) / RUNS
})
console.log(`Met de cache van gerangschikte resultaten (herhaalde zoekopdracht, andere pagina of soort): gemiddeld ${(cachedTimes.reduce((a, b) => a + b, 0) / cachedTimes.length).toFixed(2)} ms, hoogstens ${Math.max(...cachedTimes).toFixed(2)} ms`)
const load = (await import('node:os')).loadavg()[0]
console.log(`Traagste p95: ${worst.toFixed(1)} ms (doel: onder 20 ms). cpu ms = processortijd per zoekopdracht (gemiddeld); belasting van de machine: ${load.toFixed(1)}`)
console.log('~ = resultaten met tikfouttolerantie, → = eerste "Bedoelde je"')
