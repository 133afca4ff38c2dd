import { describe, expect, it } from 'vitest'
import { compoundParts, foldDutch, indexTermsOf, normalize, wordForms, words } from '../../src/domain/search/tokenize'

describe('Dutch-aware words for the search', () => {
  it('lower-cases and folds accents', () => {
    expect(normalize('Cliënt')).toBe('client')
    expect(normalize('ÉÉN café')).toBe('een cafe')
    expect(words('Cliënt')).toEqual(words('client'))
  })

  it('splits hyphenated words into their parts and the joined word, and drops a plural ’s', () => {
    expect(words('LVB-jongeren')).toEqual(['lvb', 'jongeren', 'lvbjongeren'])
    expect(words("auto's en baby’s")).toEqual(['auto', 'en', 'baby'])
    expect(words('Bel 0800-2000!')).toEqual(['bel', '0800', '2000', '08002000'])
  })

  it('keeps how a word was written beside its searched form', () => {
    expect(wordForms('Cliëntenraad')).toEqual([{ surface: 'cliëntenraad', word: 'clientenraad' }])
  })

  it('cuts overlong words and survives hostile input in linear time', () => {
    expect(words('a'.repeat(500))[0]).toHaveLength(40)
    const started = performance.now()
    words(`${'a-'.repeat(100_000)}b ${"x'".repeat(100_000)}`)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('folds singular and plural to one form', () => {
    const same = [
      ['verslaving', 'verslavingen'],
      ['wachttijd', 'wachttijden'],
      ['mogelijkheid', 'mogelijkheden'],
      ['organisatie', 'organisaties'],
      ['ouder', 'ouders'],
      ['probleem', 'problemen'],
      ['therapie', 'therapieen'],
      ['client', 'clienten'],
      ['jongere', 'jongeren'],
      ['bed', 'bedden'],
    ]
    for (const [singular, plural] of same) expect(foldDutch(plural), plural).toBe(foldDutch(singular))
    // Short words, numbers and words whose ending is not a plural stay as they are.
    for (const word of ['lvb', 'ggz', 'thuis', 'proces', 'cursus', '2026', 'zorg']) expect(foldDutch(word), word).toBe(word)
  })

  it('splits compounds with a known head, so the head and the first part find them', () => {
    expect(compoundParts('verslavingszorg')).toEqual(['verslavings', 'zorg'])
    expect(indexTermsOf('verslavingszorg')).toEqual(['verslavingszorg', 'verslaving', 'zorg'])
    expect(indexTermsOf('thuisbegeleiding')).toEqual(['thuisbegeleiding', 'thuis', 'begeleiding'])
    expect(indexTermsOf('jeugdhulp')).toEqual(['jeugdhulp', 'jeugd', 'hulp'])
    // Too short to be a compound of the head.
    expect(compoundParts('mantelzorg')).toEqual(['mantel', 'zorg'])
    expect(compoundParts('zorg')).toEqual([])
    expect(compoundParts('opzorg')).toEqual([])
  })
})
