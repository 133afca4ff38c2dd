/**
 * Light spam protection for public forms, without third parties or cookies:
 * - a honeypot: a field people never see (hidden with CSS) that form-filling bots fill in;
 * - a minimum fill time: the page writes the moment it was rendered into the form, and a post
 *   that comes back faster than a person can read and type is treated as a bot.
 */

export const HONEYPOT_FIELD = 'faxnummer'
export const STARTED_AT_FIELD = 'formulierGestartOp'

export type GuardVerdict = 'ok' | 'honeypot' | 'too-fast'

export function checkFormGuard(
  form: { honeypot: unknown; startedAt: unknown },
  options: { now?: number; minimumMs: number },
): GuardVerdict {
  if (typeof form.honeypot === 'string' && form.honeypot.trim() !== '') return 'honeypot'
  const now = options.now ?? Date.now()
  const startedAt = typeof form.startedAt === 'string' && form.startedAt.trim() !== '' ? Number(form.startedAt) : Number.NaN
  // A missing or future timestamp means the field was tampered with or stripped: too fast.
  if (!Number.isFinite(startedAt) || startedAt > now || now - startedAt < options.minimumMs) return 'too-fast'
  return 'ok'
}
