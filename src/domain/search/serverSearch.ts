/**
 * The server's search over the public search records (the same records Pagefind indexes for the
 * browser): a MiniSearch full-text index with Dutch-aware words (see tokenize.ts), prefix
 * matching, typo tolerance as a fallback, the coordinator's synonyms, and "Bedoelde je …?"
 * suggestions from the index's own vocabulary. Built once and changed per record, never per
 * request; every total it reports is the true total.
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { SearchType } from '../vocabulary'
import type { ExcerptSegment } from './excerpt'
import type { SearchRecord } from './records'
import { type QueryGroup, type SynonymTable, groupQuery, queryWords, synonymTable } from './synonyms'
import { foldDutch, indexTermsOf, normalize, type WordForm, wordForms, words } from './tokenize'

export const PAGE_SIZE = 20
const EXCERPT_WORDS = 30
const MAX_SUGGESTIONS = 3

export interface SearchHit {
  record: SearchRecord
  excerpt: ExcerptSegment[]
}

export interface SearchAnswer {
  /** The hits of the requested page, best first. */
  hits: SearchHit[]
  /** All matches of the chosen type (or of every type). */
  total: number
  /** Matches per type, regardless of the chosen type; they add up to the total of "Alles". */
  countsByType: Partial<Record<SearchType, number>>
  /** 1-based, clamped to the pages there are. */
  page: number
  pageCount: number
  /** True when nothing matched exactly and these are matches allowing for typos. */
  approximate: boolean
  /** Queries from the index's own words for a query that found nothing as typed. */
  suggestions: string[]
}

export interface SearchRequest {
  q: string
  type?: SearchType
  page?: number
}

interface Indexed {
  id: string
  title: string
  content: string
}

interface Ranked {
  matches: { id: string; terms: string[] }[]
  approximate: boolean
  suggestions: string[]
}

const RANKED_CACHE_SIZE = 200

interface VocabularyEntry {
  /** Records containing the term. */
  count: number
  /** How the term is written, with the number of records writing it so. */
  surfaces: Map<string, number>
}

/** Words that only glue a query together; dropped when the query has other words. */
const STOP_WORDS = new Set([
  'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'met', 'bij', 'in', 'op', 'te', 'aan', 'naar', 'om', 'die', 'dat', 'is',
  'zijn', 'er', 'wat', 'hoe', 'waar', 'wie', 'ik', 'je', 'u', 'mijn', 'ons', 'onze', 'als', 'ook', 'tot', 'door', 'over',
])

/** Edits allowed for a typo in a folded query word: none for short words, then one, then two. */
export function typoDistance(term: string): number {
  if (term.length <= 3) return 0
  if (term.length <= 5) return 1
  return 2
}

const baseOptions: SearchOptions = {
  boost: { title: 3 },
  combineWith: 'AND',
  tokenize: words,
  processTerm: foldDutch,
  prefix: (term) => term.length >= 2,
}
const strictOptions: SearchOptions = { ...baseOptions, fuzzy: false }
const tolerantOptions: SearchOptions = { ...baseOptions, fuzzy: (term) => typoDistance(term) }

export interface ServerSearchIndex {
  /** Adds, replaces (same id) or, with `undefined`, removes the record of one document. */
  put: (id: string, record: SearchRecord | undefined) => void
  /** Replaces everything at once. */
  replaceAll: (entries: Iterable<readonly [string, SearchRecord]>) => void
  search: (request: SearchRequest, synonyms?: SynonymTable) => SearchAnswer
  /** "Bedoelde je …?" for a query: index words close to the words the index does not know. */
  suggest: (q: string, synonyms?: SynonymTable) => string[]
  /** Number of records per type, for the page before a search. */
  countsByType: () => Partial<Record<SearchType, number>>
  size: () => number
  /** Every record in the index (the same list Pagefind indexes). */
  records: () => SearchRecord[]
}

/** `cacheSize`: how many queries' ranked matches are kept (0 for none, as the benchmark measures). */
export function createServerSearchIndex({ cacheSize = RANKED_CACHE_SIZE } = {}): ServerSearchIndex {
  const records = new Map<string, SearchRecord>()
  let mini = newMiniSearch()
  let vocabulary = new SearchableMap<VocabularyEntry>()

  function newMiniSearch() {
    return new MiniSearch<Indexed>({
      fields: ['title', 'content'],
      // Documents arrive as normalised words joined by spaces (put() tokenises each text once,
      // for the index and the vocabulary); queries go through words() like any text.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => (term === '' ? null : indexTermsOf(term)),
      searchOptions: strictOptions,
    })
  }

  function countWords(forms: WordForm[], delta: 1 | -1) {
    const seen = new Map<string, Set<string>>()
    for (const { surface, word } of forms) {
      const [main, ...parts] = indexTermsOf(word)
      for (const term of [main, ...parts]) if (!seen.has(term)) seen.set(term, new Set())
      seen.get(main)?.add(surface)
    }
    for (const [term, surfaces] of seen) {
      const entry = vocabulary.get(term) ?? { count: 0, surfaces: new Map<string, number>() }
      entry.count += delta
      for (const surface of surfaces) {
        const count = (entry.surfaces.get(surface) ?? 0) + delta
        if (count > 0) entry.surfaces.set(surface, count)
        else entry.surfaces.delete(surface)
      }
      if (entry.count > 0) vocabulary.set(term, entry)
      else vocabulary.delete(term)
    }
  }

  function remove(id: string) {
    const old = records.get(id)
    if (!old) return
    // discard() rather than remove(): it does not need the old text and cleans up lazily.
    mini.discard(id)
    countWords(wordForms(old.content), -1)
    records.delete(id)
  }

  function put(id: string, record: SearchRecord | undefined) {
    ranked.clear()
    remove(id)
    if (!record) return
    records.set(id, record)
    const forms = wordForms(record.content)
    mini.add({ id, title: words(record.title).join(' '), content: forms.map((form) => form.word).join(' ') })
    countWords(forms, 1)
  }

  function knows(term: string): boolean {
    return vocabulary.has(term) || vocabulary.atPrefix(term).size > 0
  }

  function groupsOf(q: string, synonyms: SynonymTable): QueryGroup[] {
    const all = queryWords(q)
    const meaningful = all.filter((word) => !STOP_WORDS.has(word))
    return groupQuery(meaningful.length > 0 ? meaningful : all, synonyms)
  }

  function run(groups: QueryGroup[], options: SearchOptions): SearchResult[] {
    if (groups.length === 0) return []
    const query: Query = {
      combineWith: 'AND',
      queries: groups.map((group) => {
        const asTyped: Query = group.words.length === 1 ? group.words[0] : { combineWith: 'AND', queries: group.words }
        if (group.alternatives.length === 0) return asTyped
        // The coordinator's alternatives are whole words: matched as they are, not as beginnings.
        const alternatives = group.alternatives.map((list): Query => ({ combineWith: 'AND', prefix: false, fuzzy: false, queries: list }))
        return { combineWith: 'OR', queries: [asTyped, ...alternatives] }
      }),
    }
    return mini.search(query, options)
  }

  /** Index terms close to a word the index does not know, best first, as they are written. */
  function closeWords(word: string): string[] {
    const term = foldDutch(word)
    const distance = typoDistance(term)
    if (distance === 0 || knows(term)) return []
    const candidates = [...vocabulary.fuzzyGet(term, distance)]
      .map(([key, [entry, edits]]) => ({ key, entry, edits }))
      .filter(({ entry }) => entry.surfaces.size > 0)
      .sort((a, b) => a.edits - b.edits || b.entry.count - a.entry.count || a.key.localeCompare(b.key))
    const result: string[] = []
    for (const { entry } of candidates) {
      // Of the ways the term is written, the one nearest to what was typed ("verslavng" →
      // "verslaving", not "verslavingen"), then the most common.
      const surface = [...entry.surfaces]
        .map(([text, count]) => ({ text, count, edits: editDistance(normalize(text), word) }))
        .sort((a, b) => a.edits - b.edits || b.count - a.count || a.text.localeCompare(b.text))[0].text
      if (!result.includes(surface)) result.push(surface)
      if (result.length === MAX_SUGGESTIONS) break
    }
    return result
  }

  function suggest(q: string, synonyms: SynonymTable = emptySynonyms): string[] {
    const groups = groupsOf(q, synonyms)
    const unknown = groups.filter((group) => group.alternatives.length === 0 && closeWords(group.words[0]).length > 0)
    if (unknown.length === 0) return []
    const asTyped = queryWords(q)
    // One suggestion per candidate of the first unknown word, the other unknown words replaced
    // by their best candidate; only suggestions that find something are offered.
    const [first, ...rest] = unknown
    const replacements = new Map(rest.map((group) => [group.words[0], closeWords(group.words[0])[0]]))
    const suggestions: string[] = []
    for (const candidate of closeWords(first.words[0])) {
      const text = asTyped.map((word) => (word === first.words[0] ? candidate : (replacements.get(word) ?? word))).join(' ')
      if (run(groupsOf(text, synonyms), strictOptions).length > 0 && !suggestions.includes(text)) suggestions.push(text)
    }
    return suggestions
  }

  /**
   * The matches of a query, best first, kept for the next request with the same words (the next
   * page, another type, a popular search) until the index or the synonyms change.
   */
  const ranked = new Map<string, Ranked>()
  let rankedSynonyms: SynonymTable | undefined

  function rank(q: string, synonyms: SynonymTable): Ranked {
    if (rankedSynonyms !== synonyms) {
      ranked.clear()
      rankedSynonyms = synonyms
    }
    const groups = groupsOf(q, synonyms)
    const key = JSON.stringify(groups)
    const cached = ranked.get(key)
    if (cached) {
      // Most recently used last, so the oldest is the first to go.
      ranked.delete(key)
      ranked.set(key, cached)
      return cached
    }
    let results = run(groups, strictOptions)
    let approximate = false
    let suggestions: string[] = []
    if (results.length === 0 && groups.length > 0) {
      suggestions = suggest(q, synonyms)
      results = run(groups, tolerantOptions)
      approximate = results.length > 0
    }
    const answer: Ranked = {
      matches: results.flatMap((result) => (records.has(result.id as string) ? [{ id: result.id as string, terms: result.terms }] : [])),
      approximate,
      suggestions,
    }
    ranked.set(key, answer)
    while (ranked.size > cacheSize) ranked.delete(ranked.keys().next().value as string)
    return answer
  }

  function search({ q, type, page = 1 }: SearchRequest, synonyms: SynonymTable = emptySynonyms): SearchAnswer {
    const { matches, approximate, suggestions } = rank(q, synonyms)
    const countsByType: Partial<Record<SearchType, number>> = {}
    const chosen: Ranked['matches'] = []
    for (const match of matches) {
      const record = records.get(match.id) as SearchRecord
      countsByType[record.type] = (countsByType[record.type] ?? 0) + 1
      if (!type || record.type === type) chosen.push(match)
    }
    const pageCount = Math.max(1, Math.ceil(chosen.length / PAGE_SIZE))
    const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount)
    const hits = chosen.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((match) => {
      const record = records.get(match.id) as SearchRecord
      return { record, excerpt: excerptFor(record, new Set(match.terms)) }
    })
    return { hits, total: chosen.length, countsByType, page: current, pageCount, approximate, suggestions }
  }

  return {
    put,
    replaceAll(entries) {
      records.clear()
      ranked.clear()
      mini = newMiniSearch()
      vocabulary = new SearchableMap<VocabularyEntry>()
      for (const [id, record] of entries) put(id, record)
    },
    search,
    suggest,
    countsByType() {
      const counts: Partial<Record<SearchType, number>> = {}
      for (const record of records.values()) counts[record.type] = (counts[record.type] ?? 0) + 1
      return counts
    },
    size: () => records.size,
    records: () => [...records.values()],
  }
}

const emptySynonyms = synonymTable([])

/** Levenshtein distance of two short words (both at most 40 characters: see tokenize.ts). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * An excerpt of about thirty words around the first match in the record's text (after its
 * title), with the matching words marked; the summary when the text has no match.
 */
export function excerptFor(record: SearchRecord, matchedTerms: ReadonlySet<string>): ExcerptSegment[] {
  const body = record.content.split('\n').slice(1).join(' ')
  const tokens = body.split(/\s+/).filter((token) => token !== '')
  const matches = (token: string) => words(token).some((word) => indexTermsOf(word).some((term) => matchedTerms.has(term)))
  const first = tokens.findIndex(matches)
  if (first === -1) return record.summary ? [{ text: record.summary, marked: false }] : []
  const start = Math.max(0, first - 8)
  const slice = tokens.slice(start, start + EXCERPT_WORDS)
  const segments: ExcerptSegment[] = []
  const push = (text: string, marked: boolean) => {
    const last = segments[segments.length - 1]
    if (last && last.marked === marked) last.text += text
    else segments.push({ text, marked })
  }
  if (start > 0) push('… ', false)
  slice.forEach((token, index) => {
    if (index > 0) push(' ', false)
    push(token, matches(token))
  })
  if (start + EXCERPT_WORDS < tokens.length) push(' …', false)
  return segments
}

export { normalize }
