import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'
import { htmlToText } from '../../domain/email/htmlToText'

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

/**
 * Records an email in the email log and queues the job that delivers it. Nothing is sent
 * here: an SMTP outage then delays the email (the job retries) but never loses it. Pass the
 * request inside hooks so the email rolls back with the change that caused it.
 */
export async function queueEmail(payload: Payload, email: QueuedEmail, req?: PayloadRequest): Promise<string> {
  const text = email.text ?? (email.html ? htmlToText(email.html) : '')
  const log = await payload.create({
    collection: 'emailLog',
    overrideAccess: true,
    req,
    data: {
      to: email.to,
      subject: email.subject,
      status: 'wachtrij',
      purpose: email.purpose,
      text,
      html: email.html,
      message: { replyTo: email.replyTo, headers: email.headers, attachments: email.attachments },
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
