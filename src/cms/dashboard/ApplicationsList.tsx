import type { ApplicationToDiscuss } from './applicationsToDiscuss'
import type { QueueLine } from './countQueue'
import { QueueList } from './QueueList'
import styles from './WorkDashboard.module.css'

/** The membership applications the platform discusses at its next meeting. */
export function ApplicationsList({ line, applications }: { line: QueueLine; applications: ApplicationToDiscuss[] }) {
  return (
    <>
      <QueueList lines={[line]} />
      {applications.length > 0 && (
        <ul className={styles.events}>
          {applications.map((application) => (
            <li key={application.id}>
              <a href={application.href}>Aanvraag van {application.name}</a>
              <span className={styles.detail}> ({application.status})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
