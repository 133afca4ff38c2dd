import { describe, expect, it } from 'vitest'
import {
  ageError,
  CASE_QUESTION_LIMIT,
  caseConsentError,
  caseQuestionLimitExceeded,
  caseTextError,
  crisisUrgencyError,
  namesConfirmationError,
  questionRule,
} from '../../src/domain/caseQuestions/caseRules'
import { intakeErrorField, intakeFormData, type IntakeFormValues } from '../../src/domain/caseQuestions/intakeSchema'
import { formErrors, refusalOf, retryAfterSeconds } from '../../src/site/lib/refusal'

describe('case text', () => {
  it('checks the length before the privacy guard', () => {
    expect(caseTextError('a@'.repeat(3000), questionRule)).toBe('Je vraag is te lang (hoogstens 4000 tekens).')
    expect(caseTextError('Te kort', questionRule)).toBe('Beschrijf je vraag in ten minste 20 tekens.')
    expect(caseTextError('Jongere loopt vast; BSN 111222333 staat in het dossier.', questionRule)).toContain('burgerservicenummer')
    expect(caseTextError('Jongere met LVB loopt vast op school en thuis.', questionRule)).toBeUndefined()
  })
  it('refuses what is not text, and leaves an empty optional text alone', () => {
    expect(caseTextError(123, { max: 10 })).toBe('Vul hier tekst in.')
    expect(caseTextError({ a: 1 }, { max: 10 })).toBe('Vul hier tekst in.')
    expect(caseTextError(null, { max: 10 })).toBeUndefined()
    expect(caseTextError('', { max: 10 })).toBeUndefined()
  })
})

describe('crisis stop, age and consent', () => {
  it('stops acute danger and safety concerns with where to call', () => {
    expect(crisisUrgencyError('acuut')).toContain('112')
    expect(crisisUrgencyError('veiligheid')).toContain('Veilig Thuis (0800-2000)')
    expect(crisisUrgencyError('normaal')).toBeUndefined()
  })
  it('wants a whole age from 0 to 99 when required', () => {
    expect(ageError(undefined, { required: true })).toBe('Vul de leeftijd in hele jaren in.')
    expect(ageError(undefined, { required: false })).toBeUndefined()
    expect(ageError(Number.NaN, { required: true })).toBe('Vul de leeftijd in hele jaren in.')
    expect(ageError('14', { required: true })).toBe('Vul de leeftijd in hele jaren in.')
    expect(ageError(-1, { required: true })).toBe('De leeftijd kan niet negatief zijn.')
    expect(ageError(120, { required: true })).toBe('Vul een leeftijd tot 99 jaar in.')
    expect(ageError(0, { required: true })).toBeUndefined()
  })
  it('applies the consent rule by age, counting only a real true as informed', () => {
    expect(caseConsentError(11, { parentsInformed: true })).toBeUndefined()
    expect(caseConsentError(11, { youngPersonInformed: true })).toContain('de ouders of verzorgers')
    expect(caseConsentError(12, { parentsInformed: true, youngPersonInformed: 'ja' })).toContain('de jongere')
    expect(caseConsentError(16, { youngPersonInformed: true })).toBeUndefined()
    expect(caseConsentError(undefined, { parentsInformed: true })).toContain('de jongere')
  })
})

describe('probable names', () => {
  it('names the words and the fields, unless confirmed', () => {
    const fields = [
      { label: 'Je vraag', value: 'De moeder van Sanne belt vaak.' },
      { label: 'Wie zijn er betrokken?', value: 'Buurtteam en Kevin' },
      { label: 'Wat is al geprobeerd?', value: 'Gesprekken met school.' },
    ]
    const message = namesConfirmationError(fields, false)
    expect(message).toContain('Sanne (je vraag)')
    expect(message).toContain('Kevin (wie zijn er betrokken?)')
    expect(message).not.toContain('geprobeerd')
    expect(namesConfirmationError(fields, true)).toBeUndefined()
    expect(namesConfirmationError(fields, 'ja')).toBeDefined()
    expect(namesConfirmationError([{ label: 'Je vraag', value: 'Jongere met LVB in Amsterdam.' }], false)).toBeUndefined()
  })
})

describe('the limit per account', () => {
  const now = new Date('2026-05-01T12:00:00Z')
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString()

  it('allows up to the maximum within the window', () => {
    expect(caseQuestionLimitExceeded(Array.from({ length: CASE_QUESTION_LIMIT.max - 1 }, (_, i) => minutesAgo(i)), now)).toBeUndefined()
    // Questions older than the window do not count.
    expect(caseQuestionLimitExceeded(Array.from({ length: 20 }, () => minutesAgo(61)), now)).toBeUndefined()
  })
  it('says when the oldest question of the window leaves it, in Amsterdam time', () => {
    const times = Array.from({ length: CASE_QUESTION_LIMIT.max }, (_, i) => minutesAgo(40 - i))
    const exceeded = caseQuestionLimitExceeded(times, now)
    expect(exceeded?.retryAt.toISOString()).toBe('2026-05-01T12:20:00.000Z')
    expect(exceeded?.message).toContain('Vanaf 14:20 (over 20 minuten) kun je weer een vraag stellen.')
  })
})

describe('the intake form and the collection', () => {
  const blank: IntakeFormValues = {
    network: '',
    question: '',
    age: '',
    gender: '',
    livingSituation: '',
    problems: [],
    triedSoFar: '',
    involved: '',
    urgency: '',
    parentsInformed: false,
    youngPersonInformed: false,
    contactPreference: '',
    routeMapPath: '',
    namesConfirmed: false,
  }

  it('turns the typed form into case data without checking it', () => {
    const data = intakeFormData({ ...blank, network: 'jeugd', question: '  Een vraag  ', age: 'veertien', urgency: 'acuut', problems: ['trauma'] })
    expect(data.question).toBe('Een vraag')
    expect(Number.isNaN(data.context.age)).toBe(true)
    expect(data.context.gender).toBeUndefined()
    expect(data.urgency).toBe('acuut')
    expect(intakeFormData({ ...blank, age: ' 14 ' }).context.age).toBe(14)
    expect(intakeFormData(blank).context.age).toBeUndefined()
  })
  it('puts each message of the collection on the field of the form', () => {
    expect(intakeErrorField('context.age')).toBe('age')
    expect(intakeErrorField('consent.parentsInformed')).toBe('consent')
    expect(intakeErrorField('namesConfirmed')).toBe('namesConfirmed')
    expect(intakeErrorField('askedBy')).toBe('form')
  })
})

describe('reading a refusal of the CMS', () => {
  it('reads field messages from a validation error and a public message from a limit', () => {
    const validation = { name: 'ValidationError', status: 400, data: { errors: [{ path: 'context.age', message: 'Leeftijd' }, { path: 'context.age', message: 'Tweede' }] } }
    expect(formErrors(refusalOf(validation)!, intakeErrorField)).toEqual({ age: 'Leeftijd' })
    const limit = { status: 429, isPublic: true, message: 'Vanaf 14:20', data: { retryAt: '2026-05-01T12:20:00.000Z' } }
    expect(refusalOf(limit)).toMatchObject({ status: 429, message: 'Vanaf 14:20', retryAt: '2026-05-01T12:20:00.000Z' })
    expect(retryAfterSeconds('2026-05-01T12:20:00.000Z', Date.parse('2026-05-01T12:00:00Z'))).toBe(1200)
  })
  it('leaves other errors to be logged', () => {
    expect(refusalOf(new Error('database is locked'))).toBeUndefined()
    expect(refusalOf({ status: 500, isPublic: true, message: 'x' })).toBeUndefined()
    expect(refusalOf({ status: 403, isPublic: false, message: 'secret' })).toBeUndefined()
  })
})
