import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import { expertQueue, needsExpertQueue } from '../../domain/workQueues/caseQueues'
import { dayAndTime } from '../../domain/workQueues/dutch'
import { networks } from '../../domain/vocabulary'
import { hasRole, isCoordinatorUser, isStaffUser } from '../shared/access/roles'
import { PartnerDashboard } from '../partners/components/PartnerDashboard'
import { ApplicationsList } from './ApplicationsList'
import { loadApplicationsToDiscuss } from './applicationsToDiscuss'
import { loadAssignedQuestions } from './assignedQuestions'
import { AssignedQuestionsTable } from './AssignedQuestionsTable'
import { loadNetworkQueues } from './coordinatorQueues'
import { NetworkColumn } from './NetworkColumn'
import { PartnerFreshnessSection } from './PartnerFreshnessSection'
import { SystemHealthSection } from './SystemHealthSection'
import styles from './WorkDashboard.module.css'

async function CoordinatorWork({ props }: { props: SectionProps }) {
  const columns = await Promise.all(networks.map(({ value }) => loadNetworkQueues(props.payload, props.user, value, props.now)))
  return (
    <div className={styles.networks}>
      {columns.map((queues) => (
        <NetworkColumn key={queues.network} queues={queues} />
      ))}
    </div>
  )
}

async function PlatformMemberWork({ props }: { props: SectionProps }) {
  const [questions, applications] = await Promise.all([
    loadAssignedQuestions(props.payload, props.user, needsExpertQueue(props.userId), props.now),
    loadApplicationsToDiscuss(props.payload, props.user),
  ])
  return (
    <section aria-labelledby="werk-platformlid">
      <h2 id="werk-platformlid">Als platformlid</h2>
      <h3>Casusvragen die een expert nodig hebben</h3>
      <p>Zoek een expert van uw organisatie en koppel die in de vraag (tabblad Behandeling).</p>
      <AssignedQuestionsTable data={questions} caption="Aan u doorgezette vragen zonder expert" />
      <h3>Lidmaatschapsaanvragen</h3>
      <p>Geef vóór het platformoverleg uw reactie in de aanvraag (tabblad Procedure).</p>
      <ApplicationsList line={applications.line} applications={applications.applications} />
    </section>
  )
}

async function ExpertWork({ props }: { props: SectionProps }) {
  const questions = await loadAssignedQuestions(props.payload, props.user, expertQueue(props.userId), props.now)
  return (
    <section aria-labelledby="werk-expert">
      <h2 id="werk-expert">Als expert</h2>
      <AssignedQuestionsTable data={questions} caption="Vragen waaraan u bent gekoppeld" />
    </section>
  )
}

interface SectionProps {
  payload: AdminViewServerProps['initPageResult']['req']['payload']
  user: unknown
  userId: string
  now: Date
}

/**
 * The admin's start page: what waits for this user, by role. Coordinators see both networks
 * side by side (staff accounts have no network of their own), platform members and experts
 * their own questions with deadlines in working days, partner editors their organisation's
 * content (PartnerDashboard) and nothing else. Every count is read as the user
 * (`overrideAccess: false`), so it holds only what they may open.
 */
export async function WorkDashboard({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  if (!isStaffUser(user)) return null
  const props: SectionProps = { payload: req.payload, user, userId: String(user.id), now: new Date() }
  const coordinator = isCoordinatorUser(user)
  const platformMember = hasRole(user, 'platformMember')
  const expert = hasRole(user, 'expert')
  const partnerEditor = hasRole(user, 'partnerEditor')

  return (
    // Payload's template has no main landmark; the start page's own content is the page's main part.
    <Gutter className={styles.dashboard}>
      <main id="werkvoorraad">
        <h1>Werkvoorraad</h1>
        {(coordinator || platformMember || expert) && (
          <p className={styles.detail}>Stand van {dayAndTime(props.now)}. Een regel met een aantal is een link naar de lijst met precies die onderdelen.</p>
        )}
        {coordinator && <CoordinatorWork props={props} />}
        {platformMember && <PlatformMemberWork props={props} />}
        {expert && <ExpertWork props={props} />}
        {coordinator && <PartnerFreshnessSection payload={props.payload} user={user} now={props.now} />}
        {partnerEditor && !coordinator && <PartnerDashboard payload={props.payload} user={user} />}
        {hasRole(user, 'admin') && <SystemHealthSection payload={props.payload} user={user} now={props.now} />}
        {!coordinator && !platformMember && !expert && !partnerEditor && <p>Er staat niets voor u klaar.</p>}
      </main>
    </Gutter>
  )
}
