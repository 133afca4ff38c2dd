'use client'
/**
 * Payload's "document locked" dialog writes its date in a fixed American format that no
 * setting reaches (see domain/dates/americanDate). This provider watches for that dialog and
 * rewrites the date as 23-11-2026 14:05, Amsterdam time, like every other date in the admin.
 * Nothing else on the page is touched.
 */
import { useEffect, type ReactNode } from 'react'
import { readAmericanLocalTime } from '../../../domain/dates/americanDate'
import { formatDutchDate } from '../../../domain/dates/dutchDate'

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
