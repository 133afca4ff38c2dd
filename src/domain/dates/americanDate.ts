/**
 * Payload's "document locked" dialog writes its date with a fixed American format ("Nov 23,
 * 2026, 2:05 PM", Intl 'en-US' in @payloadcms/ui's DocumentLocked) that no setting reaches; the
 * admin reads it back here to show it in Dutch. The time is the browser's local time.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// Bounded (the text of one <strong>) and linear.
const AMERICAN = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),?[\s\u202f](\d{1,2}):(\d{2})[\s\u202f]?(AM|PM)$/

/** The moment an American-formatted local time names, or undefined. */
export function readAmericanLocalTime(text: string): Date | undefined {
  if (text.length > 40) return undefined
  const match = AMERICAN.exec(text.trim())
  if (!match) return undefined
  const month = MONTHS.indexOf(match[1])
  if (month < 0) return undefined
  const hour12 = Number(match[4]) % 12
  const hour = match[6] === 'PM' ? hour12 + 12 : hour12
  return new Date(Number(match[3]), month, Number(match[2]), hour, Number(match[5]))
}
