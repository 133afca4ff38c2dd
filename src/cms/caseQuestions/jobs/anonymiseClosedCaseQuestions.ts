import type { TaskConfig } from 'payload'
import { anonymisedCaseFields, retentionCutoff } from '../../../domain/caseQuestions/anonymise'

/** Questions anonymised per run; a full batch queues the next run at once, so a backlog drains. */
const BATCH_SIZE = 200

/**
 * Daily: closed case questions past the retention period in the "Casusbehandeling" settings
 * lose their free text (statistics stay). Runs in batches so one run never takes long.
 */
export const anonymiseClosedCaseQuestionsTask: TaskConfig<{ input: Record<string, never>; output: { anonymised: number } }> = {
  slug: 'anonymiseClosedCaseQuestions',
  label: 'Afgesloten casusvragen anonimiseren na de bewaartermijn',
  inputSchema: [],
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const { payload } = req
    const now = new Date()
    const settings = await payload.findGlobal({ slug: 'caseHandling', overrideAccess: true, depth: 0, req })
    const cutoff = retentionCutoff(now, settings.retentionMonthsAfterClosing ?? 24)
    const due = await payload.find({
      collection: 'caseQuestions',
      where: {
        and: [
          { status: { equals: 'afgesloten' } },
          { 'closing.closedAt': { less_than: cutoff.toISOString() } },
          { anonymisedAt: { exists: false } },
        ],
      },
      sort: 'closing.closedAt',
      limit: BATCH_SIZE,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const question of due.docs) {
      const patch = anonymisedCaseFields(question, now)
      await payload.update({
        collection: 'caseQuestions',
        id: question.id,
        data: {
          ...patch,
          context: { ...(question.context ?? {}), ...patch.context },
          advice: { ...(question.advice ?? {}), ...patch.advice },
          followUp: { ...(question.followUp ?? {}), ...patch.followUp },
          closing: { ...(question.closing ?? {}), ...patch.closing },
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    // More are due than one batch holds (say, after the retention period was shortened): the
    // privacy duty does not wait a day for each 200.
    if (due.hasNextPage) await payload.jobs.queue({ task: 'anonymiseClosedCaseQuestions', input: {}, req })
    return { output: { anonymised: due.docs.length } }
  },
}
