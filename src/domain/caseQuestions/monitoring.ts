/**
 * Monitoring of case questions (the tactical level of the expert-team model): how many
 * questions came in per month, network and problem type; how fast triage and advice came
 * against the norms (5 working days, 14 days); whether the advice was picked up; how many cases
 * returned; which signals went to the platform. Pure: it takes the coded facts of the questions
 * (never their free text) and returns numbers and a CSV; the admin view draws them.
 *
 * Decisions:
 * - Triage ends with the first step after "Ontvangen" and "In behandeling (triage)" (routed,
 *   answered or referred), as the deadline in the case list counts it.
 * - A lead time is measured against the deadline the question got when it came in (stored with
 *   it); a question from before the deadlines existed gets one from the current norms.
 * - Open questions whose deadline has passed are "over de termijn"; open questions before their
 *   deadline are not counted as late or on time yet.
 * - Advice days are Amsterdam calendar days (working days when the norm is set that way).
 */
import { csvDocument, type CsvValue } from '../monitoring/csv'
import { increment, median } from '../monitoring/numbers'
import { amsterdamMonth, dutchDate, monthsOf } from '../monitoring/period'
import { caseQuestionStatuses, caseUrgencies, networks, signalStatuses, targetGroupTraits } from '../vocabulary'
import { amsterdamDay, caseDeadlines, workingDaysBetween, type CaseNorms } from './workingDays'

export interface MonitoredQuestion {
  reference?: string | null
  network?: string | null
  status?: string | null
  urgency?: string | null
  createdAt: string
  triageDueAt?: string | null
  adviceDueAt?: string | null
  context?: { age?: number | null; problems?: string[] | null } | null
  statusHistory?: { status?: string | null; at?: string | null }[] | null
  advice?: { givenAt?: string | null } | null
  followUp?: { pickedUp?: boolean | null } | null
  closing?: { cooperationRating?: number | null; effectRating?: number | null } | null
  isReturningCase?: boolean | null
}

export interface MonitoredSignal {
  network?: string | null
  status?: string | null
  theme?: string | null
}

/** Where a question stands against one norm. */
export type NormState = 'binnen-norm' | 'buiten-norm' | 'open' | 'over-termijn' | 'niet-van-toepassing'

export const normStateLabels: Record<NormState, string> = {
  'binnen-norm': 'Binnen de norm',
  'buiten-norm': 'Na de norm',
  'over-termijn': 'Nog open, termijn verstreken',
  open: 'Nog open, binnen termijn',
  'niet-van-toepassing': 'Niet van toepassing',
}

const TRIAGE_STATUSES = new Set(['ontvangen', 'in-behandeling'])
const AWAITING_ADVICE = new Set(['doorgezet', 'expert-gekoppeld'])

export interface QuestionFacts {
  reference: string
  receivedOn: string
  month: string
  network: string
  status: string
  urgency: string
  age: number | null
  problems: string[]
  triage: NormState
  triageWorkingDays: number | null
  advice: NormState
  adviceDays: number | null
  /** null when no advice was given (nothing to pick up). */
  pickedUp: boolean | null
  returning: boolean
  cooperationRating: number | null
  effectRating: number | null
}

function validDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function calendarDaysBetween(from: Date, to: Date): number {
  const start = Date.parse(`${amsterdamDay(from)}T00:00:00Z`)
  const end = Date.parse(`${amsterdamDay(to)}T00:00:00Z`)
  return Math.round((end - start) / 86_400_000)
}

/** The moment triage ended: the first step out of the triage statuses, or undefined. */
function triageEnd(history: MonitoredQuestion['statusHistory']): Date | undefined {
  const moments = (history ?? [])
    .filter((entry) => entry?.status && !TRIAGE_STATUSES.has(entry.status))
    .map((entry) => validDate(entry.at))
    .filter((date): date is Date => Boolean(date))
    .sort((a, b) => a.getTime() - b.getTime())
  return moments[0]
}

function stateAgainst(done: Date | undefined, due: Date, stillRunning: boolean, now: Date): NormState {
  if (done) return done.getTime() <= due.getTime() ? 'binnen-norm' : 'buiten-norm'
  if (!stillRunning) return 'niet-van-toepassing'
  return now.getTime() > due.getTime() ? 'over-termijn' : 'open'
}

/** The coded facts of one question against the norms, at `now`. */
export function questionFacts(q: MonitoredQuestion, norms: CaseNorms, now = new Date()): QuestionFacts {
  const created = validDate(q.createdAt) ?? now
  const status = q.status ?? ''
  // Deadlines from the norms only for questions stored without them (computing them costs).
  const stored = { triage: validDate(q.triageDueAt), advice: validDate(q.adviceDueAt) }
  const fallback = stored.triage && stored.advice ? undefined : caseDeadlines(created, norms)
  const triageDue = stored.triage ?? fallback!.triageDueAt
  const adviceDue = stored.advice ?? fallback!.adviceDueAt

  const triagedAt = triageEnd(q.statusHistory)
  const triage = stateAgainst(triagedAt, triageDue, TRIAGE_STATUSES.has(status), now)

  const advisedAt = validDate(q.advice?.givenAt)
  const advice = stateAgainst(advisedAt, adviceDue, AWAITING_ADVICE.has(status), now)
  const adviceDays = advisedAt
    ? norms.adviceDaysAreWorkingDays
      ? workingDaysBetween(created, advisedAt)
      : calendarDaysBetween(created, advisedAt)
    : null

  return {
    reference: q.reference ?? '',
    receivedOn: dutchDate(created),
    month: amsterdamMonth(created),
    network: q.network ?? '',
    status,
    urgency: q.urgency ?? '',
    age: typeof q.context?.age === 'number' ? q.context.age : null,
    problems: (q.context?.problems ?? []).filter((problem): problem is string => typeof problem === 'string'),
    triage,
    triageWorkingDays: triagedAt ? workingDaysBetween(created, triagedAt) : null,
    advice,
    adviceDays,
    pickedUp: advisedAt ? Boolean(q.followUp?.pickedUp) : null,
    returning: Boolean(q.isReturningCase),
    cooperationRating: q.closing?.cooperationRating ?? null,
    effectRating: q.closing?.effectRating ?? null,
  }
}

export interface NormSummary {
  /** Finished steps (lead time known). */
  measured: number
  withinNorm: number
  late: number
  /** Still open, deadline ahead. */
  open: number
  /** Still open, deadline passed. */
  overdue: number
  /** Median lead time of the finished steps. */
  median: number | null
}

export interface CaseMonitoringReport {
  year: number
  total: number
  months: string[]
  /** One entry per month and network that has questions (and every month with 0 for the first network, so the axis is whole). */
  perMonth: { month: string; network: string; count: number }[]
  perNetwork: { network: string; count: number }[]
  /** Problem types, most frequent first; "" for questions without any. */
  perProblem: { problem: string; count: number }[]
  perStatus: { status: string; count: number }[]
  triage: NormSummary
  advice: NormSummary & { unit: 'dagen' | 'werkdagen' }
  followUp: { advised: number; pickedUp: number; notYet: number }
  returning: number
  signals: { total: number; open: number; perTheme: { theme: string; status: string; count: number }[] }
  norms: { triageWorkingDays: number; adviceDays: number; adviceUnit: 'dagen' | 'werkdagen' }
}

function normSummary(facts: QuestionFacts[], state: (f: QuestionFacts) => NormState, days: (f: QuestionFacts) => number | null): NormSummary {
  const states = facts.map(state)
  const measured = facts.map(days).filter((value): value is number => value !== null)
  return {
    measured: states.filter((s) => s === 'binnen-norm' || s === 'buiten-norm').length,
    withinNorm: states.filter((s) => s === 'binnen-norm').length,
    late: states.filter((s) => s === 'buiten-norm').length,
    open: states.filter((s) => s === 'open').length,
    overdue: states.filter((s) => s === 'over-termijn').length,
    median: median(measured),
  }
}

const OPEN_SIGNAL_STATUSES = new Set(['open', 'geagendeerd'])

/** Everything the case monitoring view shows, for the questions of one year (already filtered). */
export function caseMonitoringReport(
  year: number,
  questions: readonly MonitoredQuestion[],
  signals: readonly MonitoredSignal[],
  norms: CaseNorms,
  now = new Date(),
): CaseMonitoringReport {
  const facts = questions.map((q) => questionFacts(q, norms, now))
  const months = monthsOf(year)
  const byMonth = new Map<string, number>()
  const byNetwork = new Map<string, number>()
  const byProblem = new Map<string, number>()
  const byStatus = new Map<string, number>()
  for (const f of facts) {
    increment(byMonth, `${f.month}|${f.network}`)
    increment(byNetwork, f.network)
    increment(byStatus, f.status)
    if (f.problems.length === 0) increment(byProblem, '')
    for (const problem of new Set(f.problems)) increment(byProblem, problem)
  }
  const networkOrder = [...networks.map((n) => n.value as string), ...[...byNetwork.keys()].filter((k) => !networks.some((n) => n.value === k))]
  const presentNetworks = networkOrder.filter((network) => byNetwork.has(network))
  const monthNetworks = presentNetworks.length ? presentNetworks : [networks[0].value]
  const perMonth = months.flatMap((month) =>
    monthNetworks.map((network) => ({ month, network, count: byMonth.get(`${month}|${network}`) ?? 0 })),
  )
  const statusOrder = caseQuestionStatuses.map((s) => s.value as string)
  const themeCounts = new Map<string, number>()
  for (const signal of signals) increment(themeCounts, `${(signal.theme ?? '').trim()}|${signal.status ?? ''}`)
  const advised = facts.filter((f) => f.pickedUp !== null)
  const adviceUnit = norms.adviceDaysAreWorkingDays ? 'werkdagen' : 'dagen'

  return {
    year,
    total: facts.length,
    months,
    perMonth,
    perNetwork: presentNetworks.map((network) => ({ network, count: byNetwork.get(network) ?? 0 })),
    perProblem: [...byProblem.entries()]
      .map(([problem, count]) => ({ problem, count }))
      .sort((a, b) => b.count - a.count || (a.problem === '' ? 1 : b.problem === '' ? -1 : a.problem.localeCompare(b.problem))),
    perStatus: [...byStatus.entries()]
      .map(([status, count]) => ({ status, count }))
      .sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status)),
    triage: normSummary(facts, (f) => f.triage, (f) => f.triageWorkingDays),
    advice: { ...normSummary(facts, (f) => f.advice, (f) => f.adviceDays), unit: adviceUnit },
    followUp: {
      advised: advised.length,
      pickedUp: advised.filter((f) => f.pickedUp).length,
      notYet: advised.filter((f) => !f.pickedUp).length,
    },
    returning: facts.filter((f) => f.returning).length,
    signals: {
      total: signals.length,
      open: signals.filter((s) => OPEN_SIGNAL_STATUSES.has(s.status ?? '')).length,
      perTheme: [...themeCounts.entries()]
        .map(([key, count]) => {
          const [theme, status] = key.split('|')
          return { theme, status, count }
        })
        .sort((a, b) => a.theme.localeCompare(b.theme, 'nl') || signalStatuses.findIndex((s) => s.value === a.status) - signalStatuses.findIndex((s) => s.value === b.status)),
    },
    norms: { triageWorkingDays: norms.triageWorkingDays, adviceDays: norms.adviceDays, adviceUnit },
  }
}

// ---------------------------------------------------------------------------------------------
// Labels and the CSV

export const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined, empty = 'Onbekend') =>
  value ? (list.find((o) => o.value === value)?.label ?? value) : empty

export const problemLabel = (problem: string) => labelOf(targetGroupTraits, problem, 'Niet ingevuld')
export const networkLabel = (network: string) => labelOf(networks, network)
export const caseStatusLabelOf = (status: string) => labelOf(caseQuestionStatuses, status)
export const signalStatusLabel = (status: string) => labelOf(signalStatuses, status)

export const CASE_MONITORING_CSV_HEADER = [
  'Kenmerk',
  'Ontvangen op',
  'Netwerk',
  'Status',
  'Urgentie',
  'Leeftijd',
  'Problematiek',
  'Triage',
  'Triage (werkdagen)',
  'Advies',
  'Advies (dagen)',
  'Advies opgepakt',
  'Terugkerende casus',
  'Samenwerking (1-5)',
  'Effect (1-5)',
] as const

/** One row per question, in the labels people read; no free text of the case. */
export function caseMonitoringCsv(questions: readonly MonitoredQuestion[], norms: CaseNorms, now = new Date()): string {
  const header = [...CASE_MONITORING_CSV_HEADER] as string[]
  if (norms.adviceDaysAreWorkingDays) header[10] = 'Advies (werkdagen)'
  const rows = questions.map((q) => {
    const f = questionFacts(q, norms, now)
    const row: CsvValue[] = [
      f.reference,
      f.receivedOn,
      networkLabel(f.network),
      caseStatusLabelOf(f.status),
      labelOf(caseUrgencies, f.urgency, ''),
      f.age,
      f.problems.map(problemLabel).join(', '),
      normStateLabels[f.triage],
      f.triageWorkingDays,
      normStateLabels[f.advice],
      f.adviceDays,
      f.pickedUp,
      f.returning,
      f.cooperationRating,
      f.effectRating,
    ]
    return row
  })
  return csvDocument(header, rows)
}
