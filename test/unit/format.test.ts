import { describe, expect, it } from 'vitest'
import { countOf, placesSummary } from '../../src/site/lib/format'

describe('counts in words', () => {
  it('puts the noun in the singular for exactly one', () => {
    expect(countOf(1, 'plaats', 'plaatsen')).toBe('1 plaats')
    expect(countOf(2, 'plaats', 'plaatsen')).toBe('2 plaatsen')
    expect(countOf(0, 'resultaat', 'resultaten')).toBe('0 resultaten')
    expect(countOf(1, 'resultaat', 'resultaten')).toBe('1 resultaat')
    expect(countOf(1, 'minuut', 'minuten')).toBe('1 minuut')
  })

  it('describes the places of an event', () => {
    expect(placesSummary(undefined, undefined, 0)).toBe('Geen maximum aantal deelnemers.')
    expect(placesSummary(0, undefined, 0)).toBe('Geen maximum aantal deelnemers.')
    expect(placesSummary(1, 1, 0)).toBe('1 plaats, nog 1 vrij.')
    expect(placesSummary(20, 3, 0)).toBe('20 plaatsen, nog 3 vrij.')
    expect(placesSummary(1, 0, 1)).toBe('Vol (1 plaats). Er staat 1 persoon op de wachtlijst.')
    expect(placesSummary(30, 0, 2)).toBe('Vol (30 plaatsen). Er staan 2 personen op de wachtlijst.')
    expect(placesSummary(30, 0, 0)).toBe('Vol (30 plaatsen). Er staat nog niemand op de wachtlijst.')
  })
})
