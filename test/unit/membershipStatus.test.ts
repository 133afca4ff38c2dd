import { describe, expect, it } from 'vitest'
import { allowedNextStatuses, checkTransition, isOpenStatus, notifiesApplicant, openStatuses } from '../../src/domain/membership/status'

describe('membership status machine', () => {
  it('follows the covenant from submission to decision', () => {
    const path = ['ingediend', 'aspirant', 'besproken-in-platform', 'kennismakingsgesprek-gepland', 'advies', 'toegelaten'] as const
    const details = { introductionMeetingAt: '2027-01-12T13:00:00.000Z', advice: 'Positief advies.', decisionReasons: 'Voldoet aan de criteria.' }
    for (let index = 1; index < path.length; index++) {
      expect(checkTransition(path[index - 1], path[index], details)).toEqual({ ok: true })
    }
  })

  it('lets an application skip the optional aspirant period', () => {
    expect(checkTransition('ingediend', 'besproken-in-platform')).toEqual({ ok: true })
  })

  it('refuses skipping steps and going back, with a Dutch message', () => {
    const skip = checkTransition('ingediend', 'toegelaten', { decisionReasons: 'x' })
    expect(skip).toMatchObject({ ok: false, field: 'status' })
    expect(skip.ok === false && skip.message).toMatch(/kan de aanvraag niet naar "toegelaten"/)
    expect(checkTransition('advies', 'besproken-in-platform')).toMatchObject({ ok: false, field: 'status' })
    expect(checkTransition('besproken-in-platform', 'advies', { advice: 'x' })).toMatchObject({ ok: false })
  })

  it('requires the date of the introductory conversation', () => {
    expect(checkTransition('besproken-in-platform', 'kennismakingsgesprek-gepland')).toMatchObject({ ok: false, field: 'introductionMeetingAt' })
    expect(checkTransition('besproken-in-platform', 'kennismakingsgesprek-gepland', { introductionMeetingAt: 'geen datum' })).toMatchObject({ ok: false })
    expect(checkTransition('besproken-in-platform', 'kennismakingsgesprek-gepland', { introductionMeetingAt: new Date() })).toEqual({ ok: true })
  })

  it('requires the advice text and the reasons of the decision', () => {
    expect(checkTransition('kennismakingsgesprek-gepland', 'advies', { advice: '   ' })).toMatchObject({ ok: false, field: 'advice' })
    expect(checkTransition('advies', 'afgewezen')).toMatchObject({ ok: false, field: 'decisionReasons' })
    expect(checkTransition('advies', 'toegelaten', { decisionReasons: '' })).toMatchObject({ ok: false, field: 'decisionReasons' })
    expect(checkTransition('advies', 'afgewezen', { decisionReasons: 'Minder dan 3 jaar actief.' })).toEqual({ ok: true })
  })

  it('allows withdrawal from every open status and nothing after a final one', () => {
    for (const status of openStatuses) expect(checkTransition(status, 'ingetrokken')).toEqual({ ok: true })
    expect(openStatuses).toEqual(['ingediend', 'aspirant', 'besproken-in-platform', 'kennismakingsgesprek-gepland', 'advies'])
    for (const status of ['toegelaten', 'afgewezen', 'ingetrokken'] as const) {
      expect(isOpenStatus(status)).toBe(false)
      expect(allowedNextStatuses(status)).toEqual([])
      const result = checkTransition(status, 'ingediend')
      expect(result.ok === false && result.message).toMatch(/afgerond/)
    }
  })

  it('treats staying in the same status as no step', () => {
    expect(checkTransition('advies', 'advies')).toEqual({ ok: true })
  })

  it('names the steps the applicant hears about', () => {
    expect(notifiesApplicant('aspirant')).toBe(true)
    expect(notifiesApplicant('besproken-in-platform')).toBe(false)
    expect(notifiesApplicant('advies')).toBe(false)
    expect(notifiesApplicant('toegelaten')).toBe(true)
  })
})
