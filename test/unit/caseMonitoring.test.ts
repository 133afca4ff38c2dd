import { describe, expect, it } from 'vitest'
import { anonymisedCaseFields, ANONYMISED_TEXT, retentionCutoff } from '../../src/domain/caseQuestions/anonymise'
import { caseMonitoringCsv, caseMonitoringReport, questionFacts, type MonitoredQuestion } from '../../src/domain/caseQuestions/monitoring'
import { amsterdamMonth, amsterdamYearRange, parseMonitoringFilters, yearOptions } from '../../src/domain/monitoring/period'

const norms = { triageWorkingDays: 5, adviceDays: 14, adviceDaysAreWorkingDays: false }

const advised: MonitoredQuestion = {
  reference: 'CV-2026-0001',
  network: 'jeugd',
  status: 'advies-gegeven',
  urgency: 'normaal',
  createdAt: '2026-11-02T09:00:00.000Z', // Monday
  triageDueAt: '2026-11-09T22:59:59.000Z',
  adviceDueAt: '2026-11-16T22:59:59.000Z',
  context: { age: 14, problems: ['lvb', 'trauma'] },
  statusHistory: [
    { status: 'ontvangen', at: '2026-11-02T09:00:00.000Z' },
    { status: 'in-behandeling', at: '2026-11-03T10:00:00.000Z' },
    { status: 'doorgezet', at: '2026-11-04T10:00:00.000Z' },
    { status: 'advies-gegeven', at: '2026-11-20T10:00:00.000Z' },
  ],
  advice: { givenAt: '2026-11-20T10:00:00.000Z' },
  followUp: { pickedUp: true },
}
const open: MonitoredQuestion = {
  reference: 'CV-2026-0002',
  network: 'volwassenen',
  status: 'ontvangen',
  createdAt: '2026-12-01T09:00:00.000Z',
  triageDueAt: '2026-12-08T22:59:59.000Z',
  context: { problems: ['lvb'] },
  isReturningCase: true,
}

describe('monitoring periods in Europe/Amsterdam', () => {
  it('puts a question in the Amsterdam month, not the UTC month', () => {
    expect(amsterdamMonth(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04') // summer time: 00:30 on 1 April
    expect(amsterdamMonth(new Date('2026-03-31T21:30:00Z'))).toBe('2026-03')
    expect(amsterdamMonth(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01') // winter time: 00:30 on 1 January
    expect(amsterdamMonth(new Date('2026-10-31T23:00:00Z'))).toBe('2026-11') // back on winter time
    expect(amsterdamMonth(new Date('2026-10-31T22:59:59Z'))).toBe('2026-10')
  })
  it('starts the year at midnight in Amsterdam', () => {
    const range = amsterdamYearRange(2026)
    expect(range.from.toISOString()).toBe('2025-12-31T23:00:00.000Z')
    expect(range.to.toISOString()).toBe('2026-12-31T23:00:00.000Z')
  })
  it('counts a question of New Year’s night in the new year’s January', () => {
    const report = caseMonitoringReport(2026, [{ ...open, createdAt: '2025-12-31T23:30:00.000Z', statusHistory: [] }], [], norms, new Date('2026-01-02T00:00:00Z'))
    expect(report.perMonth.find((e) => e.month === '2026-01')?.count).toBe(1)
    expect(report.perMonth.filter((e) => e.count > 0)).toHaveLength(1)
  })
  it('reads filters from the URL, and falls back on anything odd', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    expect(parseMonitoringFilters({ jaar: '2025', netwerk: 'jeugd' }, now)).toEqual({ year: 2025, network: 'jeugd' })
    expect(parseMonitoringFilters({ jaar: '20x5', netwerk: '<script>' }, now)).toEqual({ year: 2026 })
    expect(parseMonitoringFilters({ jaar: ['1999'], netwerk: 'x'.repeat(1_000_000) }, now)).toEqual({ year: 2026 })
    expect(parseMonitoringFilters({}, new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027 })
    expect(yearOptions(new Date('2024-03-01T00:00:00Z'), now)).toEqual([2027, 2026, 2025, 2024])
    expect(yearOptions(undefined, now)).toEqual([2027, 2026])
  })
})

describe('lead times against the norms', () => {
  it('derives triage in working days and advice in days', () => {
    const facts = questionFacts(advised, norms)
    expect(facts.triageWorkingDays).toBe(2) // ended with "doorgezet", not with "in behandeling (triage)"
    expect(facts.triage).toBe('binnen-norm')
    expect(facts.adviceDays).toBe(18)
    expect(facts.advice).toBe('buiten-norm')
    expect(facts.pickedUp).toBe(true)
  })
  it('skips public holidays: five working days after 23 April 2026 end on 1 May (Koningsdag is off)', () => {
    const question: MonitoredQuestion = { network: 'jeugd', status: 'doorgezet', createdAt: '2026-04-23T08:00:00.000Z' }
    const onTheLastDay = questionFacts({ ...question, statusHistory: [{ status: 'doorgezet', at: '2026-05-01T14:00:00.000Z' }] }, norms, new Date('2026-05-02T00:00:00Z'))
    expect(onTheLastDay.triage).toBe('binnen-norm')
    expect(onTheLastDay.triageWorkingDays).toBe(5)
    const nextMonday = questionFacts({ ...question, statusHistory: [{ status: 'doorgezet', at: '2026-05-04T08:00:00.000Z' }] }, norms, new Date('2026-05-05T00:00:00Z'))
    expect(nextMonday.triage).toBe('buiten-norm')
    expect(nextMonday.triageWorkingDays).toBe(6)
  })
  it('skips Ascension Day and Whit Monday when the advice norm counts working days', () => {
    // 14 working days after Monday 4 May 2026, without Hemelvaartsdag (14 May) and Tweede
    // pinksterdag (25 May); Bevrijdingsdag (5 May) is a working day outside lustrum years: 26 May.
    const workingNorms = { ...norms, adviceDaysAreWorkingDays: true }
    const question: MonitoredQuestion = { network: 'jeugd', status: 'advies-gegeven', createdAt: '2026-05-04T08:00:00.000Z' }
    const onTime = questionFacts({ ...question, advice: { givenAt: '2026-05-26T15:00:00.000Z' } }, workingNorms)
    expect(onTime.advice).toBe('binnen-norm')
    expect(onTime.adviceDays).toBe(14)
    const late = questionFacts({ ...question, advice: { givenAt: '2026-05-27T09:00:00.000Z' } }, workingNorms)
    expect(late.advice).toBe('buiten-norm')
    expect(late.adviceDays).toBe(15)
  })
  it('counts open questions past their deadline as overdue, and not as late or on time', () => {
    expect(questionFacts(open, norms, new Date('2026-12-05T12:00:00Z')).triage).toBe('open')
    expect(questionFacts(open, norms, new Date('2026-12-09T12:00:00Z')).triage).toBe('over-termijn')
    const waiting = { ...advised, status: 'expert-gekoppeld', advice: null }
    expect(questionFacts(waiting, norms, new Date('2026-11-17T12:00:00Z')).advice).toBe('over-termijn')
    expect(questionFacts(open, norms, new Date('2026-12-09T12:00:00Z')).advice).toBe('niet-van-toepassing')
  })
})

describe('the yearly report', () => {
  const now = new Date('2026-12-20T12:00:00Z')
  const report = caseMonitoringReport(
    2026,
    [
      advised,
      open,
      {
        ...advised,
        reference: 'CV-2026-0003',
        createdAt: '2026-11-03T09:00:00.000Z',
        statusHistory: [{ status: 'doorgezet', at: '2026-11-05T09:00:00.000Z' }],
        advice: { givenAt: '2026-11-13T09:00:00.000Z' },
        followUp: null,
        isReturningCase: true,
        context: null,
      },
    ],
    [
      { network: 'jeugd', status: 'open', theme: 'Wachttijden' },
      { network: 'jeugd', status: 'gesloten', theme: 'Wachttijden' },
      { network: 'volwassenen', status: 'geagendeerd', theme: ' ' },
    ],
    norms,
    now,
  )
  it('counts per month and network, with every month on the axis', () => {
    expect(report.total).toBe(3)
    expect(report.months).toHaveLength(12)
    expect(report.perMonth).toHaveLength(24)
    expect(report.perMonth.find((e) => e.month === '2026-11' && e.network === 'jeugd')?.count).toBe(2)
    expect(report.perMonth.find((e) => e.month === '2026-12' && e.network === 'volwassenen')?.count).toBe(1)
    expect(report.perNetwork).toEqual([
      { network: 'jeugd', count: 2 },
      { network: 'volwassenen', count: 1 },
    ])
  })
  it('counts problem types, with questions without any as their own group', () => {
    expect(report.perProblem).toEqual([
      { problem: 'lvb', count: 2 },
      { problem: 'trauma', count: 1 },
      { problem: '', count: 1 },
    ])
  })
  it('summarises the norms, advice follow-up, returning cases and signals', () => {
    expect(report.triage).toMatchObject({ measured: 2, withinNorm: 2, overdue: 1, open: 0, median: 2 })
    expect(report.advice).toMatchObject({ measured: 2, withinNorm: 1, late: 1, unit: 'dagen', median: 14 })
    expect(report.followUp).toEqual({ advised: 2, pickedUp: 1, notYet: 1 })
    expect(report.returning).toBe(2)
    expect(report.signals.total).toBe(3)
    expect(report.signals.open).toBe(2)
    expect(report.signals.perTheme).toContainEqual({ theme: 'Wachttijden', status: 'open', count: 1 })
    expect(report.signals.perTheme).toContainEqual({ theme: '', status: 'geagendeerd', count: 1 })
  })
})

describe('the CSV per question', () => {
  it('is for Dutch Excel: BOM, semicolons, labels instead of codes, Dutch dates, no formulas', () => {
    const csv = caseMonitoringCsv([advised, { ...open, reference: '=HYPERLINK("x")' }], norms, new Date('2026-12-20T12:00:00Z'))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(
      '"Kenmerk";"Ontvangen op";"Netwerk";"Status";"Urgentie";"Leeftijd";"Problematiek";"Triage";"Triage (werkdagen)";"Advies";"Advies (dagen)";"Advies opgepakt";"Terugkerende casus";"Samenwerking (1-5)";"Effect (1-5)"',
    )
    expect(lines[1]).toBe(
      '"CV-2026-0001";"02-11-2026";"Jeugd (L)VB Amsterdam";"Advies gegeven";"Normaal";"14";"Licht verstandelijke beperking (LVB), Trauma";"Binnen de norm";"2";"Na de norm";"18";"ja";"nee";"";""',
    )
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")";"01-12-2026";"LVB18+";"Ontvangen"`)
    expect(lines[2]).toContain('"Nog open, termijn verstreken"')
    expect(csv).not.toMatch(/"(jeugd|advies-gegeven|lvb)"/)
  })
})

describe('anonymisation', () => {
  it('computes the cutoff from the retention period', () => {
    expect(retentionCutoff(new Date('2026-11-23T00:00:00Z'), 24).toISOString()).toBe('2024-11-23T00:00:00.000Z')
  })
  it('removes every free text and keeps step deadlines', () => {
    const patch = anonymisedCaseFields(
      { advice: { steps: [{ step: 'Bel Sanne', deadline: '2026-12-01' }] }, statusHistory: [{ status: 'ontvangen', at: 'x', note: 'Sanne' }] },
      new Date('2026-11-23T00:00:00Z'),
    )
    expect(patch.question).toBe(ANONYMISED_TEXT)
    expect(patch.advice.steps).toEqual([{ step: ANONYMISED_TEXT, deadline: '2026-12-01' }])
    expect(patch.statusHistory).toEqual([{ status: 'ontvangen', at: 'x', note: null }])
    expect(JSON.stringify(patch)).not.toContain('Sanne')
  })
})
