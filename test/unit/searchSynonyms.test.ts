import { describe, expect, it } from 'vitest'
import {
  containsPhrase,
  DEFAULT_SYNONYMS,
  groupQuery,
  MAX_SYNONYMS,
  queryWords,
  synonymPhrases,
  synonymTable,
  validateSynonymList,
  validateSynonymText,
} from '../../src/domain/search/synonyms'

describe('the synonym list', () => {
  it('accepts one to five words and refuses markup, overlong text and empty rows', () => {
    expect(validateSynonymText('wachtlijst')).toBe(true)
    expect(validateSynonymText('licht verstandelijke beperking')).toBe(true)
    expect(validateSynonymText('LVB-jongeren')).toBe(true)
    expect(validateSynonymText('')).toMatch(/Vul/)
    expect(validateSynonymText('<script>')).toMatch(/alleen letters/)
    expect(validateSynonymText('a'.repeat(61))).toMatch(/60 tekens/)
    expect(validateSynonymText('een twee drie vier vijf zes')).toMatch(/5 woorden/)
    expect(validateSynonymText(42)).toMatch(/Vul/)
  })

  it('refuses a list that is too long, has doubles or a word equal to its synonym', () => {
    expect(validateSynonymList(DEFAULT_SYNONYMS)).toBe(true)
    expect(validateSynonymList([])).toBe(true)
    expect(validateSynonymList(undefined)).toBe(true)
    expect(validateSynonymList('x')).toMatch(/ongeldig/)
    expect(validateSynonymList(Array.from({ length: MAX_SYNONYMS + 1 }, (_, i) => ({ term: `w${i}`, alsoSearch: 'x' })))).toMatch(/200/)
    expect(validateSynonymList([{ term: 'Wachtlijst', alsoSearch: 'wachtlijsten' }])).toMatch(/gelijk/)
    expect(validateSynonymList([{ term: 'a b', alsoSearch: 'c' }, { term: 'A  B', alsoSearch: 'C' }])).toMatch(/Regel 2/)
  })

  it('groups a query by the longest phrase with synonyms, compared without case, accents or plural', () => {
    const table = synonymTable(DEFAULT_SYNONYMS)
    expect(groupQuery(queryWords('Wachtlijsten autisme'), table)).toEqual([
      { words: ['wachtlijsten'], alternatives: [['wachttijd']] },
      { words: ['autisme'], alternatives: [] },
    ])
    expect(groupQuery(queryWords('licht verstandelijke beperking'), table)).toEqual([
      { words: ['licht', 'verstandelijke', 'beperking'], alternatives: [['lvb']] },
    ])
    expect(groupQuery(queryWords('LVB'), table)).toEqual([{ words: ['lvb'], alternatives: [['licht', 'verstandelijke', 'beperking']] }])
  })

  it('skips invalid rows and tells the browser which phrases have synonyms', () => {
    const table = synonymTable([{ term: '<b>', alsoSearch: 'x' }, { term: 'ggz', alsoSearch: 'psychiatrie' }, { term: 'x' }])
    expect(synonymPhrases(table)).toEqual(['ggz'])
    expect(containsPhrase('GGZ jeugd', ['ggz'])).toBe(true)
    expect(containsPhrase('ggzorg', ['ggz'])).toBe(false)
    expect(containsPhrase('verstandelijke beperking licht', ['licht verstandelijke beperking'])).toBe(false)
  })

  it('reads at most ten distinct words of a query', () => {
    expect(queryWords('  Wonen, wonen  LVB! ')).toEqual(['wonen', 'lvb'])
    expect(queryWords('a b c d e f g h i j k l')).toHaveLength(10)
    expect(queryWords("auto's")).toEqual(['auto'])
  })
})
