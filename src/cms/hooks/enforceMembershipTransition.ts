import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { INITIAL_STATUS, checkTransition, type MembershipApplicationStatus } from '../../domain/membership/status'
import { idOf, isStaffUser, type RelationValue } from '../access/roles'

interface HistoryRow {
  id?: string | null
  status: MembershipApplicationStatus
  at: string
  by?: RelationValue
  note?: string | null
}

/** Field present in the update, else the stored value (a partial REST update sends only changes). */
function current<T>(data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined, name: string): T {
  return (data[name] !== undefined ? data[name] : originalDoc?.[name]) as T
}

/**
 * Walks the membership procedure's state machine (src/domain/membership/status.ts): refuses a
 * step that is not allowed or lacks its detail (date, advice, reasons) with a Dutch message at
 * the field, and records every step in `statusHistory` with the moment, who took it and the
 * note the coordinator wrote. The history is rebuilt from the stored one, so it cannot be forged.
 */
export const enforceMembershipTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const now = new Date().toISOString()
  const by = isStaffUser(req.user) ? String(req.user.id) : undefined
  const note = typeof data.transitionNote === 'string' && data.transitionNote.trim() !== '' ? data.transitionNote.trim() : undefined
  // An APIError with a public message: its Dutch text reaches the REST client and the admin's
  // toast as is (a ValidationError's message would be Payload's generic English sentence).
  const fail = (message: string, path: string) => {
    throw new APIError(message, 400, { errors: [{ message, path }] }, true)
  }

  if (operation === 'create') {
    const status = (data.status ?? INITIAL_STATUS) as MembershipApplicationStatus
    if (status !== INITIAL_STATUS) fail('Een nieuwe aanvraag begint met de status "Ingediend".', 'status')
    const first: HistoryRow = { status: INITIAL_STATUS, at: now, by, note: note ?? (by ? 'Aanvraag ingevoerd in het beheer' : 'Aanvraag ontvangen via de website') }
    return { ...data, status: INITIAL_STATUS, statusHistory: [first], transitionNote: null }
  }

  const stored: HistoryRow[] = ((originalDoc?.statusHistory ?? []) as HistoryRow[]).map((row) => ({ ...row, by: idOf(row.by) }))
  const from = originalDoc?.status as MembershipApplicationStatus
  const to = (data.status ?? from) as MembershipApplicationStatus
  if (from === to) return { ...data, statusHistory: stored }

  const check = checkTransition(from, to, {
    introductionMeetingAt: current(data, originalDoc, 'introductionMeetingAt'),
    advice: current(data, originalDoc, 'advice'),
    decisionReasons: current(data, originalDoc, 'decisionReasons'),
  })
  if (!check.ok) fail(check.message, check.field)
  return { ...data, statusHistory: [...stored, { status: to, at: now, by, note }], transitionNote: null }
}
