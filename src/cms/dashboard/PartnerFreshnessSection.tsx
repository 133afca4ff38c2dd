import type { Payload } from 'payload'
import { FRESHNESS_NOUNS } from '../../domain/workQueues/otherQueues'
import { InviteEditorForm } from '../partners/components/InviteEditorForm'
import { QueueList } from './QueueList'
import { partnerFreshnessCounts } from './partnerFreshness'

/**
 * For coordinators: how much partner content is overdue or due for its check (the totals of the
 * freshness overview, which the lines link to), and the invitation of a partner's editor.
 */
export async function PartnerFreshnessSection({ payload, user, now }: { payload: Payload; user: unknown; now: Date }) {
  const [counts, organisations] = await Promise.all([
    partnerFreshnessCounts(payload, user, now),
    payload.find({ collection: 'organisations', depth: 0, pagination: false, sort: 'name', overrideAccess: false, user, select: { name: true } }),
  ])
  return (
    <section aria-labelledby="actualiteit-partners">
      <h2 id="actualiteit-partners">Actualiteit van partners</h2>
      <p>Gepubliceerde organisatiepagina’s, aanbod en experts die langer dan {counts.periodMonths} maanden niet zijn gecontroleerd.</p>
      <QueueList
        lines={[
          { key: 'freshnessOverdue', count: counts.overdue, noun: FRESHNESS_NOUNS.overdue, href: '/admin/actualiteit?sort=overdue' },
          { key: 'freshnessDue', count: counts.due, noun: FRESHNESS_NOUNS.due, href: '/admin/actualiteit?sort=due' },
        ]}
      />
      <p>
        <a href="/admin/actualiteit">Actualiteit per organisatie bekijken</a>
      </p>
      <details>
        <summary>Redacteur van een partner uitnodigen</summary>
        <InviteEditorForm organisations={organisations.docs.map((doc) => ({ id: String(doc.id), name: String(doc.name) }))} />
      </details>
    </section>
  )
}
