/**
 * The offerings directory as an in-memory index: the same answers as the rules in
 * ./directory.ts (filter, facet counts, text relevance, sorting, paging, related offerings),
 * in a few milliseconds for tens of thousands of offerings, and kept current one offering at a
 * time.
 *
 * How it stays fast:
 * - each closed-list facet of an offering is one bit mask (bit i = the i-th value of the
 *   vocabulary); areas are stored as the areas they serve (./areas.ts), so matching a district
 *   is one AND;
 * - the offerings are kept in title order and in waiting-time order (insertion by binary
 *   search), so a query walks the order it needs and never sorts, except by relevance;
 * - the facet counts come from the same walk: an offering failing exactly one facet counts
 *   towards that facet only, one failing none towards all;
 * - the text is an inverted index: every distinct word of the directory with the offerings it
 *   occurs in and its best field weight there; a query word is compared with the directory's
 *   words (once per word: remembered), then only the offerings of the matching words count.
 *
 * Only what the list and the facets need is stored; the caller's record of each offering is
 * kept as it was given (the site puts its card fields there).
 */
import { pageInfo, type PageInfo } from '../paging'
import { areasServed } from './areas'
import {
  agesOverlap,
  compareByTitle,
  DEFAULT_PAGE_SIZE,
  normaliseText,
  queryTerms,
  weightedTexts,
  type FacetCounts,
  type ListedOffering,
} from './directory'
import { facetKeys, facetVocabularies, type FacetKey, type OfferingFilter } from './filter'

/** What the index needs of an offering; the organisation is referred to by ID. */
export interface IndexableOffering extends ListedOffering {
  organisationId?: string | null
}

/** An organisation the visitor may see (others are left out: their offerings show without one). */
export interface IndexedOrganisation {
  id: string
  name: string
  slug: string
}

export interface IndexHit<T> {
  offering: T
  organisation?: IndexedOrganisation
}

export interface IndexResult<T> {
  items: IndexHit<T>[]
  info: PageInfo
  counts: FacetCounts
}

type ListFacet = Exclude<FacetKey, 'organisations'>

const listFacets: readonly ListFacet[] = ['kindsOfHelp', 'targetGroupTraits', 'settings', 'fundingLaws', 'areas', 'networks']
const FACETS = listFacets.length
const KINDS = listFacets.indexOf('kindsOfHelp')
const TRAITS = listFacets.indexOf('targetGroupTraits')
const AREAS = listFacets.indexOf('areas')
const NETWORKS = listFacets.indexOf('networks')

const vocabularies = facetVocabularies

const bitOf: Record<ListFacet, Map<string, number>> = Object.fromEntries(
  listFacets.map((key) => [key, new Map(vocabularies[key].map((option, index) => [option.value, 1 << index]))]),
) as Record<ListFacet, Map<string, number>>

for (const key of listFacets) {
  if (vocabularies[key].length > 31) throw new Error(`Te veel waarden in ${key} voor een bitmasker`)
}

function maskOf(key: ListFacet, values: readonly string[] | null | undefined): number {
  let mask = 0
  for (const value of values ?? []) mask |= bitOf[key].get(value) ?? 0
  return mask
}

/** A query's "fails" bits: bit k for list facet k, the next bit for the organisation. */
const ORGANISATION_FAILS = 1 << FACETS

const OPEN = -1
const UNKNOWN_WAIT = Number.POSITIVE_INFINITY
/** A posting is slot × 16 + field weight (weights are 1–10). */
const WEIGHT_BITS = 4
const WEIGHT_MASK = (1 << WEIGHT_BITS) - 1
const TERM_CACHE_SIZE = 500
/** Related-offering answers remembered per index version (a few hundred bytes each). */
const RELATED_CACHE_SIZE = 2000

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u

/** How a query word meets a word of the text: whole (2), its start (1), inside a long word (0.5). */
function wordFactor(word: string, term: string): number {
  if (word === term) return 2
  if (word.startsWith(term)) return 1
  return term.length >= 4 && word.includes(term) ? 0.5 : 0
}

export class DirectoryIndex<T extends IndexableOffering> {
  // Per slot (an offering's place; freed slots are reused).
  private records: (T | undefined)[] = []
  /** FACETS masks per slot; areas as the areas served. */
  private masks = new Uint32Array(0)
  /** The areas as entered (for "same area" among related offerings). */
  private ownAreas = new Uint32Array(0)
  private organisationOf = new Int32Array(0)
  private ageMin = new Int16Array(0)
  private ageMax = new Int16Array(0)
  private waiting = new Float64Array(0)
  private capacity = 0
  private freeSlots: number[] = []
  private slotById = new Map<string, number>()
  private slotBySlug = new Map<string, number>()
  /** Live slots in title order and in waiting-time order. */
  private byTitle: number[] = []
  private byWaiting: number[] = []

  // Organisations: an index per organisation ID, visible or not.
  private organisations: { id: string; visible?: IndexedOrganisation; offerings: number }[] = []
  private organisationIndex = new Map<string, number>()

  // Text: every distinct word of the directory by number, with the slots it occurs in.
  private vocabulary = new Map<string, number>()
  private vocabularyWords: string[] = []
  private postings: number[][] = []
  private wordsOf: (Int32Array | undefined)[] = []
  /** Per query word: the directory's words it meets, and how far the vocabulary was scanned. */
  private termMatches = new Map<string, { scanned: number; words: number[]; factors: number[] }>()

  /** Raised by every change; lets callers cache what they derive from the index. */
  version = 0

  constructor(offerings: Iterable<T> = [], organisations: Iterable<IndexedOrganisation> = []) {
    for (const organisation of organisations) this.setOrganisation(organisation.id, organisation)
    for (const offering of offerings) {
      if (this.slotById.has(offering.id)) this.unstore(this.slotById.get(offering.id) as number)
      this.store(offering)
    }
    // One sort for the whole load; later changes insert in place.
    const live = [...this.slotById.values()]
    this.byTitle = [...live].sort((a, b) => this.compareTitle(a, b))
    this.byWaiting = [...live].sort((a, b) => this.compareWaiting(a, b))
    this.version += 1
  }

  get size(): number {
    return this.slotById.size
  }

  has(id: string): boolean {
    return this.slotById.has(id)
  }

  /** The records, in title order. */
  *entries(): IterableIterator<T> {
    for (const slot of this.byTitle) yield this.records[slot] as T
  }

  /** Adds or replaces an offering. */
  upsert(offering: T): void {
    if (this.slotById.has(offering.id)) this.remove(offering.id)
    const slot = this.store(offering)
    insertSorted(this.byTitle, slot, (a, b) => this.compareTitle(a, b))
    insertSorted(this.byWaiting, slot, (a, b) => this.compareWaiting(a, b))
    this.version += 1
  }

  /** Removes an offering (unknown IDs are ignored). */
  remove(id: string): void {
    const slot = this.slotById.get(id)
    if (slot === undefined) return
    removeSorted(this.byTitle, slot, (a, b) => this.compareTitle(a, b))
    removeSorted(this.byWaiting, slot, (a, b) => this.compareWaiting(a, b))
    this.unstore(slot)
    this.version += 1
  }

  /**
   * Sets what the visitor may see of an organisation (undefined: nothing, e.g. unpublished or
   * deleted). Its offerings' search text follows its name.
   */
  setOrganisation(id: string, visible: IndexedOrganisation | undefined): void {
    const index = this.organisationSlot(id)
    const entry = this.organisations[index]
    const nameChanged = entry.visible?.name !== visible?.name
    if (nameChanged && entry.offerings > 0) {
      const slots = this.byTitle.filter((slot) => this.organisationOf[slot] === index)
      for (const slot of slots) this.unindexWords(slot)
      entry.visible = visible ? { id, name: visible.name, slug: visible.slug } : undefined
      for (const slot of slots) this.indexWords(slot)
    } else {
      entry.visible = visible ? { id, name: visible.name, slug: visible.slug } : undefined
    }
    this.version += 1
  }

  /** The organisations with at least one offering that the visitor may see, by name (remembered until a change). */
  organisationOptions(): IndexedOrganisation[] {
    if (this.organisationOptionsOf?.version !== this.version) {
      const options = this.organisations
        .filter((entry) => entry.visible && entry.offerings > 0)
        .map((entry) => entry.visible as IndexedOrganisation)
        .sort((a, b) => compareByTitle({ title: a.name }, { title: b.name }))
      this.organisationOptionsOf = { version: this.version, options }
    }
    return this.organisationOptionsOf.options
  }

  private organisationOptionsOf: { version: number; options: IndexedOrganisation[] } | undefined

  /** One offering by slug, with its organisation. */
  bySlug(slug: string): IndexHit<T> | undefined {
    const slot = this.slotBySlug.get(slug)
    return slot === undefined ? undefined : this.hit(slot)
  }

  /** The directory's answer to a filter (the same as queryOfferings in ./directory.ts). */
  query(filter: OfferingFilter, pageSize = DEFAULT_PAGE_SIZE): IndexResult<T> {
    const terms = queryTerms(filter.query)
    const scores = terms.length > 0 ? this.textScores(terms) : undefined
    const age = filter.age
    const hasAge = age !== undefined

    const selectedFacet: number[] = []
    const selectedMask: number[] = []
    listFacets.forEach((key, k) => {
      const values = filter[key] as readonly string[]
      if (values.length > 0) {
        selectedFacet.push(k)
        selectedMask.push(maskOf(key, values))
      }
    })
    const selectedCount = selectedFacet.length
    let organisationFilter: Uint8Array | undefined
    if (filter.organisations.length > 0) {
      organisationFilter = new Uint8Array(this.organisations.length)
      this.organisations.forEach((entry, index) => {
        if (entry.visible && filter.organisations.includes(entry.visible.slug)) organisationFilter![index] = 1
      })
    }

    const { masks, ageMin, ageMax, organisationOf } = this
    const valueCounts = new Int32Array(FACETS * 32)
    const organisationCounts = new Int32Array(this.organisations.length)
    const order = filter.sort === 'wachttijd' ? this.byWaiting : this.byTitle
    const matched: number[] = []

    for (let position = 0; position < order.length; position++) {
      const slot = order[position]
      if (hasAge) {
        const min = ageMin[slot]
        const max = ageMax[slot]
        if ((min !== OPEN && age < min) || (max !== OPEN && age > max)) continue
      }
      if (scores !== undefined && scores[slot] === 0) continue
      const base = slot * FACETS
      let fails = 0
      for (let s = 0; s < selectedCount; s++) {
        if ((masks[base + selectedFacet[s]] & selectedMask[s]) === 0) fails |= 1 << selectedFacet[s]
      }
      const organisation = organisationOf[slot]
      if (organisationFilter !== undefined && (organisation === OPEN || organisationFilter[organisation] === 0)) fails |= ORGANISATION_FAILS
      if (fails === 0) {
        matched.push(slot)
        for (let k = 0; k < FACETS; k++) {
          let rest = masks[base + k]
          while (rest !== 0) {
            const lowest = rest & -rest
            valueCounts[k * 32 + 31 - Math.clz32(lowest)] += 1
            rest ^= lowest
          }
        }
        if (organisation !== OPEN) organisationCounts[organisation] += 1
      } else if ((fails & (fails - 1)) === 0) {
        // Fails one facet only: it counts towards that facet's values (ticking one adds it).
        if (fails === ORGANISATION_FAILS) {
          if (organisation !== OPEN) organisationCounts[organisation] += 1
        } else {
          const k = 31 - Math.clz32(fails)
          let rest = masks[base + k]
          while (rest !== 0) {
            const lowest = rest & -rest
            valueCounts[k * 32 + 31 - Math.clz32(lowest)] += 1
            rest ^= lowest
          }
        }
      }
    }

    if (scores !== undefined && filter.sort === 'relevantie') {
      // Stable: equal scores keep title order.
      matched.sort((a, b) => scores[b] - scores[a])
    }

    const info = pageInfo(matched.length, filter.page, pageSize)
    const items = matched.slice(info.from - 1, info.to).map((slot) => this.hit(slot))
    return { items, info, counts: this.facetCounts(valueCounts, organisationCounts) }
  }

  /**
   * Up to `limit` offerings like the one with `slug` (the rules of relatedOfferings). The answer
   * walks every offering once; it is remembered until the index changes, so an offering page
   * rendered again (uncached, or after the page cache let it go) costs a lookup, not a walk.
   */
  related(slug: string, limit = 3): IndexHit<T>[] {
    if (this.relatedOf.version !== this.version) this.relatedOf = { version: this.version, answers: new Map() }
    const key = `${limit}:${slug}`
    let answer = this.relatedOf.answers.get(key)
    if (!answer) {
      if (this.relatedOf.answers.size >= RELATED_CACHE_SIZE) this.relatedOf.answers.clear()
      answer = this.findRelated(slug, limit)
      this.relatedOf.answers.set(key, answer)
    }
    return answer
  }

  private relatedOf: { version: number; answers: Map<string, IndexHit<T>[]> } = { version: -1, answers: new Map() }

  private findRelated(slug: string, limit: number): IndexHit<T>[] {
    const target = this.slotBySlug.get(slug)
    if (target === undefined) return []
    const targetRecord = this.records[target] as T
    const targetOrganisation = this.visibleOrganisation(target)
    const { masks } = this
    const base = target * FACETS
    const kinds = masks[base + KINDS]
    const traits = masks[base + TRAITS]
    const networkMask = masks[base + NETWORKS]
    const served = masks[base + AREAS]
    const candidates: { slot: number; score: number }[] = []
    for (const slot of this.byTitle) {
      if (slot === target) continue
      const other = slot * FACETS
      if ((masks[other + NETWORKS] & networkMask) === 0) continue
      const sharedKinds = popcount(masks[other + KINDS] & kinds)
      const sharedTraits = popcount(masks[other + TRAITS] & traits)
      if (sharedKinds + sharedTraits === 0) continue
      if (targetOrganisation && this.visibleOrganisation(slot)?.slug === targetOrganisation.slug) continue
      if (!agesOverlap(targetRecord, this.records[slot] as T)) continue
      const area = (this.ownAreas[slot] & served) !== 0 ? 1 : 0
      candidates.push({ slot, score: sharedKinds * 4 + sharedTraits * 2 + area })
    }
    // Stable sort over title order: ties stay by title.
    candidates.sort((a, b) => b.score - a.score)
    return candidates.slice(0, limit).map((candidate) => this.hit(candidate.slot))
  }

  // -------------------------------------------------------------------------------------------

  private hit(slot: number): IndexHit<T> {
    const organisation = this.visibleOrganisation(slot)
    return organisation ? { offering: this.records[slot] as T, organisation } : { offering: this.records[slot] as T }
  }

  private visibleOrganisation(slot: number): IndexedOrganisation | undefined {
    const index = this.organisationOf[slot]
    return index === OPEN ? undefined : this.organisations[index].visible
  }

  private facetCounts(valueCounts: Int32Array, organisationCounts: Int32Array): FacetCounts {
    const counts = Object.fromEntries(facetKeys.map((key) => [key, {}])) as FacetCounts
    listFacets.forEach((key, k) => {
      vocabularies[key].forEach((option, index) => {
        const count = valueCounts[k * 32 + index]
        if (count > 0) counts[key][option.value] = count
      })
    })
    this.organisations.forEach((entry, index) => {
      if (entry.visible && organisationCounts[index] > 0) counts.organisations[entry.visible.slug] = organisationCounts[index]
    })
    return counts
  }

  /** Per slot: the relevance for all terms (0 when a term is missing), as relevanceScore. */
  private textScores(terms: readonly string[]): Float64Array {
    const total = new Float64Array(this.capacity)
    const best = new Float64Array(this.capacity)
    for (let termIndex = 0; termIndex < terms.length; termIndex++) {
      const { words, factors } = this.wordsMeeting(terms[termIndex])
      if (words.length === 0) return new Float64Array(this.capacity)
      if (termIndex > 0) best.fill(0)
      const target = termIndex === 0 ? total : best
      for (let w = 0; w < words.length; w++) {
        const list = this.postings[words[w]]
        const factor = factors[w]
        for (let p = 0; p < list.length; p++) {
          const slot = list[p] >>> WEIGHT_BITS
          const value = factor * (list[p] & WEIGHT_MASK)
          if (value > target[slot]) target[slot] = value
        }
      }
      if (termIndex > 0) {
        for (let slot = 0; slot < total.length; slot++) total[slot] = total[slot] > 0 && best[slot] > 0 ? total[slot] + best[slot] : 0
      }
    }
    return total
  }

  /** The directory's words a query word meets; cached, and extended as the vocabulary grows. */
  private wordsMeeting(term: string): { words: number[]; factors: number[] } {
    let entry = this.termMatches.get(term)
    if (!entry) {
      if (this.termMatches.size >= TERM_CACHE_SIZE) this.termMatches.clear()
      entry = { scanned: 0, words: [], factors: [] }
      this.termMatches.set(term, entry)
    }
    for (; entry.scanned < this.vocabularyWords.length; entry.scanned++) {
      const factor = wordFactor(this.vocabularyWords[entry.scanned], term)
      if (factor > 0) {
        entry.words.push(entry.scanned)
        entry.factors.push(factor)
      }
    }
    return entry
  }

  private store(offering: T): number {
    const slot = this.freeSlots.pop() ?? this.grow()
    this.records[slot] = offering
    this.slotById.set(offering.id, slot)
    this.slotBySlug.set(offering.slug, slot)
    const base = slot * FACETS
    listFacets.forEach((key, k) => {
      this.masks[base + k] = key === 'areas' ? maskOf(key, areasServed(offering.areas)) : maskOf(key, offering[key])
    })
    this.ownAreas[slot] = maskOf('areas', offering.areas)
    const organisation = offering.organisationId ? this.organisationSlot(offering.organisationId) : OPEN
    this.organisationOf[slot] = organisation
    if (organisation !== OPEN) this.organisations[organisation].offerings += 1
    this.ageMin[slot] = typeof offering.ageMin === 'number' ? offering.ageMin : OPEN
    this.ageMax[slot] = typeof offering.ageMax === 'number' ? offering.ageMax : OPEN
    this.waiting[slot] = typeof offering.waitingTimeWeeks === 'number' ? offering.waitingTimeWeeks : UNKNOWN_WAIT
    this.indexWords(slot)
    return slot
  }

  private unstore(slot: number): void {
    const record = this.records[slot] as T
    this.unindexWords(slot)
    const organisation = this.organisationOf[slot]
    if (organisation !== OPEN) this.organisations[organisation].offerings -= 1
    this.slotById.delete(record.id)
    if (this.slotBySlug.get(record.slug) === slot) this.slotBySlug.delete(record.slug)
    this.records[slot] = undefined
    this.freeSlots.push(slot)
  }

  private indexWords(slot: number): void {
    const offering = this.records[slot] as T
    const best = new Map<number, number>()
    for (const { text, weight } of weightedTexts(offering, this.visibleOrganisation(slot)?.name)) {
      for (const word of normaliseText(text).split(WORD_SEPARATOR)) {
        if (!word) continue
        let id = this.vocabulary.get(word)
        if (id === undefined) {
          id = this.vocabularyWords.length
          this.vocabulary.set(word, id)
          this.vocabularyWords.push(word)
          this.postings.push([])
        }
        if ((best.get(id) ?? 0) < weight) best.set(id, weight)
      }
    }
    for (const [id, weight] of best) this.postings[id].push(slot * (WEIGHT_MASK + 1) + weight)
    this.wordsOf[slot] = Int32Array.from(best.keys())
  }

  private unindexWords(slot: number): void {
    for (const id of this.wordsOf[slot] ?? []) {
      const list = this.postings[id]
      // Recent postings are at the end; the order within a list does not matter.
      for (let p = list.length - 1; p >= 0; p--) {
        if (list[p] >>> WEIGHT_BITS === slot) {
          list[p] = list[list.length - 1]
          list.pop()
          break
        }
      }
    }
    this.wordsOf[slot] = undefined
  }

  private organisationSlot(id: string): number {
    let index = this.organisationIndex.get(id)
    if (index === undefined) {
      index = this.organisations.length
      this.organisations.push({ id, offerings: 0 })
      this.organisationIndex.set(id, index)
    }
    return index
  }

  private grow(): number {
    const slot = this.capacity
    if (slot >= this.ageMin.length) {
      const size = Math.max(64, this.ageMin.length * 2)
      this.masks = resized(this.masks, size * FACETS)
      this.ownAreas = resized(this.ownAreas, size)
      this.organisationOf = resized(this.organisationOf, size)
      this.ageMin = resized(this.ageMin, size)
      this.ageMax = resized(this.ageMax, size)
      this.waiting = resized(this.waiting, size)
    }
    this.capacity += 1
    return slot
  }

  private compareTitle(a: number, b: number): number {
    const first = this.records[a] as T
    const second = this.records[b] as T
    return compareByTitle(first, second) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0)
  }

  private compareWaiting(a: number, b: number): number {
    return this.waiting[a] - this.waiting[b] || this.compareTitle(a, b)
  }
}

function popcount(mask: number): number {
  let count = 0
  let rest = mask
  while (rest !== 0) {
    rest &= rest - 1
    count += 1
  }
  return count
}

type TypedArray = Uint32Array | Int32Array | Int16Array | Float64Array

function resized<A extends TypedArray>(array: A, size: number): A {
  const next = new (array.constructor as new (length: number) => A)(size)
  const target: TypedArray = next
  target.set(array)
  return next
}

/** Inserts `slot` into an array sorted by `compare` (after equal ones). */
function insertSorted(list: number[], slot: number, compare: (a: number, b: number) => number): void {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(list[middle], slot) <= 0) low = middle + 1
    else high = middle
  }
  list.splice(low, 0, slot)
}

/** Removes `slot` from an array sorted by `compare` (found by binary search, then nearby). */
function removeSorted(list: number[], slot: number, compare: (a: number, b: number) => number): void {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(list[middle], slot) < 0) low = middle + 1
    else high = middle
  }
  for (let index = low; index < list.length; index++) {
    if (list[index] === slot) {
      list.splice(index, 1)
      return
    }
    if (compare(list[index], slot) > 0) break
  }
  // The order changed under us (it should not): fall back to a scan.
  const index = list.indexOf(slot)
  if (index >= 0) list.splice(index, 1)
}
