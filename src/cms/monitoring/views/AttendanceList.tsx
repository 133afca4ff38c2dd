import type { PayloadRequest } from 'payload'
import { dutchDateTime } from '../../../domain/monitoring/period'
import type { MonitoringSection } from '../access'
import { loadAttendance } from '../load/events'
import { MonitoringFrame } from './MonitoringFrame'

/**
 * /admin/monitoring/bijeenkomsten/:id: the attendance list of one event. The coordinator ticks
 * who came and saves once (a plain form, POST to the attendance endpoint, back here after);
 * printed, it is a sign-in list.
 */
export async function AttendanceList({
  req,
  eventId,
  saved,
  visibleSections,
}: {
  req: PayloadRequest
  eventId: string
  saved?: string
  visibleSections: MonitoringSection[]
}) {
  const attendance = await loadAttendance(req.payload, eventId, req)
  if (!attendance) {
    return (
      <MonitoringFrame section="bijeenkomsten" visibleSections={visibleSections} title="Presentielijst">
        <p role="alert">Deze bijeenkomst bestaat niet (meer).</p>
        <p>
          <a href="/admin/monitoring/bijeenkomsten">Terug naar de bijeenkomsten</a>
        </p>
      </MonitoringFrame>
    )
  }
  const { event, registrations } = attendance
  const withPlace = registrations.filter((r) => r.status === 'aangemeld')
  const others = registrations.filter((r) => r.status !== 'aangemeld')
  const present = withPlace.filter((r) => r.attended).length
  const id = String(event.id)
  return (
    <MonitoringFrame
      section="bijeenkomsten"
      visibleSections={visibleSections}
      title={`Presentielijst ${event.title ?? ''}`}
      csv={{ href: `/api/monitoring/bijeenkomsten/${encodeURIComponent(id)}/presentielijst`, label: 'Download presentielijst (CSV)' }}
    >
      <p className="monitoring__intro">
        {dutchDateTime(event.startsAt)}. {withPlace.length} aangemeld met een plek, {present} aanwezig. Vink aan wie er was en kies “Presentie
        opslaan”.
      </p>
      {saved !== undefined && (
        <p role="status" className="monitoring-saved monitoring-no-print">
          De presentie is opgeslagen.
        </p>
      )}
      <form method="post" action={`/api/monitoring/bijeenkomsten/${encodeURIComponent(id)}/presentie`}>
        <table className="monitoring-data">
          <caption>Deelnemers met een plek</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Aanwezig</th>
            </tr>
          </thead>
          <tbody>
            {withPlace.length === 0 ? (
              <tr>
                <td colSpan={3}>Niemand heeft een plek.</td>
              </tr>
            ) : (
              withPlace.map((registration) => (
                <tr key={registration.id}>
                  <th scope="row">{registration.name}</th>
                  <td>{registration.organisation}</td>
                  <td>
                    <input type="hidden" name="deelnemer" value={registration.id} />
                    <input
                      type="checkbox"
                      id={`aanwezig-${registration.id}`}
                      name="aanwezig"
                      value={registration.id}
                      defaultChecked={Boolean(registration.attended)}
                      aria-label={`${registration.name ?? 'Deelnemer'} aanwezig`}
                    />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        {withPlace.length > 0 && (
          <p className="monitoring-no-print">
            <button type="submit" className="monitoring-button monitoring-button--primary">
              Presentie opslaan
            </button>
          </p>
        )}
      </form>
      {others.length > 0 && (
        <table className="monitoring-data">
          <caption>Wachtlijst en afgemeld</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {others.map((registration) => (
              <tr key={registration.id}>
                <th scope="row">{registration.name}</th>
                <td>{registration.organisation}</td>
                <td>{registration.status === 'wachtlijst' ? 'Wachtlijst' : 'Afgemeld'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="monitoring-no-print">
        <a href="/admin/monitoring/bijeenkomsten">Terug naar de bijeenkomsten</a>
      </p>
    </MonitoringFrame>
  )
}
