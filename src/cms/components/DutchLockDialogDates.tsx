'use client'
/**
 * Payload's "document locked" dialog writes its date with a fixed American format ("Nov 23,
 * 2026, 2:05 PM", Intl 'en-US' in @payloadcms/ui's DocumentLocked) that no setting reaches. This
 * provider watches for that dialog and rewrites the date as 23-11-2026 14:05, Amsterdam time,
 * like every other date in the admin. Nothing else on the page is touched.
 */
import { useEffect, type ReactNode } from 'react'
import { formatDutchDate } from '../../domain/dates/dutchDate'

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

function rewrite(root: ParentNode) {
  for (const strong of root.querySelectorAll<HTMLElement>('.document-locked strong')) {
    if (strong.dataset.dutchDate === 'done') continue
    const moment = readAmericanLocalTime(strong.textContent ?? '')
    if (!moment) continue
    strong.textContent = formatDutchDate(moment, { time: true })
    strong.dataset.dutchDate = 'done'
  }
}

export function DutchLockDialogDates({ children }: { children?: ReactNode }) {
  useEffect(() => {
    rewrite(document)
    const observer = new MutationObserver(() => rewrite(document))
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
