import type { TaskConfig } from 'payload'
import { startCampaign } from '../campaign'

/** Starts sending a planned newsletter: renders it, writes one delivery per recipient, queues the first batch. */
export const startNewsletterCampaignTask: TaskConfig<{ input: { newsletterId: string }; output: { started: boolean } }> = {
  slug: 'startNewsletterCampaign',
  label: 'Nieuwsbrief: verzending starten',
  inputSchema: [{ name: 'newsletterId', type: 'text', required: true }],
  outputSchema: [{ name: 'started', type: 'checkbox' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, job, req }) => ({ output: await startCampaign(req.payload, input.newsletterId, String(job.id)) }),
}
