import { describe, expect, it } from 'vitest'
import { lexicalToPlainText } from '../../src/domain/search/lexicalText'
import {
  ageRangeText,
  articleRecord,
  eventRecord,
  expertRecord,
  offeringRecord,
  organisationRecord,
  pageRecord,
  shorten,
  workingGroupRecord,
} from '../../src/domain/search/records'
import { collectSearchRecords, searchSources, searchedCollections } from '../../src/domain/search/sources'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const rich = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('lexicalToPlainText', () => {
  it('joins inline nodes and separates blocks so words of adjacent blocks stay apart', () => {
    const value = rich(
      { type: 'heading', tag: 'h2', children: [text('Aanmelden')] },
      paragraph(text('Bel het '), { type: 'link', fields: { url: 'https://x.nl' }, children: [text('wijkteam')] }, text(' of mail.')),
      { type: 'list', children: [{ type: 'listitem', children: [text('eerst')] }, { type: 'listitem', children: [text('daarna')] }] },
    )
    expect(lexicalToPlainText(value)).toBe('Aanmelden\nBel het wijkteam of mail.\neerst\ndaarna')
  })

  it('keeps line breaks and collapses whitespace', () => {
    expect(lexicalToPlainText(rich(paragraph(text('een  \t twee'), { type: 'linebreak' }, text('drie'))))).toBe('een twee\ndrie')
  })

  it('reads the text of unknown node types and ignores what is not rich text', () => {
    expect(lexicalToPlainText(rich({ type: 'block', children: [paragraph(text('binnenin'))] }))).toBe('binnenin')
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText('tekst')).toBe('')
    expect(lexicalToPlainText({ root: null })).toBe('')
  })
})

describe('search records', () => {
  it('an offering: URL, type, organisation name and Dutch labels of its facets', () => {
    const record = offeringRecord({
      title: 'Begeleid wonen',
      slug: 'begeleid-wonen',
      organisation: { name: 'Cordaan', slug: 'cordaan' },
      isExample: true,
      networks: ['volwassenen'],
      summary: 'Wonen met begeleiding voor jongvolwassenen.',
      kindsOfHelp: ['wonen-verblijf'],
      ageMin: 18,
      ageMax: 27,
      targetGroupTraits: ['lvb'],
      fundingLaws: ['wmo'],
      description: rich(paragraph(text('Een eigen studio.'))),
      howToRefer: rich(paragraph(text('Via het wijkteam.'))),
    })
    expect(record).toMatchObject({ url: '/aanbod/begeleid-wonen', type: 'aanbod', typeLabel: 'Aanbod', title: 'Begeleid wonen' })
    expect(record?.summary).toBe('Wonen met begeleiding voor jongvolwassenen.')
    expect(record?.content.split('\n')[0]).toBe('Begeleid wonen')
    for (const part of ['Cordaan', 'Voorbeeld', 'Wonen en verblijf', '18 tot en met 27 jaar', 'Licht verstandelijke beperking (LVB)', 'Wmo', 'LVB18+', 'Een eigen studio.', 'Via het wijkteam.']) {
      expect(record?.content).toContain(part)
    }
  })

  it('an unpopulated relation (not public) names nothing', () => {
    const record = offeringRecord({ title: 'Aanbod', slug: 'aanbod', organisation: 'abc-123', summary: 'Kort.' })
    expect(record?.content).toBe('Aanbod\nKort.')
  })

  it('no record without a slug or title (no link to nowhere)', () => {
    expect(offeringRecord({ title: 'Zonder slug' })).toBeUndefined()
    expect(pageRecord({ slug: 'zonder-titel' })).toBeUndefined()
  })

  it('an organisation: membership label, place and description; summary from the short description', () => {
    const record = organisationRecord({
      name: 'Kentalis',
      slug: 'kentalis',
      membershipStatus: 'aspirant',
      shortDescription: 'Specialist in communicatie.',
      description: rich(paragraph(text('Doof en slechthorend.'))),
      address: { city: 'Amsterdam' },
      areas: ['zuidoost'],
    })
    expect(record).toMatchObject({ url: '/organisaties/kentalis', type: 'organisatie', typeLabel: 'Organisatie', summary: 'Specialist in communicatie.' })
    expect(record?.content).toContain('Aspirant-lid')
    expect(record?.content).toContain('Zuidoost')
    expect(record?.content).toContain('Doof en slechthorend.')
  })

  it('an expert: an anchor on /experts, role and specialisms, never contact details', () => {
    const record = expertRecord({
      id: 'e-42',
      name: 'Samira Benali',
      jobTitle: 'GZ-psycholoog',
      organisation: { name: 'Levvel' },
      expertiseAreas: ['trauma', ' autisme '],
      shortBio: 'Werkt met jongeren.',
      email: 'samira@example.org',
    } as never)
    expect(record).toMatchObject({ url: '/experts#expert-e-42', type: 'expert', typeLabel: 'Expert' })
    expect(record?.summary).toBe('GZ-psycholoog bij Levvel. trauma, autisme')
    expect(record?.content).toContain('Expertise: trauma, autisme')
    expect(record?.content).not.toContain('samira@example.org')
  })

  it('a working group: theme, status, texts and member organisations (not member names)', () => {
    const record = workingGroupRecord({
      name: 'Wonen na je 18e',
      slug: 'wonen-na-je-18e',
      theme: 'Wonen',
      status: 'actief',
      assignment: rich(paragraph(text('Breng knelpunten in kaart.'))),
      outcome: rich(paragraph(text('Advies aan het platform.'))),
      members: [{ organisation: { name: 'Cordaan' } }, { organisation: { name: 'Cordaan' } }, { organisation: 'verborgen-id' }],
    })
    expect(record).toMatchObject({ url: '/werkgroepen/wonen-na-je-18e', type: 'werkgroep', summary: 'Thema: Wonen' })
    expect(record?.content).toContain('Actief')
    expect(record?.content).toContain('Breng knelpunten in kaart.')
    expect(record?.content).toContain('Advies aan het platform.')
    expect(record?.content.match(/Cordaan/g)).toHaveLength(1)
  })

  it('an event: kind, date in Amsterdam time, place; marked when cancelled', () => {
    const record = eventRecord({
      title: 'Netwerkbijeenkomst',
      slug: 'netwerkbijeenkomst',
      kind: 'netwerkbijeenkomst',
      cancelled: true,
      // 23:30 UTC on 31 March is 1 April in Amsterdam (summer time).
      startsAt: '2031-03-31T23:30:00.000Z',
      location: { name: 'Zaal 1', address: 'Dam 1' },
      summary: 'Over trauma.',
    })
    expect(record).toMatchObject({ url: '/agenda/netwerkbijeenkomst', type: 'agenda', typeLabel: 'Agenda' })
    expect(record?.summary).toBe('Geannuleerd · Netwerkbijeenkomst · 1 april 2031. Over trauma.')
    expect(record?.content).toContain('Zaal 1')
  })

  it('an article and a page', () => {
    expect(articleRecord({ title: 'Tips', slug: 'tips', kind: 'tool', author: 'Anouk', content: rich(paragraph(text('Praat rustig.'))) })).toMatchObject({
      url: '/kennis/tips',
      type: 'kennis',
      typeLabel: 'Kennis',
      summary: 'Praat rustig.',
      content: 'Tips\nTool.\nAnouk.\nPraat rustig.',
    })
    expect(pageRecord({ title: 'Over het netwerk', slug: 'over-het-netwerk', intro: 'Wie we zijn.' })).toMatchObject({
      url: '/over-het-netwerk',
      type: 'pagina',
      typeLabel: 'Pagina',
      summary: 'Wie we zijn.',
    })
  })

  it('helpers: age ranges and shortening at a word', () => {
    expect(ageRangeText(12, 23)).toBe('12 tot en met 23 jaar')
    expect(ageRangeText(18, null)).toBe('vanaf 18 jaar')
    expect(ageRangeText(undefined, 17)).toBe('tot en met 17 jaar')
    expect(ageRangeText(null, null)).toBe('')
    expect(shorten('kort')).toBe('kort')
    expect(shorten('een twee drie vier vijf', 12)).toBe('een twee…')
  })
})

describe('search sources', () => {
  it('cover the seven public content types, each published only; experts only with a public profile', () => {
    expect(searchedCollections).toEqual(['offerings', 'organisations', 'experts', 'workingGroups', 'events', 'articles', 'pages'])
    for (const source of searchSources) expect(JSON.stringify(source.where)).toContain('"_status":{"equals":"published"}')
    const experts = searchSources.find((source) => source.collection === 'experts')
    expect(JSON.stringify(experts?.where)).toContain('"publicProfile":{"equals":true}')
  })

  it('collects records from every source and drops documents without a page', async () => {
    const records = await collectSearchRecords(async (source) =>
      source.collection === 'pages' ? [{ title: 'Contact', slug: 'contact' }, { title: 'Zonder slug' }] : [],
    )
    expect(records.map((record) => record.url)).toEqual(['/contact'])
  })
})
