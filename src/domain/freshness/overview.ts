import type { FreshnessStatus } from './freshness'

/** One organisation in the coordinator's freshness overview. */
export interface OverviewRow {
  organisationId: string
  name: string
  current: number
  due: number
  overdue: number
  total: number
}

export const overviewSortKeys = ['name', 'current', 'due', 'overdue', 'total'] as const
export type OverviewSortKey = (typeof overviewSortKeys)[number]
export type SortDirection = 'asc' | 'desc'

export interface OverviewItem {
  organisationId: string
  status: FreshnessStatus
}

/** Counts per organisation; organisations without items are listed with zeros. */
export function buildOverview(organisations: { id: string; name: string }[], items: OverviewItem[]): OverviewRow[] {
  const rows = new Map<string, OverviewRow>(
    organisations.map((organisation) => [
      organisation.id,
      { organisationId: organisation.id, name: organisation.name, current: 0, due: 0, overdue: 0, total: 0 },
    ]),
  )
  for (const item of items) {
    const row = rows.get(item.organisationId)
    if (!row) continue
    row[item.status] += 1
    row.total += 1
  }
  return [...rows.values()]
}

export function parseSortKey(value: string | null | undefined): OverviewSortKey {
  return (overviewSortKeys as readonly string[]).includes(value ?? '') ? (value as OverviewSortKey) : 'overdue'
}

export function parseSortDirection(value: string | null | undefined, key: OverviewSortKey): SortDirection {
  if (value === 'asc' || value === 'desc') return value
  // Names read A–Z; counts most first, so the organisations needing attention lead.
  return key === 'name' ? 'asc' : 'desc'
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' })

export function sortOverview(rows: OverviewRow[], key: OverviewSortKey, direction: SortDirection): OverviewRow[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const order = key === 'name' ? collator.compare(a.name, b.name) : a[key] - b[key]
    return order !== 0 ? sign * order : collator.compare(a.name, b.name)
  })
}

function csvCell(value: string | number): string {
  const text = String(value)
  // Quote what would break a cell; a leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The overview as CSV for Dutch spreadsheets: semicolons (Excel with Dutch settings expects them)
 * and a byte-order mark so accented names open correctly.
 */
export function overviewCsv(rows: OverviewRow[]): string {
  const header = ['Organisatie', 'Actueel', 'Binnenkort controleren', 'Verouderd', 'Totaal']
  const lines = [header, ...rows.map((row) => [row.name, row.current, row.due, row.overdue, row.total])]
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`
}
