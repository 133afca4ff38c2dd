import { describe, expect, it } from 'vitest'
import {
  emailLengthError,
  EMAIL_MESSAGES,
  eventRegistrationRules,
  hasMarkupOrLink,
  passwordError,
  plainTextError,
  professionalRules,
} from '../../src/domain/professionals/personRules'

describe('names and organisations are plain text', () => {
  it('refuses markup, web addresses and control characters', () => {
    for (const value of ['<b>Jan</b>', 'Jan > Piet', 'https://spam.example', 'kijk op www.spam.example', 'Jan\nPiet', 'Jan\u0000']) {
      expect(hasMarkupOrLink(value), value).toBe(true)
    }
    for (const value of ["Jan de Vries-O'Neill", 'Cliëntenbelang Amsterdam', 'Thuisarts.nl', 'St. Jozef', 'Wwwerk BV']) {
      expect(hasMarkupOrLink(value), value).toBe(false)
    }
  })
  it('checks required, length and form, in that order, with the field’s own messages', () => {
    expect(plainTextError('', professionalRules.name)).toBe('Vul je naam in.')
    expect(plainTextError('  ', eventRegistrationRules.organisation)).toBe('Vul je organisatie in.')
    expect(plainTextError('', eventRegistrationRules.organisation, { required: false })).toBeUndefined()
    expect(plainTextError('<'.repeat(1_000_000), professionalRules.name)).toBe('Je naam is te lang (hoogstens 120 tekens).')
    expect(plainTextError('J', professionalRules.name)).toBe('Vul je naam in.')
    expect(plainTextError('jan@example.org', professionalRules.name)).toBe('Vul hier een naam in, geen e-mailadres.')
    expect(plainTextError(42, professionalRules.jobTitle)).toBe('Vul je functie in.')
    expect(plainTextError('Jeugdprofessional', professionalRules.jobTitle)).toBeUndefined()
  })
})

describe('e-mail and password', () => {
  it('checks the length of an address before its format', () => {
    expect(emailLengthError('', EMAIL_MESSAGES.je)).toBe('Vul je e-mailadres in.')
    expect(emailLengthError(`${'a'.repeat(250)}@x.nl`, EMAIL_MESSAGES.je)).toBe('Dit e-mailadres is te lang.')
    expect(emailLengthError('a@x.nl', EMAIL_MESSAGES.je)).toBeUndefined()
  })
  it('wants a password of 10 to 200 characters', () => {
    expect(passwordError(undefined)).toBe('Kies een wachtwoord.')
    expect(passwordError('kort')).toBe('Kies een wachtwoord van minstens 10 tekens.')
    expect(passwordError('x'.repeat(201))).toContain('te lang')
    expect(passwordError('een-lang-wachtwoord')).toBeUndefined()
  })
})
