import { describe, expect, it } from 'vitest'
import { pagefindExcerptSegments } from '../../src/domain/search/excerpt'
import { parseSearchQuery, searchUrl } from '../../src/domain/search/query'
import type { SearchRecord } from '../../src/domain/search/records'
import { excerptFor, normalize, queryTerms, searchRecords } from '../../src/domain/search/serverSearch'

function rec(type: SearchRecord['type'], title: string, body: string): SearchRecord {
  return { url: `/${title}`, type, typeLabel: type, title, summary: body.slice(0, 40), content: `${title}\n${body}` }
}

const records = [
  rec('aanbod', 'Begeleid wonen', 'Wonen met begeleiding voor jongvolwassenen met een LVB bij Cordaan.'),
  rec('organisatie', 'Cordaan', 'Zorg voor mensen met een beperking in Amsterdam.'),
  rec('kennis', 'Tips voor een gesprek', 'Praat rustig en controleer of je begrepen wordt. Cordaan deelt ervaringen.'),
  rec('organisatie', 'Cliëntenbelang Amsterdam', 'Onafhankelijke cliëntondersteuning.'),
]

describe('server-side search', () => {
  it('normalises case and accents and splits the query into distinct words', () => {
    expect(normalize('Cliëntenbelang')).toBe('clientenbelang')
    expect(queryTerms('  Wonen, wonen  LVB! ')).toEqual(['wonen', 'lvb'])
    expect(queryTerms('   ')).toEqual([])
  })

  it('finds records containing every word (or the start of one), title matches first', () => {
    const { hits } = searchRecords(records, 'cordaan')
    expect(hits.map((hit) => hit.record.title)).toEqual(['Cordaan', 'Begeleid wonen', 'Tips voor een gesprek'])
    expect(searchRecords(records, 'cordaan wonen').hits.map((hit) => hit.record.title)).toEqual(['Begeleid wonen'])
    expect(searchRecords(records, 'begel').hits.map((hit) => hit.record.title)).toEqual(['Begeleid wonen'])
    expect(searchRecords(records, 'clientenbelang').hits).toHaveLength(1)
    expect(searchRecords(records, 'bestaatniet').hits).toEqual([])
    expect(searchRecords(records, '').hits).toEqual([])
  })

  it('filters by type and still counts every type', () => {
    const { hits, countsByType } = searchRecords(records, 'cordaan', 'organisatie')
    expect(hits.map((hit) => hit.record.title)).toEqual(['Cordaan'])
    expect(countsByType).toEqual({ aanbod: 1, organisatie: 1, kennis: 1 })
  })

  it('excerpts the text around the first match with the matches marked', () => {
    const segments = excerptFor(records[2], ['cordaan'])
    expect(segments.find((segment) => segment.marked)?.text).toBe('Cordaan')
    expect(segments.map((segment) => segment.text).join('')).toContain('begrepen wordt. Cordaan deelt ervaringen.')
    expect(excerptFor(records[1], ['zzz'])).toEqual([{ text: records[1].summary, marked: false }])
  })
})

describe('Pagefind excerpts', () => {
  it('become text segments with only <mark> as markup; escaped and raw tags stay text', () => {
    expect(pagefindExcerptSegments('Wonen <mark>met</mark> begeleiding & werk &lt;script&gt;x&lt;/script&gt; <b>y</b>')).toEqual([
      { text: 'Wonen ', marked: false },
      { text: 'met', marked: true },
      { text: ' begeleiding & werk <script>x</script> <b>y</b>', marked: false },
    ])
    expect(pagefindExcerptSegments('<mark>Cordaan</mark><mark>s</mark>')).toEqual([{ text: 'Cordaans', marked: true }])
    expect(pagefindExcerptSegments('')).toEqual([])
  })
})

describe('the search query in the URL', () => {
  it('is trimmed and bounded, with unknown types dropped', () => {
    expect(parseSearchQuery(new URLSearchParams('q=%20begeleid%20%20wonen%20&type=aanbod'))).toEqual({ q: 'begeleid wonen', type: 'aanbod' })
    expect(parseSearchQuery(new URLSearchParams('q=x&type=geheim'))).toEqual({ q: 'x' })
    expect(parseSearchQuery(new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(200)
    expect(searchUrl({ q: 'wonen & werk', type: 'kennis' })).toBe('/zoeken?q=wonen+%26+werk&type=kennis')
    expect(searchUrl({ q: '' })).toBe('/zoeken')
  })
})
