/**
 * Admin: how the routekaart is used, from the anonymous day counters in `routeMapStats`:
 * per step the views, and for a question how many went on and how many stopped there.
 * Read with the coordinator's own rights (overrideAccess: false).
 */
import type { UIFieldServerProps } from 'payload'
import { amsterdamDay, summariseRouteMapStats } from '../../../domain/routeMaps/stats'

const PERIOD_DAYS = 90

const cell: React.CSSProperties = { padding: '0.3rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
const numberCell: React.CSSProperties = { ...cell, textAlign: 'right' }

export async function RouteMapStatsField({ data, id, payload, req }: UIFieldServerProps) {
  if (!id) return null
  const since = amsterdamDay(new Date(Date.now() - PERIOD_DAYS * 24 * 60 * 60 * 1000))
  const { docs } = await payload.find({
    collection: 'routeMapStats',
    where: { and: [{ routeMap: { equals: id } }, { day: { greater_than_equal: since } }] },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    select: { stepKey: true, fromStepKey: true, views: true },
  })
  const steps = (Array.isArray(data?.steps) ? data.steps : []).filter(
    (step: { key?: string; kind?: string }) => step?.key && (step.kind === 'vraag' || step.kind === 'uitkomst'),
  )
  const rows = summariseRouteMapStats(steps, docs)
  const startViews = rows.find((row) => row.key === data?.startStepKey)?.views ?? 0
  return (
    <section style={{ marginBottom: '1.5rem' }} aria-labelledby="routekaart-gebruik">
      <h3 id="routekaart-gebruik">Gebruik in de afgelopen {PERIOD_DAYS} dagen</h3>
      <p>
        Anonieme tellingen (geen persoonsgegevens, geen cookies). Bij een vraag: hoe vaak hij getoond werd, hoe vaak
        iemand een antwoord koos en hoe vaak iemand daar stopte. Bij een uitkomst: hoe vaak die bereikt werd.
      </p>
      {startViews === 0 ? (
        <p>Nog geen bezoeken geteld.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>Stap</th>
              <th style={cell}>Soort</th>
              <th style={numberCell}>Getoond</th>
              <th style={numberCell}>Verder</th>
              <th style={numberCell}>Gestopt</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td style={cell}>
                  {row.title} <code>{row.key}</code>
                </td>
                <td style={cell}>{row.kind === 'uitkomst' ? 'Uitkomst' : 'Vraag'}</td>
                <td style={numberCell}>{row.views}</td>
                <td style={numberCell}>{row.kind === 'vraag' ? row.continued : '–'}</td>
                <td style={numberCell}>
                  {row.kind === 'vraag' ? `${row.stopped}${row.stopPercentage !== undefined ? ` (${row.stopPercentage}%)` : ''}` : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
