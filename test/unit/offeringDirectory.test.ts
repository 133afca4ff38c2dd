import { describe, expect, it } from 'vitest'
import {
  countFacetValues,
  matchesAge,
  matchesOfferingFilter,
  normaliseText,
  pageLinks,
  paginate,
  queryOfferings,
  queryTerms,
  relatedOfferings,
  relevanceScore,
  type DirectoryOffering,
} from '../../src/domain/offerings/directory'
import { emptyOfferingFilter, type OfferingFilter } from '../../src/domain/offerings/filter'

const offerings: DirectoryOffering[] = [
  {
    id: '1',
    title: 'Ambulante behandeling trauma',
    slug: 'ambulante-behandeling-trauma',
    summary: 'Traumabehandeling voor jongeren met een LVB.',
    organisationName: 'Levvel',
    organisationSlug: 'levvel',
    kindsOfHelp: ['behandeling'],
    targetGroupTraits: ['lvb', 'trauma'],
    settings: ['ambulant'],
    fundingLaws: ['jeugdwet'],
    areas: ['heel-amsterdam'],
    networks: ['jeugd'],
    ageMin: 12,
    ageMax: 23,
  },
  {
    id: '2',
    title: 'Diagnostiek bij LVB en psychiatrie',
    slug: 'diagnostiek-lvb-psychiatrie',
    summary: 'Onderzoek naar wat er speelt.',
    organisationName: 'Levvel',
    organisationSlug: 'levvel',
    kindsOfHelp: ['diagnostiek'],
    targetGroupTraits: ['lvb', 'psychiatrie'],
    settings: ['ambulant'],
    fundingLaws: ['jeugdwet'],
    areas: ['noord'],
    networks: ['jeugd'],
    ageMin: 4,
    ageMax: 18,
  },
  {
    id: '3',
    title: 'Begeleid wonen',
    slug: 'begeleid-wonen',
    summary: 'Wonen met begeleiding, ook na traumatische ervaringen.',
    organisationName: 'Cordaan',
    organisationSlug: 'cordaan',
    kindsOfHelp: ['wonen-verblijf', 'begeleiding'],
    targetGroupTraits: ['lvb'],
    settings: ['residentieel'],
    fundingLaws: ['wlz', 'wmo'],
    areas: ['zuid'],
    networks: ['volwassenen'],
    ageMin: 18,
    ageMax: null,
  },
  {
    id: '4',
    title: 'Cliëntondersteuning voor gezinnen',
    slug: 'clientondersteuning-gezinnen',
    summary: 'Onafhankelijke ondersteuning.',
    organisationName: 'MEE Amstel en Zaan',
    organisationSlug: 'mee-amstel-en-zaan',
    kindsOfHelp: ['clientondersteuning'],
    targetGroupTraits: [],
    settings: ['thuis'],
    fundingLaws: ['wmo'],
    areas: ['heel-amsterdam'],
    networks: ['jeugd', 'volwassenen'],
    ageMin: null,
    ageMax: null,
  },
  {
    id: '5',
    title: 'Behandelgroep jeugd',
    slug: 'behandelgroep-jeugd',
    summary: 'Residentiële behandeling bij gedragsproblemen en trauma.',
    organisationName: "'s Heeren Loo",
    organisationSlug: 's-heeren-loo',
    kindsOfHelp: ['behandeling', 'wonen-verblijf'],
    targetGroupTraits: ['lvb', 'gedrag', 'trauma'],
    settings: ['residentieel'],
    fundingLaws: ['jeugdwet', 'wlz'],
    areas: ['heel-amsterdam'],
    networks: ['jeugd'],
    ageMin: 8,
    ageMax: 18,
  },
]

const filter = (changes: Partial<OfferingFilter>): OfferingFilter => ({ ...emptyOfferingFilter(), ...changes })
const ids = (list: DirectoryOffering[]) => list.map((offering) => offering.id)

describe('matching', () => {
  it('takes an age within the range, bounds included, and treats a missing bound as open', () => {
    expect(matchesAge({ ageMin: 12, ageMax: 23 }, 12)).toBe(true)
    expect(matchesAge({ ageMin: 12, ageMax: 23 }, 23)).toBe(true)
    expect(matchesAge({ ageMin: 12, ageMax: 23 }, 11)).toBe(false)
    expect(matchesAge({ ageMin: 12, ageMax: 23 }, 24)).toBe(false)
    expect(matchesAge({ ageMin: 18, ageMax: null }, 80)).toBe(true)
    expect(matchesAge({ ageMin: null, ageMax: null }, 0)).toBe(true)
    expect(matchesAge({ ageMin: 18 }, undefined)).toBe(true)
  })

  it('combines values of one facet with OR and facets with AND', () => {
    const or = queryOfferings(offerings, filter({ kindsOfHelp: ['diagnostiek', 'begeleiding'] }))
    expect(ids(or.items)).toEqual(['3', '2'])
    const and = queryOfferings(offerings, filter({ kindsOfHelp: ['behandeling'], settings: ['residentieel'] }))
    expect(ids(and.items)).toEqual(['5'])
  })

  it('filters by age and kind together', () => {
    const result = queryOfferings(offerings, filter({ kindsOfHelp: ['behandeling'], age: 20 }))
    expect(ids(result.items)).toEqual(['1'])
  })

  it('filters on organisation slug and network', () => {
    expect(ids(queryOfferings(offerings, filter({ organisations: ['levvel'] })).items)).toEqual(['1', '2'])
    expect(ids(queryOfferings(offerings, filter({ networks: ['volwassenen'] })).items)).toEqual(['3', '4'])
  })

  it('can leave one facet out', () => {
    const f = filter({ kindsOfHelp: ['crisis'] })
    expect(matchesOfferingFilter(offerings[0], f)).toBe(false)
    expect(matchesOfferingFilter(offerings[0], f, { except: 'kindsOfHelp' })).toBe(true)
  })
})

describe('text search', () => {
  it('normalises case and diacritics', () => {
    expect(normaliseText('Cliëntondersteuning')).toBe('clientondersteuning')
    expect(queryTerms('  Cliënt  ONDERSTEUNING a cliënt')).toEqual(['client', 'ondersteuning'])
  })

  it('needs every word to match somewhere', () => {
    expect(relevanceScore(offerings[0], queryTerms('trauma levvel'))).toBeGreaterThan(0)
    expect(relevanceScore(offerings[0], queryTerms('trauma cordaan'))).toBe(0)
  })

  it('finds offerings by vocabulary labels and organisation name, not only by title', () => {
    expect(ids(queryOfferings(offerings, filter({ query: 'clientondersteuning' })).items)).toEqual(['4'])
    expect(ids(queryOfferings(offerings, filter({ query: 'cordaan' })).items)).toEqual(['3'])
    expect(ids(queryOfferings(offerings, filter({ query: 'gedragsproblemen' })).items)).toEqual(['5'])
  })

  it('ranks a title hit above a summary hit, and sorts by name on request', () => {
    const byRelevance = queryOfferings(offerings, filter({ query: 'trauma' }))
    expect(byRelevance.items[0].id).toBe('1')
    expect(ids(byRelevance.items)).toContain('3')
    expect(ids(byRelevance.items).indexOf('3')).toBeGreaterThan(ids(byRelevance.items).indexOf('5'))
    const byName = queryOfferings(offerings, filter({ query: 'trauma', sort: 'naam' }))
    expect(byName.items.map((offering) => offering.title)).toEqual([
      'Ambulante behandeling trauma',
      'Begeleid wonen',
      'Behandelgroep jeugd',
    ])
  })

  it('lets a whole word count more than the start of a word', () => {
    const whole = relevanceScore({ id: 'x', title: 'Behandeling', slug: 'x' }, ['behandeling'])
    const prefix = relevanceScore({ id: 'y', title: 'Behandelingen', slug: 'y' }, ['behandeling'])
    expect(whole).toBeGreaterThan(prefix)
    expect(prefix).toBeGreaterThan(0)
  })

  it('sorts by title (Dutch collation) without a query', () => {
    expect(queryOfferings(offerings, filter({})).items.map((offering) => offering.title)).toEqual([
      'Ambulante behandeling trauma',
      'Begeleid wonen',
      'Behandelgroep jeugd',
      'Cliëntondersteuning voor gezinnen',
      'Diagnostiek bij LVB en psychiatrie',
    ])
  })
})

describe('facet counts', () => {
  it('counts every value over all offerings when nothing is chosen', () => {
    const counts = countFacetValues(offerings, filter({}))
    expect(counts.kindsOfHelp).toEqual({
      behandeling: 2,
      diagnostiek: 1,
      'wonen-verblijf': 2,
      begeleiding: 1,
      clientondersteuning: 1,
    })
    expect(counts.organisations).toEqual({ levvel: 2, cordaan: 1, 'mee-amstel-en-zaan': 1, 's-heeren-loo': 1 })
    expect(counts.networks).toEqual({ jeugd: 4, volwassenen: 2 })
  })

  it("ignores a facet's own selection but applies the other facets, the age and the text", () => {
    const counts = countFacetValues(offerings, filter({ kindsOfHelp: ['behandeling'], settings: ['residentieel'], age: 16 }))
    // Kinds: counted with setting=residentieel and age 16 (offering 5 only; 3 starts at 18).
    expect(counts.kindsOfHelp).toEqual({ behandeling: 1, 'wonen-verblijf': 1 })
    // Settings: counted with kind=behandeling and age 16 (offerings 1 and 5).
    expect(counts.settings).toEqual({ ambulant: 1, residentieel: 1 })
    const withText = countFacetValues(offerings, filter({ query: 'levvel' }))
    expect(withText.kindsOfHelp).toEqual({ behandeling: 1, diagnostiek: 1 })
  })

  it('agrees with the result: ticking a value gives as many results as its count', () => {
    const base = filter({ age: 15, fundingLaws: ['jeugdwet'] })
    const counts = countFacetValues(offerings, base)
    for (const [value, count] of Object.entries(counts.targetGroupTraits)) {
      expect(queryOfferings(offerings, { ...base, targetGroupTraits: [value as never] }).info.total).toBe(count)
    }
  })
})

describe('pagination', () => {
  const items = Array.from({ length: 45 }, (_, index) => index + 1)

  it('cuts a page and reports its position', () => {
    const { items: page, info } = paginate(items, 2, 20)
    expect(page[0]).toBe(21)
    expect(info).toEqual({ page: 2, pageCount: 3, pageSize: 20, total: 45, from: 21, to: 40 })
  })

  it('shows the last page for a page beyond it, and one empty page for no items', () => {
    expect(paginate(items, 9, 20).info).toMatchObject({ page: 3, from: 41, to: 45 })
    expect(paginate([], 1, 20).info).toEqual({ page: 1, pageCount: 1, pageSize: 20, total: 0, from: 0, to: 0 })
  })

  it('lists page links with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(5, 10)).toEqual([1, 0, 4, 5, 6, 0, 10])
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4])
  })

  it('pages the directory result', () => {
    const result = queryOfferings(offerings, filter({ page: 2 }), 2)
    expect(result.info).toMatchObject({ page: 2, pageCount: 3, total: 5 })
    expect(ids(result.items)).toEqual(['5', '4'])
  })
})

describe('related offerings', () => {
  it('prefers the same kind of help and traits at other organisations', () => {
    const related = relatedOfferings(offerings[0], offerings)
    expect(ids(related)[0]).toBe('5')
    expect(ids(related)).not.toContain('1')
    expect(ids(related)).not.toContain('2') // same organisation
    expect(ids(related)).not.toContain('4') // nothing in common
  })

  it('respects the limit', () => {
    expect(relatedOfferings(offerings[0], offerings, 1)).toHaveLength(1)
  })
})
