'use client'
/**
 * Admin: a section of a newsletter is labelled by its kind and heading ("Komende bijeenkomsten:
 * Agenda van december"), not "Blok 01".
 */
import { useRowLabel } from '@payloadcms/ui'
import { labelOf, newsletterSectionKinds } from '../../../domain/vocabulary'

export function SectionRowLabel() {
  const { data, rowNumber } = useRowLabel<{ kind?: string | null; heading?: string | null }>()
  const kind = data?.kind ? labelOf(newsletterSectionKinds, data.kind) : `Blok ${(rowNumber ?? 0) + 1}`
  const heading = data?.heading?.trim()
  return <span>{heading && heading !== kind ? `${kind}: ${heading}` : kind}</span>
}
