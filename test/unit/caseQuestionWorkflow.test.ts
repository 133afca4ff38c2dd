import { describe, expect, it } from 'vitest'
import { consentError, consentPartiesForAge } from '../../src/domain/caseQuestions/consent'
import { caseStatusTransitionError, nextCaseStatuses } from '../../src/domain/caseQuestions/status'
import {
  addDaysToWorkingDay,
  addWorkingDays,
  amsterdamDay,
  caseDeadlines,
  caseDeadlineSummary,
  deadlineState,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/domain/caseQuestions/workingDays'

describe('case status state machine', () => {
  it('allows the main route step by step', () => {
    const route = ['ontvangen', 'in-behandeling', 'doorgezet', 'expert-gekoppeld', 'advies-gegeven', 'afgesloten']
    for (let i = 1; i < route.length; i++) expect(caseStatusTransitionError(route[i - 1], route[i])).toBeUndefined()
  })
  it('allows answering by the coordinator and referring, then closing', () => {
    expect(caseStatusTransitionError('ontvangen', 'beantwoord-door-coordinator')).toBeUndefined()
    expect(caseStatusTransitionError('in-behandeling', 'doorverwezen')).toBeUndefined()
    expect(caseStatusTransitionError('doorverwezen', 'afgesloten')).toBeUndefined()
  })
  it('refuses skipping steps with a Dutch message naming the options', () => {
    expect(caseStatusTransitionError('ontvangen', 'advies-gegeven')).toMatch(/Van "Ontvangen" kan de status niet naar "Advies gegeven"/)
    expect(caseStatusTransitionError('ontvangen', 'afgesloten')).toContain('In behandeling')
  })
  it('keeps a closed question closed', () => {
    expect(nextCaseStatuses('afgesloten')).toEqual([])
    expect(caseStatusTransitionError('afgesloten', 'in-behandeling')).toContain('afgesloten')
  })
  it('starts new questions as ontvangen and refuses unknown statuses', () => {
    expect(caseStatusTransitionError(undefined, 'ontvangen')).toBeUndefined()
    expect(caseStatusTransitionError(undefined, 'doorgezet')).toBeDefined()
    expect(caseStatusTransitionError('ontvangen', 'kwijt')).toContain('Onbekende status')
  })
  it('accepts an unchanged status', () => {
    expect(caseStatusTransitionError('doorgezet', 'doorgezet')).toBeUndefined()
  })
})

describe('working days with Dutch holidays', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false) // Saturday
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23') // Friday → Monday
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30')
  })
  it('skips Easter Monday but not Good Friday', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true) // Goede Vrijdag: a working day (documented choice)
    expect(isWorkingDay('2026-04-06')).toBe(false) // Tweede paasdag
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07')
  })
  it("skips King's Day, also when it moves to the 26th", () => {
    expect(isWorkingDay('2026-04-27')).toBe(false)
    expect(isWorkingDay('2025-04-26')).toBe(false) // a Saturday anyway
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28')
  })
  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28') // 25 Fri, 26 Sat, 27 Sun
    expect(addWorkingDays('2025-12-24', 1)).toBe('2025-12-29') // 25 Thu, 26 Fri
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04') // 1 Jan Fri
  })
  it('skips Ascension Day and Whit Monday; Liberation Day only in lustrum years', () => {
    expect(isWorkingDay('2026-05-14')).toBe(false)
    expect(isWorkingDay('2026-05-25')).toBe(false)
    expect(isWorkingDay('2026-05-05')).toBe(true)
    expect(isWorkingDay('2025-05-05')).toBe(false)
    expect(isWorkingDay('2030-05-06')).toBe(true)
  })
  it('moves a calendar-day deadline to the next working day', () => {
    expect(addDaysToWorkingDay('2026-12-11', 14)).toBe('2026-12-28')
    expect(addDaysToWorkingDay('2026-11-23', 14)).toBe('2026-12-07')
  })
  it('counts the received day in Amsterdam, not in UTC', () => {
    // 23:30 UTC on Friday 20 Nov is Saturday 00:30 in Amsterdam.
    expect(amsterdamDay(new Date('2026-11-20T23:30:00Z'))).toBe('2026-11-21')
  })
  it('computes triage and advice deadlines from the norms, due at the end of the Amsterdam day', () => {
    const { triageDueAt, adviceDueAt } = caseDeadlines(new Date('2026-04-01T09:00:00Z'), { triageWorkingDays: 5, adviceDays: 14 })
    expect(amsterdamDay(triageDueAt)).toBe('2026-04-09') // 2,3,7,8,9 April (6 April Easter Monday)
    expect(triageDueAt.toISOString()).toBe('2026-04-09T21:59:59.000Z')
    expect(amsterdamDay(adviceDueAt)).toBe('2026-04-15')
    const inWorkingDays = caseDeadlines(new Date('2026-04-01T09:00:00Z'), { triageWorkingDays: 5, adviceDays: 14, adviceDaysAreWorkingDays: true })
    expect(amsterdamDay(inWorkingDays.adviceDueAt)).toBe('2026-04-22')
  })
  it('tells whether a deadline is ahead, today or overdue, and counts working days', () => {
    const due = new Date('2026-11-25T22:59:59Z')
    expect(deadlineState(due, new Date('2026-11-24T10:00:00Z'))).toBe('op-tijd')
    expect(deadlineState(due, new Date('2026-11-25T10:00:00Z'))).toBe('vandaag')
    expect(deadlineState(due, new Date('2026-11-26T08:00:00Z'))).toBe('verlopen')
    expect(workingDaysBetween(new Date('2026-11-20T10:00:00Z'), new Date('2026-11-24T10:00:00Z'))).toBe(2)
  })
})

describe('consent rule by age', () => {
  it('asks the parents under 12, both from 12 to 15, the young person from 16', () => {
    expect(consentPartiesForAge(8)).toEqual(['ouders'])
    expect(consentPartiesForAge(11)).toEqual(['ouders'])
    expect(consentPartiesForAge(12)).toEqual(['ouders', 'jongere'])
    expect(consentPartiesForAge(15)).toEqual(['ouders', 'jongere'])
    expect(consentPartiesForAge(16)).toEqual(['jongere'])
    expect(consentPartiesForAge(30)).toEqual(['jongere'])
  })
  it('explains who is missing', () => {
    expect(consentError(14, { parentsInformed: true })).toContain('de jongere')
    expect(consentError(14, { parentsInformed: true, youngPersonInformed: true })).toBeUndefined()
    expect(consentError(10, {})).toContain('de ouders of verzorgers')
    expect(consentError(17, { youngPersonInformed: true })).toBeUndefined()
  })
})

describe('deadline summary for the admin list', () => {
  const question = { triageDueAt: '2026-11-25T22:59:59.000Z', adviceDueAt: '2026-12-07T22:59:59.000Z' }
  it('shows the triage deadline while the question waits for triage', () => {
    expect(caseDeadlineSummary({ ...question, status: 'ontvangen' }, new Date('2026-11-24T10:00:00Z'))).toBe('Triage uiterlijk 25-11-2026')
    expect(caseDeadlineSummary({ ...question, status: 'in-behandeling' }, new Date('2026-11-25T10:00:00Z'))).toBe('⚠ Triage vandaag')
    expect(caseDeadlineSummary({ ...question, status: 'ontvangen' }, new Date('2026-11-27T10:00:00Z'))).toBe('⚠ Triage verlopen (2 werkdagen te laat)')
  })
  it('shows the advice deadline once routed, and nothing after the answer', () => {
    expect(caseDeadlineSummary({ ...question, status: 'expert-gekoppeld' }, new Date('2026-11-27T10:00:00Z'))).toBe('Advies uiterlijk 7-12-2026')
    expect(caseDeadlineSummary({ ...question, status: 'advies-gegeven' }, new Date('2027-01-01T10:00:00Z'))).toBe('')
  })
})
