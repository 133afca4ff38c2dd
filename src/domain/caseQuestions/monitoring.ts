/**
 * Monitoring of case questions (tactical level of the expert-team model): counts per month,
 * network, theme and status; lead times against the norms; advice picked up; returning
 * cases; open signals. Pure: it takes the coded facts of the questions (never free text) and
 * returns numbers, a CSV and a printable HTML overview.
 */
import { caseQuestionStatuses, networks, targetGroupTraits } from '../vocabulary'
import { escapeHtml } from './emails'
import { amsterdamDay, workingDaysBetween } from './workingDays'

export interface MonitoredQuestion {
  reference?: string | null
  network?: string | null
  status?: string | null
  urgency?: string | null
  createdAt: string
  triageDueAt?: string | null
  adviceDueAt?: string | null
  context?: { age?: number | null; problems?: string[] | null } | null
  statusHistory?: { status: string; at: string }[] | null
  advice?: { givenAt?: string | null } | null
  followUp?: { pickedUp?: boolean | null } | null
  closing?: { cooperationRating?: number | null; effectRating?: number | null; closedAt?: string | null } | null
  isReturningCase?: boolean | null
}

export interface QuestionFacts {
  reference: string
  month: string
  network: string
  status: string
  urgency: string
  age: number | null
  problems: string[]
  triageWorkingDays: number | null
  triageOnTime: boolean | null
  adviceDays: number | null
  adviceOnTime: boolean | null
  pickedUp: boolean
  returning: boolean
  cooperationRating: number | null
  effectRating: number | null
}

const DAY = 24 * 60 * 60 * 1000

/** The facts of one question: when triage ended (first move out of "ontvangen") and when advice came. */
export function questionFacts(q: MonitoredQuestion): QuestionFacts {
  const created = new Date(q.createdAt)
  const triaged = (q.statusHistory ?? []).find((entry) => entry.status !== 'ontvangen')
  const triagedAt = triaged ? new Date(triaged.at) : undefined
  const adviceAt = q.advice?.givenAt ? new Date(q.advice.givenAt) : undefined
  return {
    reference: q.reference ?? '',
    month: amsterdamDay(created).slice(0, 7),
    network: q.network ?? '',
    status: q.status ?? '',
    urgency: q.urgency ?? '',
    age: q.context?.age ?? null,
    problems: q.context?.problems ?? [],
    triageWorkingDays: triagedAt ? workingDaysBetween(created, triagedAt) : null,
    triageOnTime: triagedAt && q.triageDueAt ? triagedAt.getTime() <= new Date(q.triageDueAt).getTime() : null,
    adviceDays: adviceAt ? Math.round((adviceAt.getTime() - created.getTime()) / DAY) : null,
    adviceOnTime: adviceAt && q.adviceDueAt ? adviceAt.getTime() <= new Date(q.adviceDueAt).getTime() : null,
    pickedUp: Boolean(q.followUp?.pickedUp),
    returning: Boolean(q.isReturningCase),
    cooperationRating: q.closing?.cooperationRating ?? null,
    effectRating: q.closing?.effectRating ?? null,
  }
}

export interface MonitoringReport {
  total: number
  perMonth: Record<string, number>
  perNetwork: Record<string, number>
  perTheme: Record<string, number>
  perStatus: Record<string, number>
  triage: { measured: number; onTime: number; averageWorkingDays: number | null }
  advice: { given: number; onTime: number; averageDays: number | null; pickedUp: number }
  returning: number
  openSignals: number
}

function count(map: Record<string, number>, key: string) {
  map[key] = (map[key] ?? 0) + 1
}

function average(values: number[]): number | null {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null
}

export function monitoringReport(questions: MonitoredQuestion[], openSignals: number): MonitoringReport {
  const facts = questions.map(questionFacts)
  const report: MonitoringReport = {
    total: facts.length,
    perMonth: {},
    perNetwork: {},
    perTheme: {},
    perStatus: {},
    triage: { measured: 0, onTime: 0, averageWorkingDays: null },
    advice: { given: 0, onTime: 0, averageDays: null, pickedUp: 0 },
    returning: facts.filter((f) => f.returning).length,
    openSignals,
  }
  for (const f of facts) {
    count(report.perMonth, f.month)
    count(report.perNetwork, f.network)
    count(report.perStatus, f.status)
    for (const problem of f.problems) count(report.perTheme, problem)
  }
  const triaged = facts.filter((f) => f.triageWorkingDays !== null)
  report.triage = {
    measured: triaged.length,
    onTime: triaged.filter((f) => f.triageOnTime).length,
    averageWorkingDays: average(triaged.map((f) => f.triageWorkingDays as number)),
  }
  const advised = facts.filter((f) => f.adviceDays !== null)
  report.advice = {
    given: advised.length,
    onTime: advised.filter((f) => f.adviceOnTime).length,
    averageDays: average(advised.map((f) => f.adviceDays as number)),
    pickedUp: facts.filter((f) => f.pickedUp).length,
  }
  return report
}

// ---------------------------------------------------------------------------------------------
// CSV (semicolon-separated, as Dutch Excel expects) and the printable overview

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value)
  // Quote always; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

export const MONITORING_CSV_HEADER = [
  'kenmerk', 'maand', 'netwerk', 'status', 'urgentie', 'leeftijd', 'problematiek', 'triage_werkdagen', 'triage_op_tijd',
  'advies_dagen', 'advies_op_tijd', 'advies_opgepakt', 'terugkerend', 'samenwerking', 'effect',
]

export function monitoringCsv(questions: MonitoredQuestion[]): string {
  const rows = questions.map(questionFacts).map((f) =>
    [
      f.reference, f.month, f.network, f.status, f.urgency, f.age, f.problems.join(' '), f.triageWorkingDays, f.triageOnTime,
      f.adviceDays, f.adviceOnTime, f.pickedUp, f.returning, f.cooperationRating, f.effectRating,
    ].map(csvCell).join(';'),
  )
  // The BOM makes Excel read UTF-8 (ë in "Cliëntondersteuning").
  return `\uFEFF${[MONITORING_CSV_HEADER.map(csvCell).join(';'), ...rows].join('\r\n')}\r\n`
}

const labelOf = (list: readonly { value: string; label: string }[], value: string) => list.find((o) => o.value === value)?.label ?? value

function table(caption: string, entries: [string, number][]): string {
  const rows = entries.map(([key, value]) => `<tr><th scope="row">${escapeHtml(key)}</th><td>${value}</td></tr>`).join('')
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Onderdeel</th><th scope="col">Aantal</th></tr></thead><tbody>${rows || '<tr><td colspan="2">Geen vragen</td></tr>'}</tbody></table>`
}

/** A printable HTML page: the yearly overview for the platform. */
export function monitoringHtml(report: MonitoringReport, title: string, norms: { triageWorkingDays: number; adviceDays: number }): string {
  const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '–')
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:bold;font-size:1.1rem;margin-bottom:.25rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}td{text-align:right}@media print{a{display:none}}</style>
</head><body><main>
<h1>${escapeHtml(title)}</h1>
<p>${report.total} casusvragen. Open signalen aan het platform: ${report.openSignals}. Terugkerende casussen: ${report.returning}.</p>
<h2>Doorlooptijden</h2>
<ul>
<li>Triage (norm ${norms.triageWorkingDays} werkdagen): ${report.triage.measured} gemeten, ${pct(report.triage.onTime, report.triage.measured)} op tijd, gemiddeld ${report.triage.averageWorkingDays ?? '–'} werkdagen.</li>
<li>Advies (norm ${norms.adviceDays} dagen): ${report.advice.given} adviezen, ${pct(report.advice.onTime, report.advice.given)} op tijd, gemiddeld ${report.advice.averageDays ?? '–'} dagen; ${report.advice.pickedUp} opgepakt.</li>
</ul>
${table('Per maand', Object.entries(report.perMonth).sort())}
${table('Per netwerk', Object.entries(report.perNetwork).map(([k, v]) => [labelOf(networks, k), v]))}
${table('Per thema (problematiek)', Object.entries(report.perTheme).map(([k, v]) => [labelOf(targetGroupTraits, k), v]))}
${table('Per status', Object.entries(report.perStatus).map(([k, v]) => [labelOf(caseQuestionStatuses, k), v]))}
</main></body></html>`
}
