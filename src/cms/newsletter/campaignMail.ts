import crypto from 'node:crypto'
import MailComposer from 'nodemailer/lib/mail-composer'
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp'
import { escapeHtml, PLACEHOLDERS, unsubscribeHeaders } from '../../domain/newsletter/emailTemplate'

/**
 * The edition as a ready MIME message per recipient, without composing it per recipient.
 * Composing with nodemailer (headers, quoted-printable encoding of ~15 kB, and a stream that
 * wrote the message in ~14 pieces) cost more than everything else per mail. All recipients get
 * the same message except their address, Message-ID and personal links, so nodemailer composes
 * it once per batch with stand-ins, the bodies are encoded once with holes where the links go,
 * and each recipient's copy is the joined pieces with their values (each link encoded and
 * soft-wrapped on lines of its own, so every line stays within quoted-printable's 76
 * characters). `personalise` in src/domain/newsletter/emailTemplate.ts stays the reference: the
 * unit test decodes these messages and compares them with it.
 */

export interface CampaignMailInput {
  from: { name: string; address: string }
  subject: string
  /** The rendered edition with the placeholders of emailTemplate.ts. */
  html: string
  text: string
  listId: string
}

export interface PersonalLinks {
  unsubscribeUrl: string
  preferencesUrl: string
  oneClickUrl: string
}

export interface CampaignMessage {
  envelope: { from: string; to: string[] }
  raw: Buffer
  messageId: string
}

const SOFT_BREAK = '=\r\n'
const LINE = 76

type LinkName = 'unsubscribeUrl' | 'preferencesUrl'
const holePattern = new RegExp(`${PLACEHOLDERS.unsubscribeUrl}|${PLACEHOLDERS.preferencesUrl}`, 'g')

/** A body encoded once as quoted-printable, with the personal links filled in per recipient. */
function encodedWithHoles(source: string, escape: boolean): (links: PersonalLinks) => string {
  const normalised = source.replace(/\r?\n/g, '\r\n')
  const statics: string[] = []
  const holes: LinkName[] = []
  let from = 0
  for (const match of normalised.matchAll(holePattern)) {
    statics.push(normalised.slice(from, match.index))
    holes.push(match[0] === PLACEHOLDERS.unsubscribeUrl ? 'unsubscribeUrl' : 'preferencesUrl')
    from = match.index + match[0].length
  }
  statics.push(normalised.slice(from))
  // A piece that a link follows ends its line (softly), so the link starts a line of its own.
  const pieces = statics.map((piece, index) => {
    const encoded = qpWrap(qpEncode(piece), LINE)
    return index < holes.length && encoded !== '' && !encoded.endsWith('\r\n') ? encoded + SOFT_BREAK : encoded
  })
  return (links) => {
    let body = pieces[0]
    holes.forEach((hole, index) => {
      const value = escape ? escapeHtml(links[hole]) : links[hole]
      const next = pieces[index + 1]
      body += qpWrap(qpEncode(value), LINE) + (index === holes.length - 1 && next === '' ? '' : SOFT_BREAK) + next
    })
    return body
  }
}

/** Stand-ins nodemailer composes the message with; each must come out exactly once. */
const STAND_INS = {
  to: 'ontvanger@ontvanger.invalid',
  messageId: 'bericht-id-ontvanger',
  oneClickUrl: 'https://ontvanger.invalid/een-klik',
  // The é makes nodemailer choose quoted-printable for the parts, as the real bodies need.
  text: '\u00e9%%TEKSTDEEL%%',
  html: '\u00e9%%HTMLDEEL%%',
}
type Slot = keyof typeof STAND_INS

/** Addresses that can go into the To header as they are (everything else takes the slow path). */
const plainAddress = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9.-]{1,255}$/

/**
 * Composes the edition once for a batch. Returns null if the composed message does not have the
 * expected shape (then the caller composes per recipient, as before).
 */
export async function compileCampaignMail(input: CampaignMailInput): Promise<((email: string, links: PersonalLinks) => CampaignMessage | null) | null> {
  const domain = input.from.address.split('@')[1] ?? 'localhost'
  const composed = await new MailComposer({
    from: input.from,
    to: STAND_INS.to,
    subject: input.subject,
    text: STAND_INS.text,
    html: STAND_INS.html,
    textEncoding: 'quoted-printable',
    messageId: `<${STAND_INS.messageId}@${domain}>`,
    headers: { ...unsubscribeHeaders(STAND_INS.oneClickUrl, input.from.address), 'List-Id': input.listId },
  })
    .compile()
    .build()
  const skeleton = composed.toString('utf8')
  const markers: Record<Slot, string> = { ...STAND_INS, text: qpEncode(STAND_INS.text), html: qpEncode(STAND_INS.html) }
  const found = (Object.keys(markers) as Slot[]).map((slot) => ({ slot, at: skeleton.indexOf(markers[slot]) }))
  if (found.some(({ slot, at }) => at < 0 || skeleton.indexOf(markers[slot], at + 1) >= 0)) return null
  found.sort((a, b) => a.at - b.at)
  const literals: string[] = []
  let from = 0
  for (const { slot, at } of found) {
    literals.push(skeleton.slice(from, at))
    from = at + markers[slot].length
  }
  literals.push(skeleton.slice(from))
  const slots = found.map(({ slot }) => slot)
  const text = encodedWithHoles(input.text, false)
  const html = encodedWithHoles(input.html, true)

  return (email, links) => {
    if (!plainAddress.test(email) || !/^[\x21-\x7e]+$/.test(links.oneClickUrl)) return null
    const id = `${crypto.randomUUID()}`
    const values: Record<Slot, string> = { to: email, messageId: id, oneClickUrl: links.oneClickUrl, text: text(links), html: html(links) }
    let raw = literals[0]
    slots.forEach((slot, index) => {
      raw += values[slot] + literals[index + 1]
    })
    return { envelope: { from: input.from.address, to: [email] }, raw: Buffer.from(raw, 'utf8'), messageId: `<${id}@${domain}>` }
  }
}
