import { APIError, type Endpoint } from 'payload'
import { tokenMessages } from '../../domain/auth/tokenLifetimes'
import { verifyProfessionalEmail } from '../auth/verification'

/**
 * POST /api/professionals/verify/:token, in place of Payload's own route (a collection's own
 * endpoints come first): the same confirmation, but an expired link is refused (Payload's has
 * no expiry) with a Dutch message, and its owner gets a new one.
 */
export const verifyProfessionalEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: async (req) => {
    const outcome = await verifyProfessionalEmail(req.payload, req.routeParams?.token, req)
    if (!outcome.ok) throw new APIError(tokenMessages.verification[outcome.reason], 403, undefined, true)
    return Response.json({ message: 'Je e-mailadres is bevestigd.' })
  },
}
