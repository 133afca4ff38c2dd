/**
 * CSV for the monitoring exports, written for Dutch Excel, which is what the network's staff
 * open them with:
 * - UTF-8 with a byte-order mark, so "Cliëntondersteuning" keeps its ë;
 * - `;` between cells (Dutch Excel reads `,` as the decimal sign and would put every row in one
 *   cell), CRLF between rows, every cell in double quotes;
 * - values as people read them (labels, "ja"/"nee", dates as 15-12-2026), never codes;
 * - a cell that starts with = + - @ (or a tab or return) gets a leading apostrophe, so a title
 *   like "=HYPERLINK(…)" is shown as text instead of running as a formula.
 */

export type CsvValue = string | number | boolean | null | undefined

export const CSV_SEPARATOR = ';'

export function csvCell(value: CsvValue): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'boolean'
        ? yesNo(value)
        : typeof value === 'number'
          ? dutchNumber(value)
          : value
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/** A whole CSV file: header row, data rows, BOM and final line break. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export function yesNo(value: boolean | null | undefined): string {
  return value === true ? 'ja' : value === false ? 'nee' : ''
}

/** 12.5 → "12,5" (Dutch decimal comma); whole numbers stay as they are. */
export function dutchNumber(value: number): string {
  return Number.isFinite(value) ? String(value).replace('.', ',') : ''
}

/** The `content-disposition` of a download: an ASCII file name, so every browser keeps it. */
export function attachment(fileName: string): string {
  const safe = fileName.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/-+/g, '-').slice(0, 120)
  return `attachment; filename="${safe}"`
}
