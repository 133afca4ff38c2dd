import { renderChartSvg, type ChartSpec } from '../charts/renderChart'
import { TableDisclosure } from './TableDisclosure'

export interface ChartTable {
  head: string[]
  rows: (string | number)[][]
  /** A last row in bold, e.g. totals. */
  foot?: (string | number)[]
}

export interface ChartProps {
  id: string
  title: string
  /** What the chart shows, in one or two sentences with the main numbers. */
  summary: string
  spec: ChartSpec
  table: ChartTable
}

/**
 * One chart: a title, a text summary, the SVG (an image named by both) with its legend, and the
 * numbers as a table under "Toon tabel". Without data it says so instead of drawing empty axes.
 */
export function Chart({ id, title, summary, spec, table }: ChartProps) {
  const empty = spec.data.every((datum) => datum.value === 0)
  const titleId = `${id}-titel`
  const summaryId = `${id}-samenvatting`
  return (
    <figure className="monitoring-chart" aria-labelledby={titleId}>
      <h2 id={titleId} className="monitoring-chart__title">
        {title}
      </h2>
      <p id={summaryId} className="monitoring-chart__summary">
        {summary}
      </p>
      {empty ? (
        <p className="monitoring-chart__empty">Geen gegevens in deze periode.</p>
      ) : (
        <>
          {spec.series.length > 1 && (
            <ul className="monitoring-legend" aria-label={`Legenda bij ${title}`}>
              {spec.series.map((series) => (
                <li key={series.key}>
                  <span className="monitoring-legend__swatch" style={{ background: series.color }} aria-hidden="true" />
                  {series.label}
                </li>
              ))}
            </ul>
          )}
          <div className="monitoring-chart__svg" dangerouslySetInnerHTML={{ __html: renderChartSvg(spec, `${titleId} ${summaryId}`) }} />
        </>
      )}
      <TableDisclosure id={`${id}-tabel`} title={title}>
        <DataTable caption={title} table={table} />
      </TableDisclosure>
    </figure>
  )
}

export function DataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <table className="monitoring-data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.head.map((cell, index) => (
            <th key={index} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.head.length}>Geen gegevens in deze periode.</td>
          </tr>
        ) : (
          table.rows.map((row, rowIndex) => (
            <TableRow key={rowIndex} cells={row} />
          ))
        )}
      </tbody>
      {table.foot && (
        <tfoot>
          <TableRow cells={table.foot} />
        </tfoot>
      )}
    </table>
  )
}

/** A body or foot row: the first cell names the row, numbers in Dutch notation. */
function TableRow({ cells }: { cells: readonly (string | number)[] }) {
  return (
    <tr>
      {cells.map((cell, index) =>
        index === 0 ? (
          <th key={index} scope="row">
            {cell}
          </th>
        ) : (
          <td key={index}>{typeof cell === 'number' ? cell.toLocaleString('nl-NL') : cell}</td>
        ),
      )}
    </tr>
  )
}
