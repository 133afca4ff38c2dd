import { countPhrase } from '../../domain/workQueues/dutch'
import type { QueueLine } from './countQueue'
import styles from './WorkDashboard.module.css'

/** Lines whose count means something is late: they stand out (bold, a marker), not only by colour. */
const URGENT = new Set(['triageOverdue', 'adviceOverdue'])

/**
 * Lines of a queue: "3 nieuwe vragen, nog niet in behandeling", each a link to the filtered admin
 * list. A line with nothing in it is plain text: a link to an empty list helps nobody.
 */
export function QueueList({ lines }: { lines: QueueLine[] }) {
  return (
    <ul className={styles.lines}>
      {lines.map((line) => {
        const text = countPhrase(line.count, line.noun)
        const urgent = line.count > 0 && URGENT.has(line.key)
        return (
          <li key={line.key} className={urgent ? styles.urgent : line.count === 0 ? styles.empty : undefined} data-queue={line.key} data-count={line.count}>
            {line.count > 0 ? <a href={line.href}>{text}</a> : text}
          </li>
        )
      })}
    </ul>
  )
}
