import { describe, expect, it } from 'vitest'
import { addMonths, freshnessOf, isWaitingTimeStale, normaliseReviewPeriod } from '../../src/domain/freshness/freshness'
import { buildOverview, overviewCsv, parseSortDirection, parseSortKey, sortOverview } from '../../src/domain/freshness/overview'
import { recordReminder, reminderDue } from '../../src/domain/freshness/reminders'

const at = (iso: string) => new Date(iso)

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of a shorter month', () => {
    expect(addMonths(at('2026-01-15T10:00:00Z'), 6).toISOString()).toBe('2026-07-15T10:00:00.000Z')
    expect(addMonths(at('2026-08-31T00:00:00Z'), 6).toISOString()).toBe('2027-02-28T00:00:00.000Z')
    expect(addMonths(at('2026-11-30T00:00:00Z'), 3).toISOString()).toBe('2027-02-28T00:00:00.000Z')
  })
})

describe('freshnessOf', () => {
  const reviewed = { lastReviewedAt: '2026-01-15T10:00:00.000Z' }

  it('is current until one month before the period ends', () => {
    expect(freshnessOf(reviewed, at('2026-06-15T09:59:59Z'), 6).status).toBe('current')
  })

  it('is due in the last month of the period', () => {
    expect(freshnessOf(reviewed, at('2026-06-15T10:00:00Z'), 6).status).toBe('due')
    expect(freshnessOf(reviewed, at('2026-07-15T09:59:59Z'), 6).status).toBe('due')
  })

  it('is overdue once the whole period has passed', () => {
    const freshness = freshnessOf(reviewed, at('2026-07-15T10:00:00Z'), 6)
    expect(freshness.status).toBe('overdue')
    expect(freshness.overdueAt?.toISOString()).toBe('2026-07-15T10:00:00.000Z')
    expect(freshness.dueAt?.toISOString()).toBe('2026-06-15T10:00:00.000Z')
  })

  it('follows the configured period', () => {
    expect(freshnessOf(reviewed, at('2026-06-20T00:00:00Z'), 12).status).toBe('current')
    expect(freshnessOf(reviewed, at('2026-12-20T00:00:00Z'), 12).status).toBe('due')
    expect(freshnessOf(reviewed, at('2026-03-01T00:00:00Z'), 2).status).toBe('due')
  })

  it('falls back to the default of 6 months for a missing or invalid period', () => {
    expect(normaliseReviewPeriod(undefined)).toBe(6)
    expect(normaliseReviewPeriod(0)).toBe(6)
    expect(freshnessOf(reviewed, at('2026-07-16T00:00:00Z'), null).status).toBe('overdue')
  })

  it('makes a one-month period due right after the review', () => {
    expect(freshnessOf(reviewed, at('2026-01-16T00:00:00Z'), 1).status).toBe('due')
    expect(freshnessOf(reviewed, at('2026-02-15T10:00:00Z'), 1).status).toBe('overdue')
  })

  it('counts from the last edit when the item was never reviewed', () => {
    expect(freshnessOf({ updatedAt: '2026-11-01T00:00:00Z' }, at('2026-11-23T00:00:00Z'), 6).status).toBe('current')
    expect(freshnessOf({ lastReviewedAt: null, updatedAt: '2025-11-01T00:00:00Z' }, at('2026-11-23T00:00:00Z'), 6).status).toBe('overdue')
  })

  it('prefers the review date over a later edit', () => {
    const item = { lastReviewedAt: '2025-01-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' }
    expect(freshnessOf(item, at('2026-11-23T00:00:00Z'), 6).status).toBe('overdue')
  })

  it('treats an item without any date as overdue', () => {
    expect(freshnessOf({}, at('2026-11-23T00:00:00Z'), 6).status).toBe('overdue')
  })
})

describe('isWaitingTimeStale', () => {
  it('flags waiting times updated more than three months ago', () => {
    expect(isWaitingTimeStale('2026-08-23T12:00:00Z', at('2026-11-23T11:59:59Z'))).toBe(false)
    expect(isWaitingTimeStale('2026-08-23T12:00:00Z', at('2026-11-23T12:00:00Z'))).toBe(true)
    expect(isWaitingTimeStale(null, at('2026-11-23T12:00:00Z'))).toBe(true)
  })
})

describe('reminders', () => {
  const now = at('2026-11-23T07:00:00Z')
  const due = freshnessOf({ lastReviewedAt: '2026-06-01T00:00:00Z' }, now, 6)
  const overdue = freshnessOf({ lastReviewedAt: '2026-01-01T00:00:00Z' }, now, 6)
  const current = freshnessOf({ lastReviewedAt: '2026-11-01T00:00:00Z' }, now, 6)

  it('sends nothing for current items', () => {
    expect(reminderDue(current, undefined, now)).toBeUndefined()
  })

  it('sends a first reminder once an item is due, and not again', () => {
    expect(reminderDue(due, undefined, now)).toBe('first')
    const record = recordReminder(due, undefined, 'first', now)
    expect(reminderDue(due, record, at('2026-11-24T07:00:00Z'))).toBeUndefined()
  })

  it('sends a second reminder once overdue and two weeks after the first, and then stops', () => {
    const first = recordReminder(overdue, undefined, 'first', now)
    expect(reminderDue(overdue, first, at('2026-12-06T07:00:00Z'))).toBeUndefined()
    expect(reminderDue(overdue, first, at('2026-12-07T07:00:00Z'))).toBe('second')
    const second = recordReminder(overdue, first, 'second', at('2026-12-07T07:00:00Z'))
    expect(reminderDue(overdue, second, at('2027-01-07T07:00:00Z'))).toBeUndefined()
  })

  it('starts over after a new review', () => {
    const old = recordReminder(overdue, undefined, 'second', now)
    expect(reminderDue(due, old, now)).toBe('first')
  })
})

describe('overview', () => {
  const rows = buildOverview(
    [
      { id: '1', name: 'Cordaan' },
      { id: '2', name: 'Amsta' },
      { id: '3', name: 'Leeg' },
    ],
    [
      { organisationId: '1', status: 'overdue' },
      { organisationId: '1', status: 'current' },
      { organisationId: '2', status: 'due' },
      { organisationId: '9', status: 'overdue' },
    ],
  )

  it('counts per organisation, including those without items', () => {
    expect(rows).toEqual([
      { organisationId: '1', name: 'Cordaan', current: 1, due: 0, overdue: 1, total: 2 },
      { organisationId: '2', name: 'Amsta', current: 0, due: 1, overdue: 0, total: 1 },
      { organisationId: '3', name: 'Leeg', current: 0, due: 0, overdue: 0, total: 0 },
    ])
  })

  it('sorts by any column, most overdue first by default', () => {
    const key = parseSortKey(undefined)
    expect(sortOverview(rows, key, parseSortDirection(undefined, key)).map((row) => row.name)).toEqual(['Cordaan', 'Amsta', 'Leeg'])
    expect(sortOverview(rows, 'name', parseSortDirection(undefined, 'name')).map((row) => row.name)).toEqual(['Amsta', 'Cordaan', 'Leeg'])
    expect(sortOverview(rows, 'due', 'desc')[0].name).toBe('Amsta')
    expect(parseSortKey('drop table')).toBe('overdue')
  })

  it('exports CSV with semicolons, quoting and no formulas', () => {
    const csv = overviewCsv([{ organisationId: 'x', name: '=Zorg; "en" meer', current: 1, due: 2, overdue: 3, total: 6 }])
    expect(csv.startsWith('\uFEFFOrganisatie;Actueel;Binnenkort controleren;Verouderd;Totaal\r\n')).toBe(true)
    expect(csv).toContain(`"'=Zorg; ""en"" meer";1;2;3;6\r\n`)
  })
})
