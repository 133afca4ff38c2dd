import { describe, expect, it } from 'vitest'
import { decideAdviceStep, isAdviceReleased, storedAdviceState } from '../../src/domain/caseQuestions/advice'
import { isRepeatView, labelFieldList } from '../../src/domain/caseQuestions/audit'
import { currentCaseStatus, selectableCaseStatuses } from '../../src/domain/caseQuestions/status'
import { invitationDecisionError, isOwnOrganisationAddress } from '../../src/domain/partners/invitation'
import { readAmericanLocalTime } from '../../src/domain/dates/americanDate'

describe('the status dropdown', () => {
  it('offers the current status and the steps allowed from it', () => {
    expect(selectableCaseStatuses('expert-gekoppeld')).toEqual(['expert-gekoppeld', 'advies-gegeven', 'doorgezet', 'doorverwezen'])
    expect(selectableCaseStatuses('ontvangen')).toContain('expert-gekoppeld')
    expect(selectableCaseStatuses('afgesloten')).toEqual(['afgesloten'])
    expect(selectableCaseStatuses(undefined)).toEqual(['ontvangen'])
  })
  it('takes the current status from the history', () => {
    expect(currentCaseStatus([{ status: 'ontvangen' }, { status: 'doorgezet' }])).toBe('doorgezet')
    expect(currentCaseStatus(0)).toBeUndefined()
    expect(currentCaseStatus([null])).toBeUndefined()
  })
})

describe('the advice states', () => {
  const step = (over: Partial<Parameters<typeof decideAdviceStep>[0]>) =>
    decideAdviceStep({ from: 'concept', to: 'concept', statusFrom: 'expert-gekoppeld', statusTo: 'expert-gekoppeld', hasText: true, isCoordinator: false, ...over })

  it('a saved draft changes nothing', () => {
    expect(step({})).toEqual({ ok: true, state: 'concept', status: 'expert-gekoppeld' })
  })
  it('the expert marks it complete, only with text', () => {
    expect(step({ to: 'compleet' })).toEqual({ ok: true, state: 'compleet', status: 'expert-gekoppeld' })
    expect(step({ to: 'compleet', hasText: false })).toMatchObject({ ok: false, field: 'advice.state' })
  })
  it('only the coordinator releases; releasing gives "advies gegeven"', () => {
    expect(step({ from: 'compleet', to: 'vrijgegeven' })).toMatchObject({ ok: false, message: expect.stringContaining('Alleen de coördinator') })
    expect(step({ from: 'compleet', to: 'vrijgegeven', isCoordinator: true })).toEqual({ ok: true, state: 'vrijgegeven', status: 'advies-gegeven' })
  })
  it('an answer status releases the advice; stepping back makes it a draft again', () => {
    expect(step({ statusTo: 'advies-gegeven', isCoordinator: true })).toEqual({ ok: true, state: 'vrijgegeven', status: 'advies-gegeven' })
    expect(step({ statusTo: 'advies-gegeven', isCoordinator: true, hasText: false })).toMatchObject({ ok: false, field: 'status' })
    expect(step({ from: 'vrijgegeven', to: 'vrijgegeven', statusFrom: 'advies-gegeven', statusTo: 'expert-gekoppeld', isCoordinator: true })).toEqual({
      ok: true,
      state: 'concept',
      status: 'expert-gekoppeld',
    })
  })
  it('questions from before the states: released when they had an answer', () => {
    expect(storedAdviceState({ status: 'advies-gegeven', advice: { state: null } })).toBe('vrijgegeven')
    expect(storedAdviceState({ status: 'afgesloten' })).toBe('vrijgegeven')
    expect(storedAdviceState({ status: 'expert-gekoppeld' })).toBe('concept')
    expect(isAdviceReleased({ status: 'advies-gegeven', advice: { state: 'concept' } })).toBe(false)
    expect(isAdviceReleased(undefined)).toBe(false)
  })
})

describe('the audit log', () => {
  it('counts a view within the hour as the same viewing', () => {
    const now = new Date('2026-12-01T10:00:00Z')
    expect(isRepeatView('2026-12-01T09:30:00Z', now)).toBe(true)
    expect(isRepeatView('2026-12-01T08:59:00Z', now)).toBe(false)
    expect(isRepeatView(undefined, now)).toBe(false)
  })
  it('shows labels for field names', () => {
    const labels = new Map([['notes', 'Interne notities'], ['assignedPlatformMember', 'Platformlid']])
    expect(labelFieldList('assignedPlatformMember, notes, onbekend', labels)).toBe('Platformlid, Interne notities, onbekend')
  })
})

describe('partner invitations', () => {
  it('an address belongs to the organisation by its domain or a subdomain of it', () => {
    expect(isOwnOrganisationAddress('a@cordaan.nl', ['cordaan.nl'])).toBe(true)
    expect(isOwnOrganisationAddress('a@Zorg.Cordaan.NL', [' cordaan.nl '])).toBe(true)
    expect(isOwnOrganisationAddress('a@nepcordaan.nl', ['cordaan.nl'])).toBe(false)
    expect(isOwnOrganisationAddress('a@cordaan.nl.evil.example', ['cordaan.nl'])).toBe(false)
    expect(isOwnOrganisationAddress('a@cordaan.nl', [])).toBe(false)
    expect(isOwnOrganisationAddress('a@cordaan.nl', null)).toBe(false)
  })
  it('the coordinator decides once', () => {
    expect(invitationDecisionError('wacht-op-goedkeuring', 'goedgekeurd')).toBeUndefined()
    expect(invitationDecisionError('goedgekeurd', 'afgewezen')).toContain('al beslist')
    expect(invitationDecisionError('wacht-op-goedkeuring', 'onbekend')).toBeDefined()
  })
})

describe('the lock dialog', () => {
  it('reads the American date Payload writes there', () => {
    const moment = readAmericanLocalTime('Nov 23, 2026, 2:05\u202fPM')!
    expect([moment.getFullYear(), moment.getMonth(), moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([2026, 10, 23, 14, 5])
    expect(readAmericanLocalTime('Dec 1, 2026, 12:30 AM')!.getHours()).toBe(0)
    expect(readAmericanLocalTime('iets anders')).toBeUndefined()
  })
})
