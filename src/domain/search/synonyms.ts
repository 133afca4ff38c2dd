/**
 * The coordinator's synonym list for the search: whoever searches for the word (or words) on
 * the left also finds what contains the words on the right ("wachtlijst" also finds
 * "wachttijd"). One direction per entry; add the reverse as a second entry where both ways make
 * sense. Kept small and bounded: it is applied to every query.
 */
import { foldDutch, normalize } from './tokenize'

export interface SynonymEntry {
  term: string
  alsoSearch: string
}

export const MAX_SYNONYMS = 200
export const MAX_SYNONYM_LENGTH = 60
export const MAX_SYNONYM_WORDS = 5

/** Seeded into the site settings; the coordinator changes them in the admin. */
export const DEFAULT_SYNONYMS: readonly SynonymEntry[] = [
  { term: 'wachtlijst', alsoSearch: 'wachttijd' },
  { term: 'wachttijd', alsoSearch: 'wachtlijst' },
  { term: 'lvb', alsoSearch: 'licht verstandelijke beperking' },
  { term: 'licht verstandelijke beperking', alsoSearch: 'lvb' },
  { term: 'zvb', alsoSearch: 'zwakbegaafd' },
  { term: 'ass', alsoSearch: 'autisme' },
  { term: 'verslaving', alsoSearch: 'middelengebruik' },
  { term: 'middelengebruik', alsoSearch: 'verslaving' },
  { term: 'ggz', alsoSearch: 'psychiatrie' },
  { term: 'logeren', alsoSearch: 'logeeropvang' },
  { term: 'jongere', alsoSearch: 'jeugd' },
]

/** A valid synonym side: 1–5 words of letters and digits (hyphens and apostrophes inside words). */
export function validateSynonymText(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return 'Vul een woord of woorden in.'
  if (value.length > MAX_SYNONYM_LENGTH) return `Gebruik hoogstens ${MAX_SYNONYM_LENGTH} tekens.`
  if (!/^[\p{L}\p{N}\s'’-]+$/u.test(value)) return 'Gebruik alleen letters, cijfers, spaties en koppeltekens.'
  const count = value.trim().split(/\s+/).length
  if (count > MAX_SYNONYM_WORDS) return `Gebruik hoogstens ${MAX_SYNONYM_WORDS} woorden.`
  return true
}

/** Errors of a whole list (beyond each side's own check): too many, the same on both sides, doubles. */
export function validateSynonymList(value: unknown): true | string {
  if (value === null || value === undefined) return true
  if (!Array.isArray(value)) return 'De lijst met synoniemen is ongeldig.'
  if (value.length > MAX_SYNONYMS) return `Gebruik hoogstens ${MAX_SYNONYMS} synoniemen.`
  const seen = new Set<string>()
  for (const [index, row] of value.entries()) {
    const entry = row as Partial<SynonymEntry> | null
    const term = typeof entry?.term === 'string' ? phraseKey(entry.term) : ''
    const alsoSearch = typeof entry?.alsoSearch === 'string' ? phraseKey(entry.alsoSearch) : ''
    if (term && term === alsoSearch) return `Regel ${index + 1}: het woord en het synoniem zijn gelijk.`
    const key = `${term}\u0000${alsoSearch}`
    if (term && alsoSearch && seen.has(key)) return `Regel ${index + 1} staat al eerder in de lijst.`
    seen.add(key)
  }
  return true
}

/** Folded words of a phrase, the form in which query and list are compared. */
function phraseKey(text: string): string {
  return queryWords(text).map(foldDutch).join(' ')
}

/** The list in the form the search applies it; invalid rows (never saved by the admin) are skipped. */
export interface SynonymTable {
  /** Folded phrase → the alternatives' words (as typed, to be searched like query words). */
  byPhrase: Map<string, string[][]>
  longestPhrase: number
}

export function synonymTable(entries: readonly Partial<SynonymEntry>[] | null | undefined): SynonymTable {
  const byPhrase = new Map<string, string[][]>()
  let longestPhrase = 0
  for (const entry of (entries ?? []).slice(0, MAX_SYNONYMS)) {
    if (validateSynonymText(entry.term) !== true || validateSynonymText(entry.alsoSearch) !== true) continue
    const key = phraseKey(entry.term as string)
    const alternative = queryWords(entry.alsoSearch as string)
    if (!key || alternative.length === 0) continue
    const list = byPhrase.get(key) ?? []
    list.push(alternative)
    byPhrase.set(key, list)
    longestPhrase = Math.max(longestPhrase, key.split(' ').length)
  }
  return { byPhrase, longestPhrase }
}

export const MAX_QUERY_WORDS = 10

/**
 * The words of a query as searched: normalised, hyphenated words as their parts (the joined
 * form is an index-side convenience), distinct, at most ten.
 */
export function queryWords(query: string): string[] {
  const result: string[] = []
  for (const match of normalize(query).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?/gu)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’]/g, '')
    if (word && !result.includes(word)) result.push(word)
  }
  return result.slice(0, MAX_QUERY_WORDS)
}

/**
 * One part of a query: a word, or a phrase from the synonym list, with what may stand in for it.
 * A record matches the group when it contains all words of `words`, or all words of any
 * alternative.
 */
export interface QueryGroup {
  words: string[]
  alternatives: string[][]
}

/** Splits the query's words into groups, the longest synonym phrase first at each position. */
export function groupQuery(queryWordList: readonly string[], table: SynonymTable): QueryGroup[] {
  const folded = queryWordList.map(foldDutch)
  const groups: QueryGroup[] = []
  let at = 0
  while (at < queryWordList.length) {
    let matched = false
    for (let length = Math.min(table.longestPhrase, queryWordList.length - at); length >= 1; length--) {
      const alternatives = table.byPhrase.get(folded.slice(at, at + length).join(' '))
      if (!alternatives) continue
      groups.push({ words: queryWordList.slice(at, at + length), alternatives })
      at += length
      matched = true
      break
    }
    if (!matched) {
      groups.push({ words: [queryWordList[at]], alternatives: [] })
      at += 1
    }
  }
  return groups
}

/** The phrases of a synonym table (folded), for a browser that only needs to know whether one applies. */
export function synonymPhrases(table: SynonymTable): string[] {
  return [...table.byPhrase.keys()]
}

/** Whether a query contains one of the phrases (as whole, folded words). */
export function containsPhrase(query: string, phrases: readonly string[]): boolean {
  const folded = ` ${queryWords(query).map(foldDutch).join(' ')} `
  return phrases.some((phrase) => folded.includes(` ${phrase} `))
}
