import type { Payload } from 'payload'
import { countPhrase } from '../../domain/workQueues/dutch'
import { FAILED_JOBS_NOUN } from '../../domain/workQueues/otherQueues'
import { QueueList } from './QueueList'
import { loadSystemHealth } from './systemHealth'
import styles from './WorkDashboard.module.css'

/** For admins: failed background jobs and sends. */
export async function SystemHealthSection({ payload, user, now }: { payload: Payload; user: unknown; now: Date }) {
  const health = await loadSystemHealth(payload, user, now)
  return (
    <section aria-labelledby="systeem">
      <h2 id="systeem">Systeem</h2>
      <ul className={styles.lines}>
        <li className={health.failedJobs > 0 ? styles.urgent : styles.empty} data-queue="failedJobs" data-count={health.failedJobs}>
          {countPhrase(health.failedJobs, FAILED_JOBS_NOUN)}
          {health.failedJobs > 0 && ' (de foutmelding staat in het logboek van de server)'}
        </li>
      </ul>
      <QueueList lines={health.lines} />
    </section>
  )
}
