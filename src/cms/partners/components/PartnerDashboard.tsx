import type { Payload } from 'payload'
import { formatDay } from '../../../domain/freshness/emails'
import { freshnessLabels } from '../../../domain/freshness/freshness'
import { editorOrganisationId } from '../../shared/access/roles'
import { collectionLabels, loadReviewedItems, reviewPeriodMonths, type ReviewedItem } from '../../freshness/contentFreshness'
import { ConfirmCurrentButton } from '../../freshness/components/ConfirmCurrentButton'
import { InviteEditorForm } from './InviteEditorForm'

interface Props {
  payload: Payload
  user?: unknown
}

function ItemsTable({ items, caption, createUrl, createLabel }: { items: ReviewedItem[]; caption: string; createUrl?: string; createLabel?: string }) {
  return (
    <section className="partner-dashboard__section">
      <table className="partner-dashboard__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Status</th>
            <th scope="col">Laatst gecontroleerd</th>
            <th scope="col">Actualiteit</th>
            <th scope="col">Actie</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={5}>Nog niets.</td>
            </tr>
          )}
          {items.map((item) => (
            <tr key={item.id} data-freshness={item.freshness.status}>
              <td>
                <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
              </td>
              <td>{item.publishStatus === 'published' ? 'Gepubliceerd' : 'Niet gepubliceerd'}</td>
              <td>{item.lastReviewedAt ? formatDay(new Date(item.lastReviewedAt)) : 'Nog nooit'}</td>
              <td>
                <span className={`partner-freshness partner-freshness--${item.freshness.status}`}>{freshnessLabels[item.freshness.status]}</span>
              </td>
              <td>
                <ConfirmCurrentButton collection={item.collection} id={item.id} title={item.title} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {createUrl && (
        <p>
          <a href={createUrl}>{createLabel}</a>
        </p>
      )}
    </section>
  )
}

/**
 * The partner editor's part of the admin dashboard (src/cms/dashboard/WorkDashboard): their own
 * organisation's page, offerings and experts with "laatst gecontroleerd", a freshness label and
 * "nog actueel", plus the invitation form for colleagues. Coordinators find the freshness
 * overview and the invitation of any organisation's editor in PartnerFreshnessSection.
 */
export async function PartnerDashboard({ payload, user }: Props) {
  const organisationId = editorOrganisationId(user)
  if (!organisationId) return null

  const [organisation, items, period] = await Promise.all([
    payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } }),
    loadReviewedItems(payload, { organisationId }),
    reviewPeriodMonths(payload),
  ])
  if (!organisation) return null
  const of = (collection: ReviewedItem['collection']) => items.filter((item) => item.collection === collection)
  const overdue = items.filter((item) => item.freshness.status === 'overdue').length
  const due = items.filter((item) => item.freshness.status === 'due').length

  return (
    <div className="partner-dashboard">
      <h2>Uw organisatie: {organisation.name}</h2>
      <p>
        Controleer iedere {period} maanden of alles nog klopt. Klopt een onderdeel nog? Klik op "Nog actueel"; de inhoud blijft dan
        ongewijzigd. Iets veranderd? Open het onderdeel, pas het aan, bekijk het voorbeeld en publiceer.
      </p>
      {(overdue > 0 || due > 0) && (
        <p className="partner-dashboard__attention">
          {overdue > 0 && `${overdue} verouderd (de website meldt "informatie mogelijk verouderd"). `}
          {due > 0 && `${due} binnenkort aan controle toe.`}
        </p>
      )}
      <ItemsTable items={of('organisations')} caption={collectionLabels.organisations.singular} />
      <ItemsTable items={of('offerings')} caption="Aanbod" createUrl="/admin/collections/offerings/create" createLabel="Nieuw aanbod toevoegen" />
      <ItemsTable items={of('experts')} caption="Experts" createUrl="/admin/collections/experts/create" createLabel="Nieuwe expert toevoegen" />
      <details>
        <summary>Collega uitnodigen als redacteur</summary>
        <InviteEditorForm organisationName={organisation.name} />
      </details>
    </div>
  )
}
