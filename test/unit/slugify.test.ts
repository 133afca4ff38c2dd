import { describe, expect, it } from 'vitest'
import { isSlug, slugify } from '../../src/domain/slugify'

describe('slugify', () => {
  it('removes Dutch diacritics', () => {
    expect(slugify('Cliëntenbelang')).toBe('clientenbelang')
    expect(slugify('Coördinator café')).toBe('coordinator-cafe')
  })

  it('joins across apostrophes and brackets', () => {
    expect(slugify("'s Heeren Loo")).toBe('s-heeren-loo')
    expect(slugify('’s Heeren Loo')).toBe('s-heeren-loo')
    expect(slugify('Expertisenetwerk Jeugd (L)VB Amsterdam')).toBe('expertisenetwerk-jeugd-lvb-amsterdam')
  })

  it('reads an ampersand as "en"', () => {
    expect(slugify('Jeugd & Gezin')).toBe('jeugd-en-gezin')
  })

  it('collapses punctuation and spaces into single hyphens without edges', () => {
    expect(slugify('  MEE Amstel en Zaan -- Amsterdam!  ')).toBe('mee-amstel-en-zaan-amsterdam')
    expect(slugify('S-IPI')).toBe('s-ipi')
    expect(slugify('LVB18+')).toBe('lvb18')
  })

  it('handles letters that do not decompose', () => {
    expect(slugify('Straße Ærø')).toBe('strasse-aero')
  })

  it('gives an empty string for empty input', () => {
    expect(slugify('')).toBe('')
    expect(slugify(null)).toBe('')
    expect(slugify(undefined)).toBe('')
    expect(slugify('?!')).toBe('')
  })

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('woord '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.endsWith('woord')).toBe(true)
  })

  it('produces values isSlug accepts', () => {
    for (const name of ["'s Heeren Loo", 'Cliëntenbelang Amsterdam', 'De Opgroeipraktijk']) {
      expect(isSlug(slugify(name))).toBe(true)
    }
    expect(isSlug('Niet Goed')).toBe(false)
    expect(isSlug('-rand')).toBe(false)
  })
})
