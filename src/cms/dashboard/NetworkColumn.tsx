import { dayAndTime } from '../../domain/workQueues/dutch'
import { placesText, registrationsText, waitingListText } from '../../domain/workQueues/otherQueues'
import { labelOf, networks } from '../../domain/vocabulary'
import type { NetworkQueues } from './coordinatorQueues'
import { QueueList } from './QueueList'
import styles from './WorkDashboard.module.css'

/** Everything waiting for the coordinator in one network (one of two columns side by side). */
export function NetworkColumn({ queues }: { queues: NetworkQueues }) {
  const id = `netwerk-${queues.network}`
  const membership = queues.membership.filter((line) => line.count > 0)
  return (
    <section className={styles.network} aria-labelledby={id} data-network={queues.network}>
      <h2 id={id}>{labelOf(networks, queues.network)}</h2>

      <h3>Casusvragen</h3>
      <QueueList lines={queues.caseQuestions} />

      <h3>Lidmaatschapsaanvragen</h3>
      {membership.length > 0 ? <QueueList lines={membership} /> : <p className={styles.empty}>Geen lopende aanvragen</p>}

      <h3>Professionals</h3>
      <QueueList lines={queues.professionals} />

      <h3>Nieuwsbrief</h3>
      <QueueList lines={queues.newsletters} />

      {queues.events && (
        <>
          <h3>Agenda</h3>
          <QueueList lines={[queues.events.line]} />
          {queues.events.listed.length > 0 && (
            <ul className={styles.events}>
              {queues.events.listed.map((event) => (
                <li key={event.id}>
                  <a href={event.href}>{event.title}</a>
                  <span className={styles.detail}>
                    {' '}
                    {dayAndTime(event.startsAt)}: {event.registered.count > 0 ? <a href={event.registered.href}>{registrationsText(event.registered.count)}</a> : registrationsText(0)}
                    , {placesText(event.placesLeft)},{' '}
                    {event.waitingList.count > 0 ? <a href={event.waitingList.href}>{waitingListText(event.waitingList.count)}</a> : waitingListText(0)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
