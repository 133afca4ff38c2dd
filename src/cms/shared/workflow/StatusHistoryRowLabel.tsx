'use client'
/** A row of a status history: "Expert gekoppeld – 15-12-2026 14:00", not "Statuswijziging 04". */
import { useRowLabel } from '@payloadcms/ui'
import { formatDutchDate } from '../../../domain/dates/dutchDate'
import { labelOf, type Option } from '../../../domain/vocabulary'

/** `statuses` comes from the field's config (statusHistoryField), so one label serves every workflow. */
export function StatusHistoryRowLabel({ statuses }: { statuses: readonly Option[] }) {
  const { data } = useRowLabel<{ status?: string; at?: string }>()
  const when = formatDutchDate(data?.at, { time: true })
  return <span>{[data?.status ? labelOf(statuses, data.status) : 'Status', when].filter(Boolean).join(' – ')}</span>
}
