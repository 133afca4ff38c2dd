'use client'
/** A row of a case question's status history: "Expert gekoppeld – 15-12-2026 14:00", not "Statuswijziging 04". */
import { useRowLabel } from '@payloadcms/ui'
import { caseStatusLabel } from '../../domain/caseQuestions/status'
import { formatDutchDate } from '../../domain/dates/dutchDate'

export function CaseStatusHistoryRowLabel() {
  const { data } = useRowLabel<{ status?: string; at?: string }>()
  const when = formatDutchDate(data?.at, { time: true })
  return <span>{[caseStatusLabel(data?.status) || 'Status', when].filter(Boolean).join(' – ')}</span>
}
