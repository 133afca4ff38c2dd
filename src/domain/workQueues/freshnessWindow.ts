/**
 * Counting partner content by freshness in the database without loading it. An item is overdue
 * when `now >= addMonths(reference, period)` and due when `now >= addMonths(reference, period - 1)`
 * (src/domain/freshness). Calendar months differ in length and `addMonths` clamps to the end of
 * shorter months, so "reference before a cut-off date" is not exactly that rule near the ends of
 * months. It does hold outside a small window around `now - months`: before `certainBefore`
 * every reference has reached the limit, after `certainAfter` none has. The few items inside the
 * window are checked one by one with the rule itself.
 */
import { addMonths } from '../freshness/freshness'

const DAY = 24 * 60 * 60 * 1000
/** Clamping moves a date back by at most 3 days (31 → 28 February); one day more of margin. */
const MARGIN_DAYS = 4

export interface ReferenceWindow {
  /** References strictly before this have reached `months` months. */
  certainBefore: Date
  /** References strictly after this have not. */
  certainAfter: Date
}

/** The uncertain window for "`months` whole months have passed since the reference" (months ≥ 0). */
export function referenceWindow(now: Date, months: number): ReferenceWindow {
  const cutOff = addMonths(now, -Math.max(0, Math.floor(months)))
  return { certainBefore: new Date(cutOff.getTime() - MARGIN_DAYS * DAY), certainAfter: new Date(cutOff.getTime() + MARGIN_DAYS * DAY) }
}
