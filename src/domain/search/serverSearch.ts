/**
 * The search for pages without JavaScript: Pagefind runs only in the browser (it has no
 * server-side search), so the server answers a plain GET /zoeken?q=… itself over the same
 * records as the index. Words are matched the way Pagefind does: every query word must occur
 * (as a word or the start of one, accents ignored); matches in the title count most.
 */
import type { SearchType } from '../vocabulary'
import type { ExcerptSegment } from './excerpt'
import type { SearchRecord } from './records'

export interface SearchHit {
  record: SearchRecord
  score: number
  excerpt: ExcerptSegment[]
}

export interface SearchOutcome {
  hits: SearchHit[]
  /** Matches per type before the type filter, for the counts next to each type. */
  countsByType: Partial<Record<SearchType, number>>
}

const MAX_TERMS = 10
const EXCERPT_WORDS = 30

/** Lower case without accents ("Cliëntenbelang" → "clientenbelang"). */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** The distinct words of a query, normalised; at most ten. */
export function queryTerms(query: string): string[] {
  const words = normalize(query).match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)].slice(0, MAX_TERMS)
}

function wordsOf(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

function termScore(term: string, titleWords: string[], contentWords: string[]): number {
  let score = 0
  if (titleWords.includes(term)) score += 10
  else if (titleWords.some((word) => word.startsWith(term))) score += 6
  const exact = contentWords.filter((word) => word === term).length
  const prefix = contentWords.filter((word) => word !== term && word.startsWith(term)).length
  score += Math.min(exact, 5) * 2 + Math.min(prefix, 5)
  return score
}

/**
 * An excerpt of about thirty words around the first match in the record's text (after its
 * title), with the matching words marked; the summary when the text has no match.
 */
export function excerptFor(record: SearchRecord, terms: string[]): ExcerptSegment[] {
  const body = record.content.split('\n').slice(1).join(' ')
  const tokens = body.split(/(\s+)/).filter((token) => token !== '')
  const words = tokens.filter((token) => !/^\s+$/.test(token))
  const matches = (word: string) => wordsOf(word).some((part) => terms.some((term) => part.startsWith(term)))
  const first = words.findIndex(matches)
  if (first === -1) return record.summary ? [{ text: record.summary, marked: false }] : []
  const start = Math.max(0, first - 8)
  const slice = words.slice(start, start + EXCERPT_WORDS)
  const segments: ExcerptSegment[] = []
  const push = (text: string, marked: boolean) => {
    const last = segments[segments.length - 1]
    if (last && last.marked === marked) last.text += text
    else segments.push({ text, marked })
  }
  if (start > 0) push('… ', false)
  slice.forEach((word, index) => {
    if (index > 0) push(' ', false)
    push(word, matches(word))
  })
  if (start + EXCERPT_WORDS < words.length) push(' …', false)
  return segments
}

/** Records matching every word of the query, best first, optionally of one type. */
export function searchRecords(records: readonly SearchRecord[], query: string, type?: SearchType): SearchOutcome {
  const terms = queryTerms(query)
  if (terms.length === 0) return { hits: [], countsByType: {} }
  const countsByType: Partial<Record<SearchType, number>> = {}
  const hits: SearchHit[] = []
  for (const record of records) {
    const titleWords = wordsOf(record.title)
    const contentWords = wordsOf(record.content)
    const scores = terms.map((term) => termScore(term, titleWords, contentWords))
    if (scores.some((score) => score === 0)) continue
    countsByType[record.type] = (countsByType[record.type] ?? 0) + 1
    if (type && record.type !== type) continue
    const phraseBonus = terms.length > 1 && normalize(record.title).includes(terms.join(' ')) ? 10 : 0
    hits.push({ record, score: scores.reduce((sum, score) => sum + score, 0) + phraseBonus, excerpt: excerptFor(record, terms) })
  }
  hits.sort((a, b) => b.score - a.score || a.record.title.localeCompare(b.record.title, 'nl'))
  return { hits, countsByType }
}
