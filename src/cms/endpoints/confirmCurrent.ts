import type { Endpoint } from 'payload'
import { canConfirmReview, type ReviewedCollection } from '../access/canConfirmReview'
import { isStaffUser } from '../access/roles'
import { setLastReviewedAt } from '../freshness/writeBookkeeping'

/**
 * POST /api/<collection>/:id/confirm-current: "nog actueel". Confirms that an organisation page,
 * offering or expert is still correct without changing it: sets `lastReviewedAt` to now and
 * leaves content, drafts and versions as they are. For coordinators and the item's own partner
 * editors.
 */
export function confirmCurrentEndpoint(collection: ReviewedCollection): Endpoint {
  return {
    path: '/:id/confirm-current',
    method: 'post',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return Response.json({ message: 'Log in om dit te bevestigen.' }, { status: 401 })
      const id = String(req.routeParams?.id ?? '')
      const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (!doc) return Response.json({ message: 'Dit item bestaat niet.' }, { status: 404 })
      if (!canConfirmReview(req.user, collection, doc as never)) {
        return Response.json({ message: 'U kunt alleen de gegevens van uw eigen organisatie bevestigen.' }, { status: 403 })
      }
      const now = new Date()
      await setLastReviewedAt(req.payload, collection, id, now, req)
      return Response.json({ id, lastReviewedAt: now.toISOString(), message: 'Bevestigd: de gegevens zijn nog actueel.' })
    },
  }
}
