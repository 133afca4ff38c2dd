/**
 * What the case monitoring costs at 10,000 questions of a year: the aggregation and the CSV
 * (pure, src/domain/caseQuestions/monitoring.ts) and drawing the charts. Prints figures; the
 * database read is 10 pages of 1,000 rows with only the coded fields (src/cms/monitoring/load).
 *
 *   npx tsx src/scripts/bench/monitoring.ts [count]
 */
import { renderChartSvg } from '../../cms/monitoring/charts/renderChart'
import { caseCharts } from '../../cms/monitoring/views/caseCharts'
import { caseMonitoringCsv, caseMonitoringReport, type MonitoredQuestion } from '../../domain/caseQuestions/monitoring'

const count = Number(process.argv[2] ?? 10_000)
const norms = { triageWorkingDays: 5, adviceDays: 14, adviceDaysAreWorkingDays: false }
const statuses = ['ontvangen', 'in-behandeling', 'doorgezet', 'expert-gekoppeld', 'advies-gegeven', 'afgesloten', 'doorverwezen']
const problems = ['lvb', 'zvb', 'psychiatrie', 'verslaving', 'trauma', 'autisme', 'gedrag', 'forensisch']
const start = Date.UTC(2026, 0, 1)
const day = 86_400_000

const questions: MonitoredQuestion[] = Array.from({ length: count }, (_, i) => {
  const created = start + ((i * 7919) % 360) * day + (i % 24) * 3_600_000
  const status = statuses[i % statuses.length]
  const advised = status === 'advies-gegeven' || status === 'afgesloten'
  return {
    reference: `CV-2026-${String(i + 1).padStart(5, '0')}`,
    network: i % 3 ? 'jeugd' : 'volwassenen',
    status,
    urgency: 'normaal',
    createdAt: new Date(created).toISOString(),
    // As setCaseDeadlines stores them (roughly): the monitoring only computes them for old questions.
    triageDueAt: new Date(created + 7 * day).toISOString(),
    adviceDueAt: new Date(created + 14 * day).toISOString(),
    context: { age: 10 + (i % 20), problems: [problems[i % 8], problems[(i * 3) % 8]] },
    statusHistory: status === 'ontvangen' ? [] : [{ status: 'doorgezet', at: new Date(created + ((i % 9) + 1) * day).toISOString() }],
    advice: advised ? { givenAt: new Date(created + ((i % 20) + 2) * day).toISOString() } : null,
    followUp: { pickedUp: advised && i % 2 === 0 },
    isReturningCase: i % 11 === 0,
  }
})
const signals = Array.from({ length: 200 }, (_, i) => ({ network: 'jeugd', status: ['open', 'geagendeerd', 'opgepakt', 'gesloten'][i % 4], theme: `Thema ${i % 15}` }))

function time<T>(label: string, run: () => T): T {
  const begin = process.hrtime.bigint()
  const result = run()
  console.log(`${label}: ${(Number(process.hrtime.bigint() - begin) / 1e6).toFixed(0)} ms`)
  return result
}

renderChartSvg({ orientation: 'vertical', layout: 'stacked', categories: ['a'], series: [{ key: 'x', label: 'x', color: '#000' }], data: [{ category: 'a', series: 'x', value: 1 }], valueLabel: 'x' }, 'warm-up')
const report = time(`rapport over ${count} vragen`, () => caseMonitoringReport(2026, questions, signals, norms, new Date(Date.UTC(2026, 11, 31))))
const csv = time(`CSV van ${count} vragen`, () => caseMonitoringCsv(questions, norms, new Date(Date.UTC(2026, 11, 31))))
time('alle grafieken tekenen', () => caseCharts(report).map((chart) => renderChartSvg(chart.spec, chart.id)))
console.log(`CSV: ${(csv.length / 1024 / 1024).toFixed(1)} MB; totaal in het rapport: ${report.total}`)
