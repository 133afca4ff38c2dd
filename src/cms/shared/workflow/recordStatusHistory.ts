import type { PayloadRequest } from 'payload'
import { nextStatusHistory, type StatusHistoryRow, type StoredStatusHistoryRow } from '../../../domain/workflow/statusHistory'
import { isStaffUser } from '../access/roles'

/** Who takes a step: a staff account by ID. The site's forms, the sender and server tasks have none to record. */
export function stepTakenBy(req: Pick<PayloadRequest, 'user'>): string | undefined {
  return isStaffUser(req.user) ? String(req.user.id) : undefined
}

interface StepOfSave {
  /** The stored document (none on create): its history is the only source of the rows kept. */
  originalDoc?: { statusHistory?: StoredStatusHistoryRow[] | null } | Record<string, unknown> | null
  from?: string | null
  to: string
  between?: readonly string[]
  note?: string | null
  req: Pick<PayloadRequest, 'user'>
  /** Anonymisation: the stored rows lose their notes. */
  eraseNotes?: boolean
}

/**
 * The data of a save with the status history the workflow records (domain/workflow/statusHistory),
 * rebuilt from the stored rows: a history the save carries (the admin sends the read-only field
 * back, a REST client may send anything, and Payload fills a left-out field with the stored
 * value before these hooks run) is replaced by them. A new row is added only when the status
 * changes, so the newsletter sender adds rows a few times per campaign, never per mail.
 */
export function withStatusHistory<T extends Record<string, unknown>>(data: T, step: StepOfSave): T & { statusHistory?: StatusHistoryRow[] } {
  if (step.from === step.to && data.statusHistory === undefined && !step.eraseNotes) return data
  const stored = (step.originalDoc as { statusHistory?: StoredStatusHistoryRow[] | null } | null | undefined)?.statusHistory
  const statusHistory = nextStatusHistory(
    stored,
    { from: step.from, to: step.to, between: step.between, note: step.note, by: stepTakenBy(step.req), at: new Date().toISOString() },
    { eraseNotes: step.eraseNotes },
  )
  return { ...data, statusHistory }
}
