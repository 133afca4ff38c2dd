'use client'
/**
 * A date in a list column: `15-12-2026 14:00` in Amsterdam time, the same on the server that
 * renders the list (which may run in UTC) as in the browser. Links, clicks and empty cells stay
 * Payload's own.
 */
import { DefaultCell } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { formatDutchDate } from '../../../domain/dates/dutchDate'

export function DutchDateCell(props: DefaultCellComponentProps) {
  const date = (props.field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date
  const text = formatDutchDate(props.cellData, { time: date?.pickerAppearance !== 'dayOnly' })
  if (!text) return <DefaultCell {...props} />
  // Shown as text: Payload's client-field union has no member for a date field's config with type 'text'.
  return <DefaultCell {...props} cellData={text} field={{ ...props.field, type: 'text' } as never} />
}
