/**
 * The one rule for the status history of every workflow with one (case questions, membership
 * applications, newsletter editions): who took which step when, and why.
 *
 * The new history is always rebuilt from the history as stored, never taken from the save: a
 * history sent along with a save (the admin sends every field back; a REST client may send
 * anything) cannot add, change or drop a row. The only change to a stored row is erasing its
 * note, which anonymisation asks for explicitly (a note is free text and may name someone).
 */

/** One row of a status history, as stored. `by` is the ID of the staff account that took the step. */
export interface StatusHistoryRow {
  id?: string | null
  status: string
  at: string
  by?: string
  note?: string | null
}

/** A row as it comes back from the database: `by` may be an ID or the populated account. */
export interface StoredStatusHistoryRow {
  id?: string | number | null
  status: string
  at: string
  by?: string | number | { id: string | number } | null
  note?: string | null
}

export interface StatusStep {
  /** The status before the save; undefined for a new document (its first row is recorded). */
  from?: string | null
  to: string
  /** Steps the workflow takes on the way (the implied triage of a case question), oldest first. */
  between?: readonly string[]
  /** The staff account that took the step; none for the site's forms, the sender, server tasks. */
  by?: string
  at: string
  note?: string | null
}

function storedBy(by: StoredStatusHistoryRow['by']): string | undefined {
  if (by === null || by === undefined) return undefined
  return typeof by === 'object' ? String(by.id) : String(by)
}

/** The note worth keeping: trimmed, and none rather than an empty one. */
function noteOf(note: string | null | undefined): string | undefined {
  const trimmed = note?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * The history after a save: the stored rows as they were (`eraseNotes`: without their notes),
 * then, when the status changed, a row for each step in between and one for the new status,
 * all with the same moment and person; the note belongs to the step asked for, the last row.
 */
export function nextStatusHistory(
  stored: readonly StoredStatusHistoryRow[] | null | undefined,
  step: StatusStep,
  { eraseNotes = false }: { eraseNotes?: boolean } = {},
): StatusHistoryRow[] {
  const kept: StatusHistoryRow[] = (stored ?? []).map((row) => ({
    ...(row.id === null || row.id === undefined ? {} : { id: String(row.id) }),
    status: row.status,
    at: row.at,
    ...(storedBy(row.by) ? { by: storedBy(row.by) } : {}),
    note: eraseNotes ? null : (row.note ?? null),
  }))
  if (step.from === step.to) return kept
  const who = step.by ? { by: step.by } : {}
  const note = noteOf(step.note)
  return [
    ...kept,
    ...(step.between ?? []).map((status) => ({ status, at: step.at, ...who })),
    { status: step.to, at: step.at, ...who, ...(note ? { note } : {}) },
  ]
}
