import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { currentStepViewCounter, STEP_VIEW_FLUSH_CONTEXT } from '../../domain/routeMaps/stepViewCounter'
import { networks } from '../../domain/vocabulary'
import { isAdmin } from '../shared/access/isAdmin'
import { isCoordinator } from '../shared/access/isCoordinator'
import { nobody } from '../shared/access/nobody'
import { toOptions } from '../shared/fields/options'

/**
 * Anonymous day counters of the routekaart: how often a step was shown on a day, per step it
 * was reached from. No person, IP address, cookie or full path is stored: only numbers. The
 * site writes them server-side (trusted, overrideAccess); coordinators read them, in the
 * routekaart's "Gebruik" tab and here.
 *
 * Views are counted in memory and written in batches (src/domain/routeMaps/stepViewCounter.ts);
 * every read writes the batch first, so whoever reads the counters sees every view so far.
 */
const flushCountsBeforeRead: CollectionBeforeOperationHook<'routeMapStats'> = async ({ args, context, operation, overrideAccess, req }) => {
  const reader = overrideAccess || Boolean(req.user)
  if (reader && (operation === 'read' || operation === 'count') && !context?.[STEP_VIEW_FLUSH_CONTEXT]) await currentStepViewCounter()?.flush()
  return args
}

export const RouteMapStats: CollectionConfig = {
  slug: 'routeMapStats',
  labels: { singular: 'Routekaarttelling', plural: 'Routekaarttellingen' },
  admin: {
    group: 'Routekaart',
    useAsTitle: 'stepKey',
    defaultColumns: ['day', 'routeMap', 'stepKey', 'fromStepKey', 'views'],
    description: 'Anonieme dagtellingen per stap. Het overzicht per routekaart staat in de routekaart zelf, tab "Gebruik".',
  },
  defaultSort: '-day',
  hooks: { beforeOperation: [flushCountsBeforeRead] },
  access: {
    read: isCoordinator,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    { name: 'routeMap', type: 'relationship', relationTo: 'routeMaps', label: 'Routekaart', required: true, index: true },
    { name: 'network', type: 'select', label: 'Netwerk', options: toOptions(networks) },
    { name: 'day', type: 'text', label: 'Dag (JJJJ-MM-DD)', required: true, index: true },
    { name: 'stepKey', type: 'text', label: 'Stap', required: true, index: true },
    { name: 'fromStepKey', type: 'text', label: 'Vanaf stap', admin: { description: 'Leeg bij de eerste stap.' } },
    { name: 'views', type: 'number', label: 'Keer getoond', required: true, defaultValue: 0, min: 0 },
  ],
}
