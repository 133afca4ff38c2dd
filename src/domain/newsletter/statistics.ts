/**
 * Monitoring of the newsletter: per edition how many copies went out, how many failed, and how
 * many subscribers unsubscribed through that edition's link. Pure.
 *
 * Where unsubscribes come from: a subscriber who unsubscribes keeps `unsubscribedAt`, and since
 * this release also `unsubscribedFrom`, the edition whose signed link they used (the link in a
 * newsletter carries its edition). Unsubscribes through the preferences page, by a coordinator,
 * or before this release have no edition: they are counted per year as "zonder editie". A
 * subscriber who signs up again or is deleted (AVG request) is no longer counted. An edition's
 * unsubscribes count whenever they happened (also in the next year); those without an edition
 * count in the year they happened.
 */
import { csvDocument } from '../monitoring/csv'
import { percentage } from '../monitoring/numbers'
import { dutchDate } from '../monitoring/period'
import { networks } from '../vocabulary'

export interface MonitoredEdition {
  id: string | number
  title?: string | null
  sentAt?: string | null
  networks?: string[] | null
  status?: string | null
}

/** Per edition: its deliveries by status, and the subscribers who left through its link. */
export interface EditionCounts {
  sent: number
  failed: number
  waiting: number
  unsubscribes: number
}

export interface EditionRow {
  id: string
  title: string
  date: string
  networks: string[]
  status: string
  recipients: number
  sent: number
  failed: number
  waiting: number
  unsubscribes: number
  /** unsubscribes / sent in %. */
  unsubscribeRate: number | null
}

export interface NewsletterStatistics {
  rows: EditionRow[]
  /** Unsubscribes in the period without a known edition. */
  unsubscribesWithoutEdition: number
  totals: { editions: number; recipients: number; sent: number; failed: number; unsubscribes: number }
}

export function newsletterStatistics(
  editions: readonly MonitoredEdition[],
  counts: ReadonlyMap<string, EditionCounts>,
  unsubscribesWithoutEdition: number,
): NewsletterStatistics {
  const rows = editions.map((edition): EditionRow => {
    const id = String(edition.id)
    const count = counts.get(id) ?? { sent: 0, failed: 0, waiting: 0, unsubscribes: 0 }
    return {
      id,
      title: edition.title ?? '',
      date: dutchDate(edition.sentAt),
      networks: edition.networks ?? [],
      status: edition.status ?? '',
      recipients: count.sent + count.failed + count.waiting,
      sent: count.sent,
      failed: count.failed,
      waiting: count.waiting,
      unsubscribes: count.unsubscribes,
      unsubscribeRate: percentage(count.unsubscribes, count.sent),
    }
  })
  const sum = (key: 'recipients' | 'sent' | 'failed' | 'unsubscribes') => rows.reduce((total, row) => total + row[key], 0)
  return {
    rows,
    unsubscribesWithoutEdition,
    totals: { editions: rows.length, recipients: sum('recipients'), sent: sum('sent'), failed: sum('failed'), unsubscribes: sum('unsubscribes') },
  }
}

export const NEWSLETTER_STATISTICS_CSV_HEADER = ['Nieuwsbrief', 'Verzonden op', 'Netwerken', 'Ontvangers', 'Verzonden', 'Mislukt', 'Nog in de wachtrij', 'Afmeldingen', 'Afmeldingen (%)'] as const

export function newsletterStatisticsCsv(statistics: NewsletterStatistics): string {
  const rows = statistics.rows.map((row) => [
    row.title,
    row.date,
    row.networks.map((n) => networks.find((o) => o.value === n)?.label ?? n).join(', '),
    row.recipients,
    row.sent,
    row.failed,
    row.waiting,
    row.unsubscribes,
    row.unsubscribeRate,
  ])
  if (statistics.unsubscribesWithoutEdition > 0) {
    rows.push(['Afmeldingen zonder bekende nieuwsbrief (voorkeurenpagina, beheer of van vóór de registratie)', '', '', '', '', '', '', statistics.unsubscribesWithoutEdition, ''])
  }
  return csvDocument(NEWSLETTER_STATISTICS_CSV_HEADER, rows)
}
