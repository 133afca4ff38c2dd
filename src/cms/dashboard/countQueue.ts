import { Forbidden, type CollectionSlug, type Payload, type Where } from 'payload'
import type { QueueDefinition } from '../../domain/workQueues/caseQueues'
import { adminListUrl, toWhere } from '../../domain/workQueues/filters'

/** One line of a work queue: the true count, its words and the filtered list behind it. */
export interface QueueLine {
  key: string
  count: number
  noun: QueueDefinition['noun']
  href: string
}

/**
 * Counts a queue as the user may see it (`overrideAccess: false`): a platform member's count
 * holds only the questions they can open. Undefined when the user may not read the collection at
 * all, so the line is left out rather than shown as a misleading zero.
 */
export async function countQueue(payload: Payload, user: unknown, collection: CollectionSlug, queue: QueueDefinition): Promise<QueueLine | undefined> {
  try {
    const { totalDocs } = await payload.count({ collection, where: toWhere(queue.filter) as Where, overrideAccess: false, user })
    return { key: queue.key, count: totalDocs, noun: queue.noun, href: adminListUrl(collection, queue.filter, { sort: queue.sort }) }
  } catch (error) {
    if (error instanceof Forbidden) return undefined
    throw error
  }
}

/** Several queues of one collection, in order, without the ones the user may not read. */
export async function countQueues(payload: Payload, user: unknown, collection: CollectionSlug, queues: QueueDefinition[]): Promise<QueueLine[]> {
  const lines = await Promise.all(queues.map((queue) => countQueue(payload, user, collection, queue)))
  return lines.filter((line): line is QueueLine => line !== undefined)
}
