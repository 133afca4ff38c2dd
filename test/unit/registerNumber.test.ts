import { describe, it, expect } from 'vitest'
import { registerNumberError, registerNumberRequired } from '../../src/domain/professionals/registerNumber'

describe('registerNumberRequired', () => {
  it('requires a number for SKJ, BIG and other registers', () => {
    expect(registerNumberRequired('skj')).toBe(true)
    expect(registerNumberRequired('big')).toBe(true)
    expect(registerNumberRequired('anders')).toBe(true)
  })
  it('does not require one without registration or without a register chosen', () => {
    expect(registerNumberRequired('geen')).toBe(false)
    expect(registerNumberRequired(undefined)).toBe(false)
  })
})

describe('registerNumberError', () => {
  it('reports a missing or blank number', () => {
    expect(registerNumberError('skj', '')).toMatch(/registratienummer/)
    expect(registerNumberError('big', '   ')).toMatch(/registratienummer/)
    expect(registerNumberError('big', null)).toMatch(/registratienummer/)
  })
  it('accepts a number, or none when not registered', () => {
    expect(registerNumberError('skj', '110012345')).toBeUndefined()
    expect(registerNumberError('geen', undefined)).toBeUndefined()
  })
})
