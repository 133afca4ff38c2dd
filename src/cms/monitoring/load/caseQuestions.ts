import type { Payload, PayloadRequest, Where } from 'payload'
import type { MonitoredQuestion, MonitoredSignal } from '../../../domain/caseQuestions/monitoring'
import type { CaseNorms } from '../../../domain/caseQuestions/workingDays'
import { amsterdamYearRange, type MonitoringFilters } from '../../../domain/monitoring/period'
import { isCoordinatorUser } from '../../shared/access/roles'
import { findAll, firstDate, inRange, type ReadAs } from './pages'

/**
 * Coordinators read the questions as themselves (the collection's access decides). A platform
 * member may see the monitoring but may read only the questions assigned to them, so for the
 * numbers their read goes past that access, after `maySeeMonitoring` let them in, and only for
 * the coded fields below: no text of a case, no reference, no person ever leaves this module
 * for them (the view shows counts, and the per-question CSV is for coordinators only).
 */
export function caseReadAs(req: PayloadRequest): ReadAs {
  return isCoordinatorUser(req.user) ? { overrideAccess: false, user: req.user, req } : { overrideAccess: true, req }
}

/** The coded facts the monitoring needs, and nothing else (no free text of the case). */
export const MONITORED_FIELDS = {
  reference: true,
  network: true,
  status: true,
  urgency: true,
  createdAt: true,
  triageDueAt: true,
  adviceDueAt: true,
  context: { age: true, problems: true },
  statusHistory: { status: true, at: true },
  advice: { givenAt: true },
  followUp: { pickedUp: true },
  closing: { cooperationRating: true, effectRating: true },
  isReturningCase: true,
} as const

export function caseWhere(filters: MonitoringFilters): Where {
  const conditions: Where[] = [inRange('createdAt', amsterdamYearRange(filters.year))]
  if (filters.network) conditions.push({ network: { equals: filters.network } })
  return { and: conditions }
}

export async function loadMonitoredQuestions(payload: Payload, filters: MonitoringFilters, readAs: ReadAs): Promise<MonitoredQuestion[]> {
  // A platform member's read does not even select the reference (it is only for the coordinators' CSV).
  const { reference: _reference, ...withoutReference } = MONITORED_FIELDS
  return findAll<MonitoredQuestion>(payload, 'caseQuestions', caseWhere(filters), readAs.overrideAccess ? withoutReference : MONITORED_FIELDS, readAs)
}

/** Signals raised in the year (signals are readable for coordinators and platform members). */
export async function loadMonitoredSignals(payload: Payload, filters: MonitoringFilters, req: PayloadRequest): Promise<MonitoredSignal[]> {
  const range = amsterdamYearRange(filters.year)
  const conditions: Where[] = [{ or: [inRange('raisedAt', range), { and: [{ raisedAt: { exists: false } }, inRange('createdAt', range)] }] }]
  if (filters.network) conditions.push({ network: { equals: filters.network } })
  return findAll<MonitoredSignal>(payload, 'signals', { and: conditions }, { network: true, status: true, theme: true }, { overrideAccess: false, user: req.user, req })
}

export async function loadCaseNorms(payload: Payload, req: PayloadRequest): Promise<CaseNorms> {
  const norms = await payload.findGlobal({ slug: 'caseHandling', overrideAccess: false, user: req.user, depth: 0, req })
  return {
    triageWorkingDays: norms.triageWorkingDays ?? 5,
    adviceDays: norms.adviceDays ?? 14,
    adviceDaysAreWorkingDays: Boolean(norms.adviceDaysAreWorkingDays),
  }
}

/** The moment of the first question the reader may count, for the year filter. */
export const firstQuestionAt = (payload: Payload, readAs: ReadAs) => firstDate(payload, 'caseQuestions', 'createdAt', readAs)
