import crypto from 'node:crypto'

/**
 * The one copy of a message with its real links, kept only until the mail job has sent it.
 * Encrypted (AES-256-GCM, key derived from the server's secret), in a field no role can read
 * through the API and that the job empties after delivery: the log shows the redacted copy,
 * a database dump or backup shows no usable link either.
 */

const VERSION = 'v1'

function key(secret: string): Buffer {
  return crypto.createHash('sha256').update(`email-seal:${secret}`).digest()
}

export function sealMessage<T>(secret: string, message: T): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(secret), iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(message), 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.')
}

/** The sealed message, or undefined when it is missing, damaged or sealed with another secret. */
export function openMessage<T>(secret: string, sealed: string | null | undefined): T | undefined {
  if (!sealed) return undefined
  const [version, iv, tag, data] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || data === undefined) return undefined
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
    return JSON.parse(plain) as T
  } catch {
    return undefined
  }
}
