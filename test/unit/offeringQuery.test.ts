import { describe, expect, it } from 'vitest'
import {
  emptyOfferingFilter,
  MAX_FACET_VALUES,
  MAX_QUERY_LENGTH,
  normaliseOfferingFilter,
  offeringFilterHref,
  offeringFilterSearch,
  offeringParams,
  parseOfferingFilter,
  type OfferingFilter,
} from '../../src/domain/offerings/filter'
import { pageFromParams, pageInfo, paginate } from '../../src/domain/paging'
import { routeFilterQuery, routeOfferingFilter } from '../../src/domain/routeMaps/offeringFilter'

const filter = (changes: Partial<OfferingFilter>): OfferingFilter => ({ ...emptyOfferingFilter(), ...changes })
const roundTrip = (value: OfferingFilter) => parseOfferingFilter(new URLSearchParams(offeringFilterSearch(value)))

describe('the offering query serialiser', () => {
  it('keeps the URL parameters that shared links use', () => {
    expect(Object.values(offeringParams)).toEqual(['hulp', 'doelgroep', 'setting', 'financiering', 'gebied', 'organisatie', 'netwerk', 'leeftijd', 'q', 'sorteer', 'pagina'])
  })

  it('reads back what it writes, for every part of the filter', () => {
    const cases: OfferingFilter[] = [
      emptyOfferingFilter(),
      filter({ kindsOfHelp: ['behandeling', 'diagnostiek'], age: 0 }),
      filter({ targetGroupTraits: ['trauma'], settings: ['ambulant'], fundingLaws: ['wmo', 'jeugdwet'], areas: ['amstelland'] }),
      filter({ organisations: ['cordaan', 'a-b-c'], networks: ['volwassenen', 'jeugd'], age: 99 }),
      filter({ query: 'trauma & <b>"zorg"</b> ?=#', sort: 'wachttijd', page: 7 }),
      filter({ query: 'cliëntondersteuning, 12+ jaar', sort: 'naam', page: 999_999 }),
    ]
    for (const value of cases) {
      const back = roundTrip(value)
      // The same filter; the serialiser writes values in a fixed order, so compare as sets.
      for (const key of ['kindsOfHelp', 'targetGroupTraits', 'settings', 'fundingLaws', 'areas', 'organisations', 'networks'] as const) {
        expect([...back[key]].sort()).toEqual([...value[key]].sort())
      }
      expect({ ...back, kindsOfHelp: 0, targetGroupTraits: 0, settings: 0, fundingLaws: 0, areas: 0, organisations: 0, networks: 0 }).toEqual({
        ...value,
        kindsOfHelp: 0,
        targetGroupTraits: 0,
        settings: 0,
        fundingLaws: 0,
        areas: 0,
        organisations: 0,
        networks: 0,
      })
      // And one view has one URL: writing what was read gives the same string.
      expect(offeringFilterSearch(back)).toBe(offeringFilterSearch(value))
    }
  })

  it('writes nothing for defaults and never a value it would not read', () => {
    expect(offeringFilterSearch({ sort: 'relevantie', page: 1, query: '   ' })).toBe('')
    expect(offeringFilterSearch({ kindsOfHelp: ['bestaat-niet', 'crisis'], organisations: ['../x', 'Cordaan'], age: 150, sort: 'prijs', page: 0 })).toBe(
      'hulp=crisis&organisatie=cordaan',
    )
  })

  it('escapes markup and URL syntax instead of passing it on', () => {
    const query = '"><script>alert(1)</script>&pagina=5#x'
    const search = offeringFilterSearch({ query })
    expect(search).not.toMatch(/[<>"#]/)
    expect(search.split('&')).toHaveLength(1)
    const back = parseOfferingFilter(new URLSearchParams(search))
    expect(back.query).toBe(query)
    expect(back.page).toBe(1)
    // Markup in a facet is not a known value: dropped, not echoed.
    expect(parseOfferingFilter(new URLSearchParams('hulp=<img src=x onerror=alert(1)>&organisatie=<b>x</b>')).kindsOfHelp).toEqual([])
    expect(offeringFilterHref({ organisations: ['<b>x</b>'] })).toBe('/aanbod')
  })

  it('stays small and fast for a 1 MB value', () => {
    const huge = 'a'.repeat(1_000_000)
    const spaces = ' '.repeat(1_000_000)
    const commas = `${','.repeat(1_000_000)}crisis`
    const started = performance.now()
    const parsed = parseOfferingFilter(
      new URLSearchParams({ q: `${huge}`, hulp: commas, organisatie: huge, leeftijd: `${spaces}1`, pagina: `${'9'.repeat(1_000_000)}`, sorteer: huge }),
    )
    const elapsed = performance.now() - started
    expect(parsed.query).toHaveLength(MAX_QUERY_LENGTH)
    expect(parsed.kindsOfHelp).toEqual([])
    expect(parsed.organisations).toEqual([])
    expect(parsed).toMatchObject({ age: undefined, page: 1, sort: 'relevantie' })
    expect(offeringFilterSearch(parsed).length).toBeLessThan(MAX_QUERY_LENGTH + 10)
    // Bounded before it splits or matches: a few milliseconds, never seconds.
    expect(elapsed).toBeLessThan(500)
  })

  it('reads at most a bounded number of values per facet', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => `org-${index}`)
    const parsed = parseOfferingFilter({ organisatie: many })
    expect(parsed.organisations).toHaveLength(MAX_FACET_VALUES)
    // A slug longer than any slug is no slug (cutting it would name another organisation).
    expect(parseOfferingFilter({ organisatie: 'a'.repeat(81) }).organisations).toEqual([])
    expect(parseOfferingFilter({ hulp: [...Array(10_000).fill('crisis'), 'training'] }).kindsOfHelp).toEqual(['crisis'])
  })

  it('takes arrays, repeated and comma-separated values alike, and ignores values of the wrong type', () => {
    expect(parseOfferingFilter(new URLSearchParams('hulp=crisis&hulp=training,behandeling')).kindsOfHelp).toEqual(['crisis', 'training', 'behandeling'])
    expect(parseOfferingFilter({ hulp: ['crisis', 'training'], leeftijd: ['15', '16'], q: ['eerste', 'tweede'] })).toMatchObject({
      kindsOfHelp: ['crisis', 'training'],
      age: 15,
      query: 'eerste',
    })
    const hostile = { hulp: [{ toString: () => 'crisis' }, 42, null, ['crisis']], leeftijd: { valueOf: () => 15 }, q: 12, sorteer: ['naam'], pagina: [{ valueOf: () => 3 }] }
    expect(parseOfferingFilter(hostile as never)).toEqual({ ...emptyOfferingFilter(), sort: 'naam' })
    expect(parseOfferingFilter({ __proto__: { hulp: 'crisis' } } as never)).toEqual(emptyOfferingFilter())
    expect(normaliseOfferingFilter({ kindsOfHelp: 'crisis' as never, age: 15.5, page: -2 })).toEqual(filter({ kindsOfHelp: ['crisis'] }))
    expect(normaliseOfferingFilter(null)).toEqual(emptyOfferingFilter())
  })
})

describe('the routekaart outcome through the same model', () => {
  it('is the directory filter of its stored facets and age, and links with the same serialiser', () => {
    const stored = { kindsOfHelp: ['behandeling', 'begeleiding'], areas: ['noord'], age: 14, networks: ['jeugd'] }
    expect(routeOfferingFilter(stored)).toEqual(filter({ kindsOfHelp: ['behandeling', 'begeleiding'], areas: ['noord'], age: 14, networks: ['jeugd'] }))
    expect(routeFilterQuery(stored)).toBe(offeringFilterSearch(routeOfferingFilter(stored)))
    expect(parseOfferingFilter(new URLSearchParams(routeFilterQuery(stored)))).toEqual(routeOfferingFilter(stored))
    // Only what an outcome stores: no text, sort or page sneaks in.
    expect(routeOfferingFilter({ ...stored, query: 'x', sort: 'naam', page: 3 } as never)).toMatchObject({ query: '', sort: 'relevantie', page: 1 })
  })
})

describe('paging', () => {
  it('reads the page parameter the directory, agenda and kennis share', () => {
    expect(pageFromParams(new URLSearchParams('pagina=3'))).toBe(3)
    for (const value of ['0', '-1', 'x', '1e3', '9'.repeat(1000)]) expect(pageFromParams(new URLSearchParams({ pagina: value }))).toBe(1)
  })

  it('gives the true total and the last page for a page past the end', () => {
    expect(pageInfo(45, 9, 20)).toEqual({ page: 3, pageCount: 3, pageSize: 20, total: 45, from: 41, to: 45 })
    expect(paginate([1, 2, 3], 2, 2)).toEqual({ items: [3], info: { page: 2, pageCount: 2, pageSize: 2, total: 3, from: 3, to: 3 } })
  })
})
