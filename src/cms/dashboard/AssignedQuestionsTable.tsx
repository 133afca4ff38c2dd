import { dayText } from '../../domain/workQueues/dutch'
import type { AssignedQuestions } from './assignedQuestions'
import { QueueList } from './QueueList'
import styles from './WorkDashboard.module.css'

/**
 * A platform member's or expert's own questions: the count (a link to the filtered list), then
 * each question with the deadline that applies now, in working days.
 */
export function AssignedQuestionsTable({ data, caption }: { data: AssignedQuestions; caption: string }) {
  const { line, questions } = data
  return (
    <>
      <QueueList lines={[line]} />
      {questions.length > 0 && (
        <table className={styles.table}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Kenmerk</th>
              <th scope="col">Netwerk</th>
              <th scope="col">Status</th>
              <th scope="col">Termijn</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question) => (
              <tr key={question.id} data-deadline={question.deadline?.status}>
                <th scope="row">
                  <a href={question.href}>Casusvraag {question.reference}</a>
                </th>
                <td>{question.network}</td>
                <td>{question.status}</td>
                <td className={question.deadline?.status === 'te-laat' ? styles.urgent : undefined}>
                  {question.deadline
                    ? `${question.deadline.kind}: ${question.deadline.text} (uiterlijk ${dayText(question.deadline.dueAt)})`
                    : 'Geen termijn'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {line.count > questions.length && (
        <p>
          <a href={line.href}>Alle {line.count} vragen bekijken</a>
        </p>
      )}
    </>
  )
}
