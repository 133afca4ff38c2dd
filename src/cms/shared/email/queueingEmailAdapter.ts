import type { EmailAdapter } from 'payload'
import { emailFrom } from '../../../env'
import { fromSendEmailOptions, queueEmail } from './queueEmail'

/**
 * Payload's email adapter, so that Payload's own emails (verify account, forgot password) take
 * the same road as ours: into the email log and the job queue, never straight to SMTP.
 */
export const queueingEmailAdapter: EmailAdapter<string> = ({ payload }) => ({
  name: 'queue',
  defaultFromAddress: emailFrom.address,
  defaultFromName: emailFrom.name,
  sendEmail: (message) => queueEmail(payload, fromSendEmailOptions(message)),
})
