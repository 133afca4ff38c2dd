'use client'
/** A row of a status history: "Expert gekoppeld – 15-12-2026 14:00", not "Statuswijziging 04". */
import { useRowLabel } from '@payloadcms/ui'
import { caseStatusLabel } from '../../domain/caseQuestions/status'
import { formatDutchDate } from '../../domain/dates/dutchDate'
import { labelOf, membershipApplicationStatuses } from '../../domain/vocabulary'

function StatusRow({ label }: { label: (status: string) => string }) {
  const { data } = useRowLabel<{ status?: string; at?: string }>()
  const when = formatDutchDate(data?.at, { time: true })
  return <span>{[data?.status ? label(data.status) : 'Status', when].filter(Boolean).join(' – ')}</span>
}

export function CaseStatusHistoryRowLabel() {
  return <StatusRow label={caseStatusLabel} />
}

export function MembershipStatusHistoryRowLabel() {
  return <StatusRow label={(status) => labelOf(membershipApplicationStatuses, status)} />
}
