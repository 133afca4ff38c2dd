import { describe, expect, it } from 'vitest'
import { matchesOfferingFilter, type DirectoryOffering } from '../../src/domain/offerings/directory'
import { isEmptyRouteFilter, routeFilterQuery, routeOfferingFilter, type RouteOfferingFilter } from '../../src/domain/routeMaps/offeringFilter'
import { buildRouteMapOutline } from '../../src/domain/routeMaps/outline'
import { amsterdamDay, summariseRouteMapStats } from '../../src/domain/routeMaps/stats'

const offering = {
  kindsOfHelp: ['behandeling', 'onderwijs-zorg'],
  targetGroupTraits: ['lvb', 'gedrag'],
  settings: ['dagbehandeling'],
  fundingLaws: ['jeugdwet'],
  areas: ['heel-amsterdam'],
  ageMin: 6,
  ageMax: 12,
  networks: ['jeugd'],
}

// What an outcome shows is decided by the directory's own rules on the outcome's filter.
const offeringMatchesRouteFilter = (candidate: Omit<DirectoryOffering, 'id' | 'title' | 'slug'>, filter: RouteOfferingFilter | null | undefined) =>
  matchesOfferingFilter({ id: '1', title: 'Aanbod', slug: 'aanbod', ...candidate }, routeOfferingFilter(filter))

describe('an outcome\'s filter, by the directory\'s rules', () => {
  it('matches everything with an empty filter', () => {
    expect(offeringMatchesRouteFilter(offering, undefined)).toBe(true)
    expect(offeringMatchesRouteFilter(offering, {})).toBe(true)
    expect(offeringMatchesRouteFilter(offering, { kindsOfHelp: [], age: null })).toBe(true)
  })

  it('needs one of the values within a facet', () => {
    expect(offeringMatchesRouteFilter(offering, { kindsOfHelp: ['diagnostiek', 'behandeling'] })).toBe(true)
    expect(offeringMatchesRouteFilter(offering, { kindsOfHelp: ['diagnostiek'] })).toBe(false)
  })

  it('needs every facet that is set', () => {
    expect(offeringMatchesRouteFilter(offering, { kindsOfHelp: ['behandeling'], networks: ['volwassenen'] })).toBe(false)
    expect(offeringMatchesRouteFilter(offering, { kindsOfHelp: ['behandeling'], settings: ['dagbehandeling'], fundingLaws: ['jeugdwet'] })).toBe(true)
    expect(offeringMatchesRouteFilter(offering, { targetGroupTraits: ['verslaving'] })).toBe(false)
    expect(offeringMatchesRouteFilter(offering, { areas: ['amstelland'] })).toBe(false)
    // As in the directory: an offering for the whole city is found under each district.
    expect(offeringMatchesRouteFilter(offering, { areas: ['zuidoost'] })).toBe(true)
  })

  it('checks the age against the range, open bounds fitting any age', () => {
    expect(offeringMatchesRouteFilter(offering, { age: 6 })).toBe(true)
    expect(offeringMatchesRouteFilter(offering, { age: 12 })).toBe(true)
    expect(offeringMatchesRouteFilter(offering, { age: 5 })).toBe(false)
    expect(offeringMatchesRouteFilter(offering, { age: 13 })).toBe(false)
    expect(offeringMatchesRouteFilter({ ...offering, ageMin: null, ageMax: null }, { age: 40 })).toBe(true)
    expect(offeringMatchesRouteFilter({ ...offering, ageMax: null }, { age: 40 })).toBe(true)
  })

  it('treats missing facets of an offering as not matching a set facet', () => {
    expect(offeringMatchesRouteFilter({ kindsOfHelp: ['behandeling'] }, { settings: ['thuis'] })).toBe(false)
  })
})

describe('routeFilterQuery', () => {
  it('writes the directory parameters, repeated for several values', () => {
    expect(
      routeFilterQuery({
        kindsOfHelp: ['behandeling', 'begeleiding'],
        targetGroupTraits: ['trauma'],
        settings: ['thuis'],
        fundingLaws: ['wmo'],
        areas: ['noord'],
        age: 14,
        networks: ['jeugd'],
      }),
    ).toBe('hulp=behandeling&hulp=begeleiding&doelgroep=trauma&setting=thuis&financiering=wmo&gebied=noord&netwerk=jeugd&leeftijd=14')
    expect(routeFilterQuery({})).toBe('')
    expect(routeFilterQuery(null)).toBe('')
  })

  it('knows an empty filter', () => {
    expect(isEmptyRouteFilter(null)).toBe(true)
    expect(isEmptyRouteFilter({ kindsOfHelp: [], age: null })).toBe(true)
    expect(isEmptyRouteFilter({ age: 0 })).toBe(false)
    expect(isEmptyRouteFilter({ networks: ['jeugd'] })).toBe(false)
  })
})

describe('buildRouteMapOutline', () => {
  it('writes each step out once, refers to it after, and lists unreachable steps', () => {
    const outline = buildRouteMapOutline(
      [
        { key: 'start', kind: 'vraag', title: 'Start', answers: [{ label: 'A', nextStepKey: 'x' }, { label: 'B', nextStepKey: 'x' }, { label: 'C', nextStepKey: 'weg' }] },
        { key: 'x', kind: 'uitkomst', title: 'X' },
        { key: 'los', kind: 'uitkomst', title: 'Los' },
      ],
      'start',
    )
    expect(outline.root?.answers.map((answer) => [answer.label, answer.next.key, answer.next.seeAbove, answer.next.missing])).toEqual([
      ['A', 'x', false, false],
      ['B', 'x', true, false],
      ['C', 'weg', false, true],
    ])
    expect(outline.unreachable).toEqual([{ key: 'los', title: 'Los' }])
  })
})

describe('summariseRouteMapStats', () => {
  it('shows per question how many went on and how many stopped', () => {
    const rows = summariseRouteMapStats(
      [
        { key: 'start', title: 'Start', kind: 'vraag' },
        { key: 'leeftijd', title: 'Leeftijd', kind: 'vraag' },
        { key: 'uit', title: 'Uitkomst', kind: 'uitkomst' },
      ],
      [
        { stepKey: 'start', views: 10 },
        { stepKey: 'start', fromStepKey: null, views: 2 },
        { stepKey: 'leeftijd', fromStepKey: 'start', views: 9 },
        { stepKey: 'uit', fromStepKey: 'leeftijd', views: 3 },
        { stepKey: 'uit', fromStepKey: 'start', views: 1 },
      ],
    )
    expect(rows).toEqual([
      { key: 'start', title: 'Start', kind: 'vraag', views: 12, continued: 10, stopped: 2, stopPercentage: 17 },
      { key: 'leeftijd', title: 'Leeftijd', kind: 'vraag', views: 9, continued: 3, stopped: 6, stopPercentage: 67 },
      { key: 'uit', title: 'Uitkomst', kind: 'uitkomst', views: 4, continued: 0, stopped: 0 },
    ])
  })

  it('gives no percentage without views', () => {
    expect(summariseRouteMapStats([{ key: 'a', title: 'A', kind: 'vraag' }], [])[0].stopPercentage).toBeUndefined()
  })

  it('counts days in Amsterdam time', () => {
    expect(amsterdamDay(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24')
    expect(amsterdamDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01')
  })
})
