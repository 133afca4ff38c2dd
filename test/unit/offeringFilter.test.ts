import { describe, expect, it } from 'vitest'
import {
  emptyOfferingFilter,
  isFilterActive,
  offeringFilterHref,
  offeringFilterToSearchParams,
  parseOfferingFilter,
  toggleFacetValue,
} from '../../src/domain/offerings/filter'

describe('parseOfferingFilter', () => {
  it('reads every facet, the age, the text, the sort and the page from Dutch parameters', () => {
    const filter = parseOfferingFilter(
      new URLSearchParams(
        'hulp=behandeling&hulp=diagnostiek&doelgroep=trauma&setting=ambulant&financiering=jeugdwet&gebied=noord&organisatie=cordaan&netwerk=jeugd&leeftijd=15&q=%20trauma%20%20behandeling%20&sorteer=naam&pagina=3',
      ),
    )
    expect(filter).toEqual({
      kindsOfHelp: ['behandeling', 'diagnostiek'],
      targetGroupTraits: ['trauma'],
      settings: ['ambulant'],
      fundingLaws: ['jeugdwet'],
      areas: ['noord'],
      organisations: ['cordaan'],
      networks: ['jeugd'],
      age: 15,
      query: 'trauma behandeling',
      sort: 'naam',
      page: 3,
    })
  })

  it('gives the empty filter for no parameters', () => {
    expect(parseOfferingFilter(new URLSearchParams())).toEqual(emptyOfferingFilter())
  })

  it('drops unknown values, bad slugs and duplicates instead of failing', () => {
    const filter = parseOfferingFilter(new URLSearchParams('hulp=bestaat-niet&hulp=Behandeling&hulp=behandeling&organisatie=../x&organisatie=cordaan'))
    expect(filter.kindsOfHelp).toEqual(['behandeling'])
    expect(filter.organisations).toEqual(['cordaan'])
  })

  it('accepts comma-separated values', () => {
    expect(parseOfferingFilter(new URLSearchParams('hulp=behandeling,crisis')).kindsOfHelp).toEqual(['behandeling', 'crisis'])
  })

  it('ignores an age or page that is not a sensible whole number', () => {
    for (const age of ['-1', '15.5', 'vijftien', '100', '']) {
      expect(parseOfferingFilter(new URLSearchParams({ leeftijd: age })).age).toBeUndefined()
    }
    expect(parseOfferingFilter(new URLSearchParams({ leeftijd: '0' })).age).toBe(0)
    expect(parseOfferingFilter(new URLSearchParams({ pagina: '0' })).page).toBe(1)
    expect(parseOfferingFilter(new URLSearchParams({ pagina: 'x' })).page).toBe(1)
  })

  it('reads a plain record as Astro or a router may give it', () => {
    expect(parseOfferingFilter({ hulp: ['crisis', 'training'], leeftijd: '20' })).toMatchObject({
      kindsOfHelp: ['crisis', 'training'],
      age: 20,
    })
  })

  it('limits the text length and falls back to relevance for an unknown sort', () => {
    const filter = parseOfferingFilter(new URLSearchParams({ q: 'a'.repeat(500), sorteer: 'prijs' }))
    expect(filter.query).toHaveLength(200)
    expect(filter.sort).toBe('relevantie')
  })
})

describe('offeringFilterToSearchParams', () => {
  it('leaves out defaults, so the empty filter is the bare page', () => {
    expect(offeringFilterToSearchParams(emptyOfferingFilter()).toString()).toBe('')
    expect(offeringFilterHref(emptyOfferingFilter())).toBe('/aanbod')
  })

  it('writes one canonical order whatever order the values were chosen in', () => {
    const a = offeringFilterToSearchParams({ ...emptyOfferingFilter(), kindsOfHelp: ['crisis', 'diagnostiek'], age: 15, query: 'trauma' })
    const b = offeringFilterToSearchParams({ ...emptyOfferingFilter(), age: 15, kindsOfHelp: ['diagnostiek', 'crisis'], query: 'trauma' })
    expect(a.toString()).toBe('q=trauma&hulp=diagnostiek&hulp=crisis&leeftijd=15')
    expect(b.toString()).toBe(a.toString())
  })

  it('round-trips through parse', () => {
    const filter = {
      ...emptyOfferingFilter(),
      kindsOfHelp: ['behandeling' as const],
      targetGroupTraits: ['lvb' as const, 'trauma' as const],
      organisations: ['cordaan', 'kentalis'],
      networks: ['volwassenen' as const],
      age: 0,
      query: 'wonen na 18',
      sort: 'naam' as const,
      page: 2,
    }
    expect(parseOfferingFilter(offeringFilterToSearchParams(filter))).toEqual(filter)
  })

  it('accepts a partial filter (as the routekaart builds links)', () => {
    expect(offeringFilterHref({ kindsOfHelp: ['crisis'], age: 17 })).toBe('/aanbod?hulp=crisis&leeftijd=17')
  })
})

describe('filter helpers', () => {
  it('knows whether a filter narrows the results (sort and page do not)', () => {
    expect(isFilterActive(emptyOfferingFilter())).toBe(false)
    expect(isFilterActive({ ...emptyOfferingFilter(), sort: 'naam', page: 3 })).toBe(false)
    expect(isFilterActive({ ...emptyOfferingFilter(), age: 0 })).toBe(true)
    expect(isFilterActive({ ...emptyOfferingFilter(), areas: ['noord'] })).toBe(true)
    expect(isFilterActive({ ...emptyOfferingFilter(), query: 'x' })).toBe(true)
  })

  it('toggles a facet value and goes back to the first page', () => {
    const on = toggleFacetValue({ ...emptyOfferingFilter(), page: 4 }, 'kindsOfHelp', 'crisis')
    expect(on).toMatchObject({ kindsOfHelp: ['crisis'], page: 1 })
    expect(toggleFacetValue(on, 'kindsOfHelp', 'crisis').kindsOfHelp).toEqual([])
  })
})
