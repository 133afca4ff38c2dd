import { describe, expect, it } from 'vitest'
import { anonymisedCaseFields, ANONYMISED_TEXT, retentionCutoff } from '../../src/domain/caseQuestions/anonymise'
import { monitoringCsv, monitoringHtml, monitoringReport, questionFacts } from '../../src/domain/caseQuestions/monitoring'

const advised = {
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
    { status: 'in-behandeling', at: '2026-11-04T10:00:00.000Z' },
    { status: 'advies-gegeven', at: '2026-11-20T10:00:00.000Z' },
  ],
  advice: { givenAt: '2026-11-20T10:00:00.000Z' },
  followUp: { pickedUp: true },
}
const open = { reference: 'CV-2026-0002', network: 'volwassenen', status: 'ontvangen', createdAt: '2026-12-01T09:00:00.000Z', context: { problems: ['lvb'] }, isReturningCase: true }

describe('monitoring', () => {
  it('derives lead times against the norms', () => {
    const facts = questionFacts(advised)
    expect(facts.triageWorkingDays).toBe(2)
    expect(facts.triageOnTime).toBe(true)
    expect(facts.adviceDays).toBe(18)
    expect(facts.adviceOnTime).toBe(false)
  })
  it('counts per month, network, theme and status', () => {
    const report = monitoringReport([advised, open], 3)
    expect(report.total).toBe(2)
    expect(report.perMonth).toEqual({ '2026-11': 1, '2026-12': 1 })
    expect(report.perNetwork).toEqual({ jeugd: 1, volwassenen: 1 })
    expect(report.perTheme).toEqual({ lvb: 2, trauma: 1 })
    expect(report.perStatus).toEqual({ 'advies-gegeven': 1, ontvangen: 1 })
    expect(report.advice).toEqual({ given: 1, onTime: 0, averageDays: 18, pickedUp: 1 })
    expect(report.returning).toBe(1)
    expect(report.openSignals).toBe(3)
  })
  it('exports a CSV without free text, safe for spreadsheets', () => {
    const csv = monitoringCsv([advised, { ...open, reference: '=HYPERLINK("x")' }])
    const lines = csv.trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toContain('"kenmerk";"maand"')
    expect(lines[1]).toContain('"CV-2026-0001";"2026-11";"jeugd"')
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`)
  })
  it('prints an overview with Dutch labels', () => {
    const html = monitoringHtml(monitoringReport([advised], 0), 'Jaaroverzicht 2026', { triageWorkingDays: 5, adviceDays: 14 })
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('Licht verstandelijke beperking (LVB)')
    expect(html).toContain('100% op tijd')
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
