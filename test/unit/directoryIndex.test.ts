import { describe, expect, it } from 'vitest'
import { queryOfferings, relatedOfferings, type DirectoryOffering } from '../../src/domain/offerings/directory'
import { DirectoryIndex, type IndexableOffering, type IndexedOrganisation } from '../../src/domain/offerings/directoryIndex'
import { emptyOfferingFilter, type OfferingFilter } from '../../src/domain/offerings/filter'
import { areas, careSettings, fundingLaws, kindsOfHelp, networks, targetGroupTraits, type Option } from '../../src/domain/vocabulary'

/**
 * The index must give exactly the answers of the directory's rules (queryOfferings,
 * relatedOfferings), for any data and filter, and stay so while offerings and organisations
 * change one at a time.
 */

// A small deterministic random generator, so a failure can be reproduced.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

const words = ['trauma', 'behandeling', 'wonen', 'jongeren', 'gezin', 'autisme', 'crisis', 'school', 'begeleid', 'zorg', 'Cliënt', 'verslaving', 'LVB', 'dagbesteding', 'traumatisch']

function pick<T>(next: () => number, list: readonly T[], max: number): T[] {
  const count = Math.floor(next() * (max + 1))
  const chosen = new Set<T>()
  for (let i = 0; i < count; i++) chosen.add(list[Math.floor(next() * list.length)])
  return [...chosen]
}
const values = (list: readonly Option[]) => list.map((option) => option.value)

interface Record_ extends IndexableOffering {
  organisationSlug?: string | null
  organisationName?: string | null
}

function makeData(seed: number, size: number) {
  const next = random(seed)
  const organisations: IndexedOrganisation[] = Array.from({ length: 6 }, (_, i) => ({ id: `org-${i}`, slug: `organisatie-${i}`, name: `Organisatie ${words[i]}` }))
  const offering = (i: number): Record_ => {
    const organisation = next() < 0.9 ? organisations[Math.floor(next() * organisations.length)] : undefined
    const min = next() < 0.3 ? null : Math.floor(next() * 30)
    const max = next() < 0.3 ? null : (min ?? 0) + Math.floor(next() * 40)
    return {
      id: `id-${seed}-${i}`,
      title: `${pick(next, words, 3).join(' ')} ${i}`,
      slug: `aanbod-${seed}-${i}`,
      summary: pick(next, words, 6).join(', '),
      organisationId: organisation?.id ?? null,
      kindsOfHelp: pick(next, values(kindsOfHelp), 3),
      targetGroupTraits: pick(next, values(targetGroupTraits), 3),
      settings: pick(next, values(careSettings), 2),
      fundingLaws: pick(next, values(fundingLaws), 2),
      areas: pick(next, values(areas), 2),
      networks: pick(next, values(networks), 2),
      ageMin: min,
      ageMax: max,
      waitingTimeWeeks: next() < 0.3 ? null : Math.floor(next() * 20),
    }
  }
  const filter = (): OfferingFilter => ({
    ...emptyOfferingFilter(),
    kindsOfHelp: pick(next, values(kindsOfHelp), 2) as never,
    targetGroupTraits: next() < 0.5 ? [] : (pick(next, values(targetGroupTraits), 2) as never),
    settings: next() < 0.7 ? [] : (pick(next, values(careSettings), 1) as never),
    fundingLaws: next() < 0.7 ? [] : (pick(next, values(fundingLaws), 2) as never),
    areas: next() < 0.5 ? [] : (pick(next, values(areas), 2) as never),
    networks: next() < 0.7 ? [] : (pick(next, values(networks), 1) as never),
    organisations: next() < 0.8 ? [] : [organisations[Math.floor(next() * organisations.length)].slug],
    age: next() < 0.5 ? undefined : Math.floor(next() * 50),
    query: next() < 0.5 ? '' : pick(next, [...words, 'beh', 'raum', 'organisatie', 'ambulant', 'wlz', 'xyz'], 2).join(' '),
    sort: (['relevantie', 'naam', 'wachttijd'] as const)[Math.floor(next() * 3)],
    page: 1 + Math.floor(next() * 3),
  })
  return { next, organisations, offering, filter }
}

/** The records as the rules see them: the organisation's visible name and slug filled in. */
function asDirectory(records: Iterable<Record_>, organisations: readonly (IndexedOrganisation | undefined)[]): DirectoryOffering[] {
  return [...records].map((record) => {
    const organisation = organisations.find((item) => item?.id === record.organisationId)
    return { ...record, organisationSlug: organisation?.slug ?? null, organisationName: organisation?.name ?? null }
  })
}

function expectSameAnswers(index: DirectoryIndex<Record_>, reference: DirectoryOffering[], filter: OfferingFilter, pageSize: number) {
  const expected = queryOfferings(reference, filter, pageSize)
  const actual = index.query(filter, pageSize)
  expect(actual.info).toEqual(expected.info)
  expect(actual.items.map((hit) => hit.offering.id)).toEqual(expected.items.map((item) => item.id))
  expect(actual.counts).toEqual(expected.counts)
}

describe('the directory index', () => {
  it('answers every filter as the rules do', () => {
    const { organisations, offering, filter } = makeData(1, 400)
    const records = Array.from({ length: 400 }, (_, i) => offering(i))
    const index = new DirectoryIndex(records, organisations)
    const reference = asDirectory(records, organisations)
    for (let run = 0; run < 200; run++) expectSameAnswers(index, reference, filter(), 7)
  }, 60_000)

  it('finds related offerings as the rules do', () => {
    const { organisations, offering } = makeData(2, 300)
    const records = Array.from({ length: 300 }, (_, i) => offering(i))
    const index = new DirectoryIndex(records, organisations)
    const reference = asDirectory(records, organisations)
    for (const target of reference.slice(0, 100)) {
      expect(index.related(target.slug, 4).map((hit) => hit.offering.id)).toEqual(relatedOfferings(target, reference, 4).map((item) => item.id))
    }
  }, 60_000)

  it('stays equal to the rules while offerings and organisations change one at a time', () => {
    const { next, organisations, offering, filter } = makeData(3, 200)
    const visible: (IndexedOrganisation | undefined)[] = [...organisations]
    const current = new Map<string, Record_>()
    const index = new DirectoryIndex<Record_>([], organisations)
    let created = 0
    for (let step = 0; step < 600; step++) {
      const roll = next()
      if (roll < 0.5 || current.size === 0) {
        const record = offering(created++)
        current.set(record.id, record)
        index.upsert(record)
      } else if (roll < 0.7) {
        // An edit: same ID, new content (a renamed title moves it in the order).
        const id = [...current.keys()][Math.floor(next() * current.size)]
        const record = { ...offering(created++), id, slug: current.get(id)?.slug as string }
        current.set(id, record)
        index.upsert(record)
      } else if (roll < 0.9) {
        const id = [...current.keys()][Math.floor(next() * current.size)]
        current.delete(id)
        index.remove(id)
      } else {
        // An organisation renamed, hidden (unpublished) or shown again.
        const which = Math.floor(next() * organisations.length)
        const hidden = next() < 0.3
        visible[which] = hidden ? undefined : { ...organisations[which], name: `Hernoemd ${words[Math.floor(next() * words.length)]}` }
        index.setOrganisation(organisations[which].id, visible[which])
      }
      if (step % 10 === 0) {
        const reference = asDirectory(current.values(), visible)
        for (let run = 0; run < 5; run++) expectSameAnswers(index, reference, filter(), 5)
        // The same few offerings every time: their remembered related offerings must follow
        // every change in between.
        for (const target of [...reference].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 5)) {
          expect(index.related(target.slug, 3).map((hit) => hit.offering.id), `related to ${target.slug}`).toEqual(
            relatedOfferings(target, reference, 3).map((item) => item.id),
          )
        }
      }
    }
    expect(index.size).toBe(current.size)
  }, 60_000)

  it('lists organisations that have visible offerings, by name', () => {
    const index = new DirectoryIndex(
      [
        { id: '1', title: 'Een', slug: 'een', organisationId: 'b' },
        { id: '2', title: 'Twee', slug: 'twee', organisationId: 'a' },
        { id: '3', title: 'Drie', slug: 'drie', organisationId: 'c' },
      ],
      [
        { id: 'a', slug: 'zorg-a', name: 'Zorg A' },
        { id: 'b', slug: 'begeleiding-b', name: 'Begeleiding B' },
      ],
    )
    expect(index.organisationOptions().map((organisation) => organisation.slug)).toEqual(['begeleiding-b', 'zorg-a'])
    index.remove('2')
    expect(index.organisationOptions().map((organisation) => organisation.slug)).toEqual(['begeleiding-b'])
    expect(index.bySlug('drie')?.organisation).toBeUndefined()
  })
})
