import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'
import { htmlToText } from '../../../domain/email/htmlToText'
import { redactDeep } from '../../../domain/email/redactSecrets'
import { sealMessage } from './sealedMessage'

export interface QueuedEmail {
  to: string
  subject: string
  text?: string
  html?: string
  /** Why this email is sent, shown in the email log (e.g. "Aanmelding bijeenkomst"). */
  purpose?: string
  replyTo?: string
  headers?: Record<string, string>
  attachments?: { filename: string; content: string; contentType: string }[]
}

/** What the mail job sends: the parts of a message that may carry a secret link. */
export interface MessageContent {
  subject: string
  text: string
  html?: string
  message: { replyTo?: string; headers?: Record<string, string>; attachments?: QueuedEmail['attachments'] }
}

/**
 * Records an email in the email log and queues the job that delivers it. Nothing is sent
 * here: an SMTP outage then delays the email (the job retries) but never loses it. Pass the
 * request inside hooks so the email rolls back with the change that caused it.
 *
 * The log keeps the message with every secret link redacted (see redactSecrets): coordinators
 * read the log, and a reset or unsubscribe link in it would let them act as the recipient.
 * When something was redacted, the real message is kept sealed for the job, which empties it
 * once the mail is sent. The job's own input holds only the log's ID.
 */
export async function queueEmail(payload: Payload, email: QueuedEmail, req?: PayloadRequest): Promise<string> {
  const content: MessageContent = {
    subject: email.subject,
    text: email.text ?? (email.html ? htmlToText(email.html) : ''),
    html: email.html,
    message: { replyTo: email.replyTo, headers: email.headers, attachments: email.attachments },
  }
  const stored = redactDeep(content)
  const redacted = JSON.stringify(stored) !== JSON.stringify(content)
  const log = await payload.create({
    collection: 'emailLog',
    overrideAccess: true,
    req,
    data: {
      to: email.to,
      subject: stored.subject,
      status: 'wachtrij',
      purpose: email.purpose,
      text: stored.text,
      html: stored.html,
      message: stored.message,
      sealed: redacted ? sealMessage(payload.secret, content) : undefined,
    },
  })
  await payload.jobs.queue({ task: 'sendEmail', input: { emailLogId: String(log.id) }, req })
  return String(log.id)
}

/** Turns the options of `payload.sendEmail` (used by Payload's own auth emails) into a queued email. */
export function fromSendEmailOptions(message: SendEmailOptions): QueuedEmail {
  const to = Array.isArray(message.to) ? message.to.map(String).join(', ') : String(message.to ?? '')
  return {
    to,
    subject: String(message.subject ?? ''),
    html: typeof message.html === 'string' ? message.html : undefined,
    text: typeof message.text === 'string' ? message.text : undefined,
    purpose: 'Account',
  }
}
