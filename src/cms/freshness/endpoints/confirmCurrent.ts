import type { Endpoint } from 'payload'
import { canConfirmReview, type ReviewedCollection } from '../access/canConfirmReview'
import { isStaffUser } from '../../shared/access/roles'
import { setLastReviewedAt } from '../writeBookkeeping'
import { authorisedEndpoint, endpointError } from '../../shared/endpoints'

const OWN_ORGANISATION_ONLY = 'U kunt alleen de gegevens van uw eigen organisatie bevestigen.'

/**
 * POST /api/<collection>/:id/confirm-current: "nog actueel". Confirms that an organisation page,
 * offering or expert is still correct without changing it: sets `lastReviewedAt` to now and
 * leaves content, drafts and versions as they are. For coordinators and the item's own partner
 * editors.
 */
export function confirmCurrentEndpoint(collection: ReviewedCollection): Endpoint {
  return authorisedEndpoint({
    path: '/:id/confirm-current',
    method: 'post',
    allow: isStaffUser,
    loginFirst: 'Log in om dit te bevestigen.',
    forbidden: OWN_ORGANISATION_ONLY,
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (!doc) return endpointError(404, 'Dit item bestaat niet.')
      if (!canConfirmReview(req.user, collection, doc)) return endpointError(403, OWN_ORGANISATION_ONLY)
      const now = new Date()
      await setLastReviewedAt(req.payload, collection, id, now, req)
      return Response.json({ id, lastReviewedAt: now.toISOString(), message: 'Bevestigd: de gegevens zijn nog actueel.' })
    },
  })
}
