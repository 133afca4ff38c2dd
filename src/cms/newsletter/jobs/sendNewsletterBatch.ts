import type { TaskConfig } from 'payload'
import { sendBatch } from '../campaign'

/**
 * Sends one batch of a newsletter campaign at the configured rate and queues the next batch.
 * Failures of single recipients are handled per delivery (retry with backoff, then 'mislukt');
 * the job itself only fails when the database does, and then its retry resumes where it was.
 */
export const sendNewsletterBatchTask: TaskConfig<{
  input: { newsletterId: string }
  output: { attempted: number; sent: number; failed: number }
}> = {
  slug: 'sendNewsletterBatch',
  label: 'Nieuwsbrief: reeks versturen',
  inputSchema: [{ name: 'newsletterId', type: 'text', required: true }],
  outputSchema: [
    { name: 'attempted', type: 'number' },
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, job, req }) => {
    const { attempted, sent, failed } = await sendBatch(req.payload, input.newsletterId, String(job.id))
    return { output: { attempted, sent, failed } }
  },
}
