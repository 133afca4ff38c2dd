import { describe, expect, it } from 'vitest'
import {
  normalizeDomain,
  normalizePostcode,
  normalizeUrl,
  validateAgeRange,
  validateDateOrder,
  validateDomain,
  validatePhone,
  validatePostcode,
  validateUrl,
} from '../../src/domain/validation'

describe('postcode', () => {
  it('accepts Dutch postcodes with or without space, any case', () => {
    expect(validatePostcode('1012 AB')).toBe(true)
    expect(validatePostcode('1012ab')).toBe(true)
    expect(validatePostcode(' 1091  gm ')).toBe(true)
  })
  it('rejects wrong shapes and letter pairs that are never issued', () => {
    expect(validatePostcode('0123 AB')).toMatch(/postcode/)
    expect(validatePostcode('123 AB')).toMatch(/postcode/)
    expect(validatePostcode('1012 A')).toMatch(/postcode/)
    expect(validatePostcode('1012 SS')).toMatch(/postcode/)
    expect(validatePostcode('B-1000')).toMatch(/postcode/)
  })
  it('leaves requiredness to the field', () => {
    expect(validatePostcode('')).toBe(true)
    expect(validatePostcode(undefined)).toBe(true)
  })
  it('normalises to "1234 AB"', () => {
    expect(normalizePostcode('1012ab')).toBe('1012 AB')
    expect(normalizePostcode(' 1091  gm')).toBe('1091 GM')
    expect(normalizePostcode(' onzin ')).toBe('onzin')
  })
})

describe('domain', () => {
  it('accepts plain domains', () => {
    expect(validateDomain('cordaan.nl')).toBe(true)
    expect(validateDomain('mee-amstel.nl')).toBe(true)
    expect(validateDomain('mail.sheerenloo.nl')).toBe(true)
  })
  it('accepts what normalisation can repair', () => {
    expect(validateDomain('@Cordaan.NL')).toBe(true)
    expect(normalizeDomain(' @Cordaan.NL. ')).toBe('cordaan.nl')
  })
  it('rejects addresses, URLs and bare words', () => {
    expect(validateDomain('info@cordaan.nl')).toMatch(/geen geldig domein/)
    expect(validateDomain('https://cordaan.nl')).toMatch(/geen geldig domein/)
    expect(validateDomain('cordaan')).toMatch(/geen geldig domein/)
    expect(validateDomain('-cordaan.nl')).toMatch(/geen geldig domein/)
    expect(validateDomain('cordaan .nl')).toMatch(/geen geldig domein/)
  })
})

describe('url', () => {
  it('accepts http and https addresses', () => {
    expect(validateUrl('https://www.cordaan.nl')).toBe(true)
    expect(validateUrl('http://lvbinamsterdam.nl/aanbod?x=1')).toBe(true)
  })
  it('rejects other schemes and missing hosts', () => {
    expect(validateUrl('javascript:alert(1)')).toMatch(/webadres/)
    expect(validateUrl('ftp://cordaan.nl')).toMatch(/webadres/)
    expect(validateUrl('www.cordaan.nl')).toMatch(/webadres/)
    expect(validateUrl('https://localhost')).toMatch(/webadres/)
    expect(validateUrl('https://')).toMatch(/webadres/)
  })
  it('adds https:// when the scheme is missing, and only then', () => {
    expect(normalizeUrl(' www.cordaan.nl ')).toBe('https://www.cordaan.nl')
    expect(normalizeUrl('http://cordaan.nl')).toBe('http://cordaan.nl')
    expect(normalizeUrl('javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(normalizeUrl('')).toBe('')
  })
})

describe('phone', () => {
  it('accepts common Dutch notations', () => {
    for (const phone of ['020 123 45 67', '+31 (0)20-1234567', '0800-0432', '14 020', '06-12345678']) {
      expect(validatePhone(phone)).toBe(true)
    }
  })
  it('rejects letters and implausible lengths', () => {
    expect(validatePhone('bel ons')).toMatch(/telefoonnummer/)
    expect(validatePhone('123')).toMatch(/telefoonnummer/)
    expect(validatePhone('1234567890123456')).toMatch(/telefoonnummer/)
  })
})

describe('date order', () => {
  it('accepts an end after the start and ignores empty values', () => {
    expect(validateDateOrder('2026-03-01', '2026-03-02')).toBe(true)
    expect(validateDateOrder(null, '2026-03-02')).toBe(true)
    expect(validateDateOrder('2026-03-01', undefined)).toBe(true)
  })
  it('rejects an end before the start', () => {
    expect(validateDateOrder('2026-03-02', '2026-03-01')).toMatch(/einddatum/)
  })
  it('treats equal moments according to allowEqual', () => {
    const moment = '2026-03-01T09:00:00.000Z'
    expect(validateDateOrder(moment, new Date(moment))).toBe(true)
    expect(validateDateOrder(moment, moment, { allowEqual: false, message: 'Te vroeg.' })).toBe('Te vroeg.')
  })
})

describe('age range', () => {
  it('requires minimum <= maximum when both are set', () => {
    expect(validateAgeRange(12, 18)).toBe(true)
    expect(validateAgeRange(18, 18)).toBe(true)
    expect(validateAgeRange(0, undefined)).toBe(true)
    expect(validateAgeRange(23, 18)).toMatch(/minimumleeftijd/)
  })
})
