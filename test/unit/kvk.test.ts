import { describe, it, expect } from 'vitest'
import { isValidKvkNumber, normaliseKvkNumber } from '../../src/domain/membership/kvk'

describe('isValidKvkNumber', () => {
  it('accepts exactly eight digits', () => {
    expect(isValidKvkNumber('12345678')).toBe(true)
    expect(isValidKvkNumber('01234567')).toBe(true)
  })
  it('accepts readability spaces and dots', () => {
    expect(isValidKvkNumber('1234 5678')).toBe(true)
    expect(isValidKvkNumber('12.34.56.78')).toBe(true)
    expect(normaliseKvkNumber(' 1234 5678 ')).toBe('12345678')
  })
  it('rejects other lengths, letters and empty input', () => {
    expect(isValidKvkNumber('1234567')).toBe(false)
    expect(isValidKvkNumber('123456789')).toBe(false)
    expect(isValidKvkNumber('1234567a')).toBe(false)
    expect(isValidKvkNumber('')).toBe(false)
    expect(isValidKvkNumber(null)).toBe(false)
    expect(isValidKvkNumber(undefined)).toBe(false)
  })
  it('rejects all zeros', () => {
    expect(isValidKvkNumber('00000000')).toBe(false)
  })
})
