'use client'
/**
 * Row labels of the routekaart's arrays: a step is named by its key and its question, an
 * answer by its text and where it leads, so a coordinator finds "wonen-crisis" in a list of
 * thirty collapsed steps without opening each ("Stap 01 … Stap 29" says nothing).
 */
import { useRowLabel } from '@payloadcms/ui'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const shorten = (value: string, max = 90) => (value.length > max ? `${value.slice(0, max - 1)}…` : value)

export function RouteMapStepRowLabel() {
  const { data, rowNumber } = useRowLabel<{ key?: unknown; title?: unknown; kind?: unknown }>()
  const key = text(data?.key)
  const title = text(data?.title)
  const kind = data?.kind === 'uitkomst' ? 'Uitkomst' : 'Vraag'
  const position = typeof rowNumber === 'number' ? `${rowNumber + 1}. ` : ''
  return (
    <span>
      {position}
      {kind}: <code>{key || '(geen sleutel)'}</code> {shorten(title) || '(nog zonder vraag of titel)'}
    </span>
  )
}

export function RouteMapAnswerRowLabel() {
  const { data } = useRowLabel<{ label?: unknown; nextStepKey?: unknown }>()
  const label = text(data?.label)
  const next = text(data?.nextStepKey)
  return (
    <span>
      “{shorten(label) || '(geen tekst)'}” → <code>{next || '(nog geen volgende stap)'}</code>
    </span>
  )
}
