import { describe, expect, it } from 'vitest'
import { areasServed, overlappingAreas } from '../../src/domain/offerings/areas'
import {
  agesOverlap,
  compareByWaitingTime,
  queryOfferings,
  relatedOfferings,
  type DirectoryOffering,
} from '../../src/domain/offerings/directory'
import { DirectoryIndex } from '../../src/domain/offerings/directoryIndex'
import { emptyOfferingFilter, parseOfferingFilter, type OfferingFilter } from '../../src/domain/offerings/filter'
import { areas } from '../../src/domain/vocabulary'

/**
 * "Never hide help that exists": every facet at its edges, in the rules (queryOfferings) and in
 * the index the site answers from (DirectoryIndex), which must agree.
 */
let counter = 0
function offering(changes: Partial<DirectoryOffering>): DirectoryOffering {
  counter += 1
  return {
    id: String(counter),
    title: `Aanbod ${String(counter).padStart(3, '0')}`,
    slug: `aanbod-${counter}`,
    organisationSlug: 'org',
    organisationName: 'Organisatie',
    kindsOfHelp: ['begeleiding'],
    networks: ['jeugd'],
    ...changes,
  }
}

const filter = (changes: Partial<OfferingFilter>): OfferingFilter => ({ ...emptyOfferingFilter(), ...changes })

/** Titles found and facet counts, by the rules and by the index, which must be equal. */
function run(offerings: DirectoryOffering[], changes: Partial<OfferingFilter>) {
  const reference = queryOfferings(offerings, filter(changes), 1000)
  const index = new DirectoryIndex(
    offerings.map((item) => ({ ...item, organisationId: item.organisationSlug })),
    offerings.flatMap((item) =>
      item.organisationSlug ? [{ id: item.organisationSlug, slug: item.organisationSlug, name: item.organisationName ?? '' }] : [],
    ),
  )
  const fast = index.query(filter(changes), 1000)
  const titles = reference.items.map((item) => item.title)
  expect(fast.items.map((hit) => hit.offering.title)).toEqual(titles)
  expect(fast.counts).toEqual(reference.counts)
  expect(fast.info.total).toBe(reference.info.total)
  return { titles, counts: reference.counts, total: reference.info.total }
}

describe('area', () => {
  const cityWide = offering({ title: 'Heel de stad', areas: ['heel-amsterdam'] })
  const zuidoost = offering({ title: 'Alleen Zuidoost', areas: ['zuidoost'] })
  const noord = offering({ title: 'Alleen Noord', areas: ['noord'] })
  const amstelland = offering({ title: 'Amstelland', areas: ['amstelland'] })
  const nowhere = offering({ title: 'Geen gebied', areas: [] })
  const all = [cityWide, zuidoost, noord, amstelland, nowhere]

  it('finds a city-wide offering under every district of the city', () => {
    for (const district of ['centrum', 'nieuw-west', 'noord', 'oost', 'west', 'zuid', 'zuidoost', 'weesp']) {
      expect(run(all, { areas: [district as never] }).titles).toContain('Heel de stad')
    }
  })

  it('counts the city-wide offering in every district', () => {
    const { counts } = run(all, {})
    expect(counts.areas.zuidoost).toBe(2)
    expect(counts.areas.noord).toBe(2)
    expect(counts.areas.centrum).toBe(1)
    expect(counts.areas.weesp).toBe(1)
  })

  it("finds a district's offering under Heel Amsterdam, and counts it there", () => {
    const { titles, counts } = run(all, { areas: ['heel-amsterdam'] })
    expect(titles).toEqual(['Alleen Noord', 'Alleen Zuidoost', 'Heel de stad'])
    expect(counts.areas['heel-amsterdam']).toBe(3)
  })

  it('keeps Regio Amstelland apart from the city, both ways', () => {
    expect(run(all, { areas: ['amstelland'] }).titles).toEqual(['Amstelland'])
    expect(run(all, { areas: ['zuidoost'] }).titles).not.toContain('Amstelland')
    expect(run(all, { areas: ['heel-amsterdam'] }).titles).not.toContain('Amstelland')
  })

  it('does not let one district find another', () => {
    expect(run(all, { areas: ['zuidoost'] }).titles).toEqual(['Alleen Zuidoost', 'Heel de stad'])
  })

  it('matches the ticked count exactly for every area (a count is what ticking gives)', () => {
    const { counts } = run(all, {})
    for (const { value } of areas) {
      expect(run(all, { areas: [value] }).total).toBe(counts.areas[value] ?? 0)
    }
  })

  it('gives a true zero where no offering serves an area', () => {
    const { counts } = run([zuidoost], {})
    expect(counts.areas.noord ?? 0).toBe(0)
    expect(run([zuidoost], { areas: ['noord'] }).total).toBe(0)
  })

  it('knows the overlap of every area', () => {
    expect(overlappingAreas('zuidoost')).toEqual(['zuidoost', 'heel-amsterdam'])
    expect(overlappingAreas('amstelland')).toEqual(['amstelland'])
    expect(areasServed(['heel-amsterdam'])).toHaveLength(9)
    expect(areasServed([])).toEqual([])
  })
})

describe('age', () => {
  const teens = offering({ title: 'Twaalf tot achttien', ageMin: 12, ageMax: 18 })
  const adults = offering({ title: 'Vanaf achttien', ageMin: 18, ageMax: null })
  const young = offering({ title: 'Tot en met elf', ageMin: null, ageMax: 11 })
  const anyAge = offering({ title: 'Alle leeftijden', ageMin: null, ageMax: null })
  const all = [teens, adults, young, anyAge]

  it.each([
    [11, ['Alle leeftijden', 'Tot en met elf']],
    [12, ['Alle leeftijden', 'Twaalf tot achttien']],
    [18, ['Alle leeftijden', 'Twaalf tot achttien', 'Vanaf achttien']],
    [19, ['Alle leeftijden', 'Vanaf achttien']],
    [0, ['Alle leeftijden', 'Tot en met elf']],
    [99, ['Alle leeftijden', 'Vanaf achttien']],
  ])('at %i finds exactly the offerings whose range includes it', (age, titles) => {
    expect(run(all, { age }).titles).toEqual(titles)
  })

  it('applies the age to every facet count', () => {
    expect(run(all, { age: 19 }).counts.kindsOfHelp.begeleiding).toBe(2)
    expect(run(all, { age: 12 }).counts.networks.jeugd).toBe(2)
  })

  it('reads only whole ages from the URL', () => {
    expect(parseOfferingFilter(new URLSearchParams('leeftijd=18')).age).toBe(18)
    expect(parseOfferingFilter(new URLSearchParams('leeftijd=18.5')).age).toBeUndefined()
    expect(parseOfferingFilter(new URLSearchParams('leeftijd=-1')).age).toBeUndefined()
    expect(parseOfferingFilter(new URLSearchParams('leeftijd=100')).age).toBeUndefined()
  })
})

describe('network', () => {
  const youth = offering({ title: 'Jeugd', networks: ['jeugd'] })
  const adults = offering({ title: 'Volwassenen', networks: ['volwassenen'] })
  const both = offering({ title: 'Beide', networks: ['jeugd', 'volwassenen'] })
  const all = [youth, adults, both]

  it('finds an offering for both networks under either', () => {
    expect(run(all, { networks: ['jeugd'] }).titles).toEqual(['Beide', 'Jeugd'])
    expect(run(all, { networks: ['volwassenen'] }).titles).toEqual(['Beide', 'Volwassenen'])
    expect(run(all, { networks: ['jeugd', 'volwassenen'] }).titles).toEqual(['Beide', 'Jeugd', 'Volwassenen'])
  })

  it('counts an offering for both networks once under each', () => {
    expect(run(all, {}).counts.networks).toEqual({ jeugd: 2, volwassenen: 2 })
  })
})

describe('funding and the other lists', () => {
  const jeugdwet = offering({ title: 'Jeugdwet', fundingLaws: ['jeugdwet'] })
  const several = offering({ title: 'Wmo en Wlz', fundingLaws: ['wmo', 'wlz'] })
  const unknown = offering({ title: 'Onbekend', fundingLaws: [] })
  const all = [jeugdwet, several, unknown]

  it('finds an offering under each of its funding laws (there is no "alle" value to forget)', () => {
    expect(run(all, { fundingLaws: ['wlz'] }).titles).toEqual(['Wmo en Wlz'])
    expect(run(all, { fundingLaws: ['wmo'] }).titles).toEqual(['Wmo en Wlz'])
    expect(run(all, { fundingLaws: ['jeugdwet', 'wlz'] }).titles).toEqual(['Jeugdwet', 'Wmo en Wlz'])
  })

  it('never hides an offering when no value of a facet is chosen', () => {
    expect(run(all, {}).total).toBe(3)
  })

  it('counts each value as what ticking it alone would give, other facets applied', () => {
    const { counts } = run(all, { fundingLaws: ['jeugdwet'] })
    expect(counts.fundingLaws).toEqual({ jeugdwet: 1, wmo: 1, wlz: 1 })
    expect(counts.kindsOfHelp).toEqual({ begeleiding: 1 })
  })

  it('drops unknown values from the URL instead of finding nothing', () => {
    const parsed = parseOfferingFilter(new URLSearchParams('financiering=alle&gebied=overal'))
    expect(parsed.fundingLaws).toEqual([])
    expect(parsed.areas).toEqual([])
  })
})

describe('sorting by waiting time', () => {
  const none = offering({ title: 'B geen wachttijd', waitingTimeWeeks: 0 })
  const six = offering({ title: 'A zes weken', waitingTimeWeeks: 6 })
  const unknown = offering({ title: 'A onbekend', waitingTimeWeeks: null })
  const two = offering({ title: 'C twee weken', waitingTimeWeeks: 2 })
  const twoToo = offering({ title: 'B twee weken', waitingTimeWeeks: 2 })
  const all = [none, six, unknown, two, twoToo]

  it('puts the shortest first, ties by title, unknown last', () => {
    expect(run(all, { sort: 'wachttijd' }).titles).toEqual([
      'B geen wachttijd',
      'B twee weken',
      'C twee weken',
      'A zes weken',
      'A onbekend',
    ])
    expect(compareByWaitingTime(unknown, six)).toBeGreaterThan(0)
  })

  it('is a sort the URL carries', () => {
    expect(parseOfferingFilter(new URLSearchParams('sorteer=wachttijd')).sort).toBe('wachttijd')
    expect(parseOfferingFilter(new URLSearchParams('sorteer=iets')).sort).toBe('relevantie')
  })
})

describe("related offerings respect the visitor's context", () => {
  const crisis = offering({ title: 'Crisisopvang jeugd', organisationSlug: 'a', kindsOfHelp: ['crisis', 'wonen-verblijf'], ageMin: 12, ageMax: 18, networks: ['jeugd'] })
  const adultHousing = offering({ title: 'Beschermd wonen volwassenen', organisationSlug: 'b', kindsOfHelp: ['wonen-verblijf'], ageMin: 18, ageMax: 99, networks: ['volwassenen'] })
  const adultHousingBoth = offering({ title: 'Wonen 18+ (beide netwerken)', organisationSlug: 'b', kindsOfHelp: ['wonen-verblijf', 'crisis'], ageMin: 18, ageMax: 99, networks: ['jeugd', 'volwassenen'] })
  const youthCrisis = offering({ title: 'Crisisbedden 14-23', organisationSlug: 'c', kindsOfHelp: ['crisis'], ageMin: 14, ageMax: 23, networks: ['jeugd'] })
  const youthHousing = offering({ title: 'Wonen jeugd', organisationSlug: 'd', kindsOfHelp: ['wonen-verblijf'], ageMin: 12, ageMax: 18, networks: ['jeugd'] })
  const all = [crisis, adultHousing, adultHousingBoth, youthCrisis, youthHousing]

  it('never offers adult housing (18–99) for crisis care for 12–18', () => {
    const titles = relatedOfferings(crisis, all).map((item) => item.title)
    expect(titles).not.toContain('Beschermd wonen volwassenen')
    expect(titles).not.toContain('Wonen 18+ (beide netwerken)')
    expect(titles).toEqual(['Crisisbedden 14-23', 'Wonen jeugd'])
  })

  it('needs overlapping ages beyond the one year where two ranges meet', () => {
    expect(agesOverlap({ ageMin: 12, ageMax: 18 }, { ageMin: 18, ageMax: 99 })).toBe(false)
    expect(agesOverlap({ ageMin: 12, ageMax: 18 }, { ageMin: 17, ageMax: 99 })).toBe(true)
    expect(agesOverlap({ ageMin: 18, ageMax: 18 }, { ageMin: 12, ageMax: 18 })).toBe(true)
    expect(agesOverlap({ ageMin: null, ageMax: null }, { ageMin: 40, ageMax: 41 })).toBe(true)
    expect(agesOverlap({ ageMin: 0, ageMax: 11 }, { ageMin: 12, ageMax: null })).toBe(false)
  })

  it('needs a shared network', () => {
    const adult = offering({ organisationSlug: 'e', kindsOfHelp: ['crisis'], ageMin: 12, ageMax: 30, networks: ['volwassenen'] })
    expect(relatedOfferings(crisis, [adult])).toEqual([])
  })

  it('gives the same related offerings from the index', () => {
    const index = new DirectoryIndex(
      all.map((item) => ({ ...item, organisationId: item.organisationSlug })),
      ['a', 'b', 'c', 'd'].map((slug) => ({ id: slug, slug, name: slug })),
    )
    for (const target of all) {
      expect(index.related(target.slug, 3).map((hit) => hit.offering.title)).toEqual(relatedOfferings(target, all).map((item) => item.title))
    }
  })
})
