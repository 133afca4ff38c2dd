import { APIError, type CollectionBeforeValidateHook } from 'payload'
import type { RouteMap } from '../../../payload-types'
import { routeMapIssuesMessage, validateRouteMap } from '../../../domain/routeMaps/validateRouteMap'

/**
 * Refuses to publish a routekaart whose routes do not hold (an answer to a missing step, a
 * cycle, an unreachable step, a question without answers), with the Dutch message naming the
 * step. A draft may be unfinished: the coordinator prepares changes and publishes them at once.
 *
 * The `steps` field validates the same on every change in the admin (inline errors); this hook
 * also puts the full message in the API's answer, which otherwise names only the field.
 */
export const refuseInvalidRouteMap: CollectionBeforeValidateHook<RouteMap> = ({ data, originalDoc }) => {
  if (!data) return data
  const status = data._status ?? originalDoc?._status
  if (status === 'draft') return data
  const message = routeMapIssuesMessage(validateRouteMap(data.steps ?? originalDoc?.steps, data.startStepKey ?? originalDoc?.startStepKey))
  if (message) throw new APIError(`De routekaart kan zo niet gepubliceerd worden. ${message}`, 400, undefined, true)
  return data
}
