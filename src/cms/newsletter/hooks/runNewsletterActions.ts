import type { CollectionAfterChangeHook } from 'payload'
import type { Newsletter } from '../../../payload-types'
import { personalise, unsubscribeHeaders } from '../../../domain/newsletter/emailTemplate'
import { subscriberLinks } from '../../../domain/newsletter/tokens'
import { emailFrom, serverUrl } from '../../../env'
import { queueEmail } from '../../shared/email/queueEmail'
import { queueBatch, retryFailedDeliveries } from '../campaign'
import { renderEdition } from '../render'
import { campaignChanged } from '../sendGuard'

/**
 * What saving an edition sets in motion: a test mail to the coordinator, retrying failed
 * deliveries, starting a campaign planned for now, resuming a paused campaign.
 */
export const runNewsletterActions: CollectionAfterChangeHook<Newsletter> = async ({ doc, previousDoc, req, context }) => {
  if (context?.newsletterSender) return doc
  const { payload } = req
  const id = String(doc.id)
  // A running batch job reads the edition again before its next message (a pause stops it there).
  campaignChanged(id)

  if (context.sendTest) {
    const to = req.user?.email
    if (to) {
      const rendered = await renderEdition(payload, doc, { req })
      // Links of a test mail point nowhere on purpose: the pages say the link is not valid.
      const links = subscriberLinks(payload.secret, serverUrl, 'testmail')
      await queueEmail(
        payload,
        {
          to,
          subject: `[Testmail] ${rendered.subject}`,
          purpose: 'Nieuwsbrief: testmail',
          html: personalise(rendered.html, links, true),
          text: personalise(rendered.text, links, false),
          headers: unsubscribeHeaders(links.oneClickUrl, emailFrom.address),
        },
        req,
      )
    }
  }

  if (context.retryFailed) await retryFailedDeliveries(payload, id, req)

  const was = previousDoc?.status
  if (doc.status === 'gepland' && was !== 'gepland' && (!doc.scheduledAt || new Date(doc.scheduledAt) <= new Date())) {
    await payload.jobs.queue({ task: 'startNewsletterCampaign', input: { newsletterId: id }, req })
  }
  if (doc.status === 'verzenden' && was === 'gepauzeerd') await queueBatch(payload, id, undefined, req)
  return doc
}
