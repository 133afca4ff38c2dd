import type { Endpoint } from 'payload'
import { tokenMessages } from '../../../domain/auth/tokenLifetimes'
import { verifyProfessionalEmail } from '../../shared/auth/verification'
import { endpointError } from '../../shared/endpoints'

/**
 * POST /api/professionals/verify/:token, in place of Payload's own route (a collection's own
 * endpoints come first): the same confirmation, but an expired link is refused (Payload's has
 * no expiry) with a Dutch message, and its owner gets a new one. Open to anyone: the token is
 * the key, so it has no login rule, only the shared error shape.
 */
export const verifyProfessionalEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: async (req) => {
    const outcome = await verifyProfessionalEmail(req.payload, req.routeParams?.token, req)
    if (!outcome.ok) return endpointError(403, tokenMessages.verification[outcome.reason])
    return Response.json({ message: 'Je e-mailadres is bevestigd.' })
  },
}
