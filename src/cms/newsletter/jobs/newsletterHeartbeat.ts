import type { TaskConfig } from 'payload'
import { recoverStalledCampaigns, startDueCampaigns } from '../campaign'
import { removeExpiredSignUps } from '../subscriptions'

/**
 * Queued every minute by the server (src/cms/newsletter/heartbeat.ts; not Payload's `schedule`,
 * which adds a 'payload-jobs-stats' global that any logged-in account could write): starts newsletters whose planned moment has come, restarts campaigns whose
 * batch job vanished or hangs (a crash or restart mid-send), and removes sign-ups that were
 * never confirmed within the link's validity.
 */
export const newsletterHeartbeatTask: TaskConfig<{ input: Record<string, never>; output: { started: number; recovered: number; removed: number } }> = {
  slug: 'newsletterHeartbeat',
  label: 'Nieuwsbrief: planning en herstel',
  outputSchema: [
    { name: 'started', type: 'number' },
    { name: 'recovered', type: 'number' },
    { name: 'removed', type: 'number' },
  ],
  retries: 0,
  handler: async ({ req }) => {
    const started = await startDueCampaigns(req.payload)
    const recovered = await recoverStalledCampaigns(req.payload)
    const removed = await removeExpiredSignUps(req.payload)
    return { output: { started: started.length, recovered: recovered.length, removed } }
  },
}
