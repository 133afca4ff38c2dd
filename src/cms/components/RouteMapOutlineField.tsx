'use client'
/**
 * Admin: the whole routekaart as an outline, live from the form (every edit of a step, an
 * answer or the start step shows at once), so the coordinator sees where every answer leads
 * and what still stops publishing.
 */
import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import type { ValidatedStep } from '../../domain/routeMaps/validateRouteMap'
import { RouteMapOutline } from './RouteMapOutline'

export function RouteMapOutlineField() {
  const [fields] = useAllFormFields()
  const data = reduceFieldsToValues(fields, true) as { steps?: unknown; startStepKey?: unknown }
  const steps = (Array.isArray(data.steps) ? data.steps : []) as ValidatedStep[]
  const start = typeof data.startStepKey === 'string' ? data.startStepKey : undefined
  return <RouteMapOutline steps={steps} startStepKey={start} />
}
