import { describe, expect, it } from 'vitest'
import { readMembershipForm, toMembershipApplicationData, validateMembershipForm } from '../../src/domain/membership/applicationForm'
import { checkFormGuard } from '../../src/domain/formGuard'

const valid = {
  organisationName: ' Stichting Voorbeeld ',
  kvkNumber: '1234 5678',
  website: 'www.voorbeeld.nl',
  street: 'Dam 1',
  postcode: '1012ab',
  city: 'Amsterdam',
  contactName: 'Sam de Vries',
  contactRole: 'Directeur',
  contactEmail: 'Sam@Voorbeeld.NL',
  contactPhone: '020 123 45 67',
  networks: ['jeugd'],
  offerSummary: 'Ambulante begeleiding.',
  targetGroup: 'Jongeren met LVB.',
  motivation: 'Kennis delen.',
  yearsActiveAnswer: 'ja',
  yearsActiveExplanation: 'Sinds 2015 in Amsterdam.',
  qualitySystemAnswer: 'ja',
  qualitySystemWhich: 'HKZ',
  noHarmAnswer: 'ja',
  noHarmExplanation: 'Klachtenregeling en cliëntenraad.',
  addedValueExplanation: 'Traumabehandeling bij LVB.',
  consent: true,
}

describe('membership application form', () => {
  it('accepts a complete application and normalises it', () => {
    const result = validateMembershipForm(valid)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.values).toMatchObject({
      organisationName: 'Stichting Voorbeeld',
      kvkNumber: '12345678',
      website: 'https://www.voorbeeld.nl',
      postcode: '1012 AB',
      contactEmail: 'sam@voorbeeld.nl',
    })
    const data = toMembershipApplicationData(result.values, new Date('2026-11-23T10:00:00Z'))
    expect(data.contactPerson).toEqual({ name: 'Sam de Vries', role: 'Directeur', email: 'sam@voorbeeld.nl', phone: '020 123 45 67' })
    expect(data.criteria.qualitySystem).toEqual({ answer: 'ja', which: 'HKZ' })
    expect(data.consentAt).toBe('2026-11-23T10:00:00.000Z')
  })

  it('explains every missing field in Dutch', () => {
    const result = validateMembershipForm({})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.organisationName).toBe('Vul de naam van je organisatie in.')
    expect(result.errors.kvkNumber).toMatch(/8 cijfers/)
    expect(result.errors.networks).toMatch(/netwerk/)
    expect(result.errors.motivation).toMatch(/lid wil worden/)
    expect(result.errors.yearsActiveAnswer).toMatch(/3 jaar/)
    expect(result.errors.consent).toMatch(/toestemming/i)
    expect(result.errors.website).toBeUndefined()
  })

  it('checks the KvK number, e-mail, postcode and website formats', () => {
    const result = validateMembershipForm({ ...valid, kvkNumber: '1234567', contactEmail: 'geen-adres', postcode: '0123 AB', website: 'javascript:alert(1)' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['contactEmail', 'kvkNumber', 'postcode', 'website'])
  })

  it('asks which quality system when the answer is yes', () => {
    const result = validateMembershipForm({ ...valid, qualitySystemWhich: '' })
    expect(result.ok === false && result.errors.qualitySystemWhich).toBe('Noem het kwaliteitssysteem of keurmerk.')
    expect(validateMembershipForm({ ...valid, qualitySystemAnswer: 'nee', qualitySystemWhich: '' }).ok).toBe(true)
  })

  it('reads a posted form, ignoring unknown fields', () => {
    const form = new FormData()
    form.append('organisationName', 'Voorbeeld')
    form.append('networks', 'jeugd')
    form.append('networks', 'volwassenen')
    form.append('consent', 'ja')
    form.append('status', 'toegelaten')
    expect(readMembershipForm(form)).toEqual({ organisationName: 'Voorbeeld', networks: ['jeugd', 'volwassenen'], consent: true })
  })
})

describe('form guard and rate limit', () => {
  it('catches a filled honeypot and a post faster than a person', () => {
    const now = 1_000_000
    expect(checkFormGuard({ honeypot: '', startedAt: String(now - 10_000) }, { now, minimumMs: 3000 })).toBe('ok')
    expect(checkFormGuard({ honeypot: 'spam', startedAt: String(now - 10_000) }, { now, minimumMs: 3000 })).toBe('honeypot')
    expect(checkFormGuard({ honeypot: null, startedAt: String(now - 1000) }, { now, minimumMs: 3000 })).toBe('too-fast')
    expect(checkFormGuard({ honeypot: null, startedAt: null }, { now, minimumMs: 3000 })).toBe('too-fast')
  })
})
