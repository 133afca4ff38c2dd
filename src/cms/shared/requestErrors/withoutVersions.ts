import type { Endpoint, PayloadHandler } from 'payload'
import { endpointError } from '../endpoints/endpointError'

const noVersions: PayloadHandler = (req) => {
  req.payload.logger.warn({ msg: `404 ${req.method} ${req.pathname}: this content has no versions` })
  return endpointError(404, 'Deze inhoud heeft geen versies.')
}

/**
 * Payload registers the versions endpoints for every collection and global, also those
 * without versions, where they fail on a table that does not exist (a server error). Placed
 * before Payload's own endpoints, these answer 404 instead.
 */
export const versionsNotFoundEndpoints: Endpoint[] = [
  { path: '/versions', method: 'get', handler: noVersions },
  { path: '/versions/:id', method: 'get', handler: noVersions },
  { path: '/versions/:id', method: 'post', handler: noVersions },
]
