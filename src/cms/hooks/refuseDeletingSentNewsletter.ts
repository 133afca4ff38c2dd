import type { CollectionBeforeDeleteHook } from 'payload'
import { BadRequest } from '../requestErrors/badRequest'

/**
 * An edition that went out (or is going out) stays: it is the public archive and the record
 * of who received what. Only concepts and planned editions can be deleted.
 */
export const refuseDeletingSentNewsletter: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const edition = await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true, disableErrors: true, req, select: { status: true } })
  const status = (edition as { status?: string } | null)?.status
  if (status === 'verzonden' || status === 'verzenden' || status === 'gepauzeerd') {
    throw new BadRequest(
      status === 'verzonden'
        ? 'Een verzonden nieuwsbrief kan niet worden verwijderd: hij staat in het archief en in de verzendadministratie.'
        : 'Deze nieuwsbrief wordt verzonden en kan niet worden verwijderd. Pauzeer of wacht tot hij verzonden is.',
    )
  }
}
