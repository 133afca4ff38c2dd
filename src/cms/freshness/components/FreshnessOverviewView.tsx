import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../shared/components/admin/AdminFrame'
import { parseSortDirection, parseSortKey, type OverviewSortKey } from '../../../domain/freshness/overview'
import { isCoordinatorUser } from '../../shared/access/roles'
import { reviewPeriodMonths } from '../contentFreshness'
import { freshnessOverview } from '../freshnessOverview'

const columns: { key: OverviewSortKey; label: string }[] = [
  { key: 'name', label: 'Organisatie' },
  { key: 'current', label: 'Actueel' },
  { key: 'due', label: 'Binnenkort controleren' },
  { key: 'overdue', label: 'Verouderd' },
  { key: 'total', label: 'Totaal' },
]

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/actualiteit: per organisation how many published items (page, offerings, experts) are
 * current, due or overdue; sortable by every column (links, so it works without JavaScript);
 * exportable as CSV. Coordinators only.
 */
export async function FreshnessOverviewView(view: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = view
  const { req } = initPageResult
  const allowed = isCoordinatorUser(req.user)
  const key = parseSortKey(single(searchParams?.sort))
  const direction = parseSortDirection(single(searchParams?.dir), key)
  const rows = allowed ? await freshnessOverview(req.payload, { key, direction }) : []
  const period = allowed ? await reviewPeriodMonths(req.payload) : 0
  const totals = rows.reduce((sum, row) => ({ current: sum.current + row.current, due: sum.due + row.due, overdue: sum.overdue + row.overdue }), { current: 0, due: 0, overdue: 0 })

  return (
    <AdminFrame view={view}>
        <h1>Actualiteit van partners</h1>
        {!allowed ? (
          <p>Dit overzicht is alleen voor coördinatoren.</p>
        ) : (
          <>
            <p>
              Gepubliceerde organisatiepagina’s, aanbod en experts. Een onderdeel is verouderd als het langer dan {period} maanden niet
              is gecontroleerd, en de laatste maand daarvoor binnenkort aan controle toe. In totaal: {totals.current} actueel, {totals.due}{' '}
              binnenkort, {totals.overdue} verouderd.
            </p>
            <p>
              <a href={`/api/organisations/freshness-overview?format=csv&sort=${key}&dir=${direction}`} download>
                Download als CSV
              </a>
            </p>
            <table className="partner-dashboard__table">
              <caption>Per organisatie, gesorteerd op {columns.find((column) => column.key === key)?.label.toLowerCase()}</caption>
              <thead>
                <tr>
                  {columns.map((column) => {
                    const active = column.key === key
                    const next = active ? (direction === 'asc' ? 'desc' : 'asc') : parseSortDirection(undefined, column.key)
                    return (
                      <th key={column.key} scope="col" aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                        <a href={`/admin/actualiteit?sort=${column.key}&dir=${next}`}>
                          {column.label}
                          {active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
                        </a>
                      </th>
                    )
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.organisationId}>
                    <th scope="row">
                      <a href={`/admin/collections/organisations/${row.organisationId}`}>{row.name}</a>
                    </th>
                    <td>{row.current}</td>
                    <td>{row.due}</td>
                    <td>{row.overdue}</td>
                    <td>{row.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
    </AdminFrame>
  )
}
