import { describe, expect, it } from 'vitest'
import { pagefindExcerptSegments } from '../../src/domain/search/excerpt'
import { parseSearchQuery, searchUrl } from '../../src/domain/search/query'
import type { SearchRecord } from '../../src/domain/search/records'
import { createServerSearchIndex, excerptFor, PAGE_SIZE } from '../../src/domain/search/serverSearch'
import { DEFAULT_SYNONYMS, synonymTable } from '../../src/domain/search/synonyms'

function rec(type: SearchRecord['type'], title: string, body: string): SearchRecord {
  return { url: `/${title}`, type, typeLabel: type, title, summary: body.slice(0, 40), content: `${title}\n${body}` }
}

const records = [
  rec('aanbod', 'Begeleid wonen', 'Wonen met begeleiding voor jongvolwassenen met een LVB bij Cordaan. De wachttijd is zes weken.'),
  rec('organisatie', 'Cordaan', 'Zorg voor mensen met een beperking in Amsterdam, ook bij autisme.'),
  rec('kennis', 'Tips voor een gesprek', 'Praat rustig en controleer of je begrepen wordt. Cordaan deelt ervaringen.'),
  rec('organisatie', 'Cliëntenbelang Amsterdam', 'Onafhankelijke cliëntondersteuning.'),
  rec('aanbod', 'Verslavingszorg voor jongeren', 'Hulp bij verslaving voor jongeren met een licht verstandelijke beperking. Verslavingen komen vaak samen met trauma.'),
  rec('kennis', 'Autisme herkennen', 'Over autisme bij mensen met een LVB.'),
]

function indexOf(list: SearchRecord[]) {
  const index = createServerSearchIndex()
  list.forEach((record, i) => index.put(String(i), record))
  return index
}

const titles = (answer: { hits: { record: SearchRecord }[] }) => answer.hits.map((hit) => hit.record.title)

describe('server-side search', () => {
  const index = indexOf(records)

  it('finds records containing every word (or the start of one), title matches first', () => {
    expect(titles(index.search({ q: 'cordaan' }))[0]).toBe('Cordaan')
    expect(titles(index.search({ q: 'cordaan' })).sort()).toEqual(['Begeleid wonen', 'Cordaan', 'Tips voor een gesprek'])
    expect(titles(index.search({ q: 'cordaan wonen' }))).toEqual(['Begeleid wonen'])
    expect(titles(index.search({ q: 'begel' }))).toEqual(['Begeleid wonen'])
    expect(index.search({ q: 'bestaatniet' }).total).toBe(0)
    expect(index.search({ q: '' }).total).toBe(0)
  })

  it('ignores case and accents, and folds Dutch plurals and compounds', () => {
    expect(titles(index.search({ q: 'CLIENTENBELANG' }))).toEqual(['Cliëntenbelang Amsterdam'])
    expect(titles(index.search({ q: 'cliënt' }))).toEqual(['Cliëntenbelang Amsterdam'])
    // "verslaving" finds "verslavingen" and "verslavingszorg"; "zorg" finds the compound too.
    expect(titles(index.search({ q: 'verslaving' }))).toEqual(['Verslavingszorg voor jongeren'])
    expect(titles(index.search({ q: 'verslavingen' }))).toEqual(['Verslavingszorg voor jongeren'])
    expect(titles(index.search({ q: 'zorg' })).sort()).toEqual(['Cordaan', 'Verslavingszorg voor jongeren'])
    // Glue words do not have to occur.
    expect(titles(index.search({ q: 'hulp bij verslaving' }))).toEqual(['Verslavingszorg voor jongeren'])
  })

  it('filters by type and counts every type, the counts being what each type then shows', () => {
    const all = index.search({ q: 'cordaan' })
    expect(all.countsByType).toEqual({ aanbod: 1, organisatie: 1, kennis: 1 })
    expect(all.total).toBe(3)
    for (const [type, count] of Object.entries(all.countsByType)) {
      const one = index.search({ q: 'cordaan', type: type as SearchRecord['type'] })
      expect(one.total).toBe(count)
      expect(new Set(one.hits.map((hit) => hit.record.type))).toEqual(new Set([type]))
      expect(one.countsByType).toEqual(all.countsByType)
    }
  })

  it('tolerates typos when nothing matches as typed, and suggests the words meant', () => {
    const autism = index.search({ q: 'autsime' })
    expect(autism.approximate).toBe(true)
    expect(autism.suggestions).toEqual(['autisme'])
    expect(titles(autism)).toContain('Autisme herkennen')
    const addiction = index.search({ q: 'verslavng' })
    expect(addiction.suggestions).toEqual(['verslaving'])
    expect(index.search({ q: 'autisme' }).suggestions).toEqual([])
    expect(index.search({ q: 'autisme' }).approximate).toBe(false)
    // A multi-word query keeps its known words in the suggestion.
    expect(index.search({ q: 'autsime lvb' }).suggestions).toEqual(['autisme lvb'])
    // Nothing close: no suggestion, no results.
    expect(index.search({ q: 'xyzzy' })).toMatchObject({ total: 0, suggestions: [], approximate: false })
  })

  it('applies synonyms in one direction per entry, phrases included', () => {
    const synonyms = synonymTable(DEFAULT_SYNONYMS)
    expect(index.search({ q: 'wachtlijst' }).total).toBe(0)
    expect(titles(index.search({ q: 'wachtlijst' }, synonyms))).toEqual(['Begeleid wonen'])
    expect(titles(index.search({ q: 'lvb' }, synonyms)).sort()).toEqual(['Autisme herkennen', 'Begeleid wonen', 'Verslavingszorg voor jongeren'])
    expect(titles(index.search({ q: 'licht verstandelijke beperking' }, synonyms)).sort()).toEqual([
      'Autisme herkennen',
      'Begeleid wonen',
      'Verslavingszorg voor jongeren',
    ])
  })

  it('pages through every result with the true total', () => {
    const many = indexOf(Array.from({ length: 45 }, (_, i) => rec('aanbod', `Logeren ${i}`, `Logeerhuis nummer ${i}.`)))
    const first = many.search({ q: 'logeren' })
    expect(first).toMatchObject({ total: 45, page: 1, pageCount: 3 })
    expect(first.hits).toHaveLength(PAGE_SIZE)
    const third = many.search({ q: 'logeren', page: 3 })
    expect(third.hits).toHaveLength(5)
    const seen = new Set([1, 2, 3].flatMap((page) => many.search({ q: 'logeren', page }).hits.map((hit) => hit.record.url)))
    expect(seen.size).toBe(45)
    expect(many.search({ q: 'logeren', page: 99 }).page).toBe(3)
  })

  it('replaces and removes records, and forgets their words', () => {
    const changing = indexOf(records)
    changing.put('5', rec('kennis', 'Wonen na je achttiende', 'Over zelfstandig wonen.'))
    expect(changing.search({ q: 'autisme herkennen' }).total).toBe(0)
    expect(changing.search({ q: 'achttiende' }).total).toBe(1)
    changing.put('5', undefined)
    expect(changing.search({ q: 'achttiende' }).total).toBe(0)
    expect(changing.size()).toBe(records.length - 1)
    // A word no record holds any more is not suggested.
    expect(changing.search({ q: 'achtiende' }).suggestions).toEqual([])
  })

  it('excerpts the text around the first match with the matches marked', () => {
    expect(index.search({ q: 'verslavingen' }).hits[0].excerpt.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual([
      'verslaving',
      'Verslavingen',
    ])
    const segments = index.search({ q: 'cordaan', type: 'kennis' }).hits[0].excerpt
    expect(segments.find((segment) => segment.marked)?.text).toBe('Cordaan')
    expect(segments.map((segment) => segment.text).join('')).toContain('begrepen wordt. Cordaan deelt ervaringen.')
    expect(excerptFor(records[1], new Set(['zzz']))).toEqual([{ text: records[1].summary, marked: false }])
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
  it('is trimmed and bounded, with unknown types and bad pages dropped', () => {
    expect(parseSearchQuery(new URLSearchParams('q=%20begeleid%20%20wonen%20&type=aanbod'))).toEqual({ q: 'begeleid wonen', type: 'aanbod' })
    expect(parseSearchQuery(new URLSearchParams('q=x&type=geheim'))).toEqual({ q: 'x' })
    expect(parseSearchQuery(new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(200)
    expect(parseSearchQuery(new URLSearchParams('q=x&pagina=3'))).toEqual({ q: 'x', page: 3 })
    for (const bad of ['0', '-1', 'twee', '1e9', '999999']) expect(parseSearchQuery(new URLSearchParams(`q=x&pagina=${bad}`))).toEqual({ q: 'x' })
    expect(searchUrl({ q: 'wonen & werk', type: 'kennis' })).toBe('/zoeken?q=wonen+%26+werk&type=kennis')
    expect(searchUrl({ q: 'wonen', page: 2 })).toBe('/zoeken?q=wonen&pagina=2')
    expect(searchUrl({ q: '' })).toBe('/zoeken')
  })
})
