import { describe, expect, it } from 'vitest'
import { changesDigestEmail, reminderEmail } from '../../src/domain/freshness/emails'
import { editorInvitationSchema, invitationEmail } from '../../src/domain/partners/invitation'

describe('invitation', () => {
  it('validates name and email with Dutch messages and normalises the address', () => {
    const ok = editorInvitationSchema.safeParse({ name: ' Anna ', email: ' Anna@Cordaan.NL ' })
    expect(ok.success && ok.data).toMatchObject({ name: 'Anna', email: 'anna@cordaan.nl' })
    const bad = editorInvitationSchema.safeParse({ name: 'A', email: 'geen' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(['Vul de naam in.', 'Vul een geldig e-mailadres in.'])
  })

  it('escapes names in the HTML and carries the link in both parts', () => {
    const email = invitationEmail({
      inviteeName: '<b>Anna</b>',
      inviterName: 'Piet',
      organisationName: 'Cordaan',
      setPasswordUrl: 'https://portaal.example/admin/reset/abc',
      adminUrl: 'https://portaal.example/admin',
      networkName: 'Expertisenetwerk (L)VB Amsterdam',
    })
    expect(email.html).toContain('&lt;b&gt;Anna&lt;/b&gt;')
    expect(email.html).toContain('href="https://portaal.example/admin/reset/abc"')
    expect(email.text).toContain('https://portaal.example/admin/reset/abc')
    expect(email.subject).toContain('Cordaan')
  })
})

describe('reminder and digest emails', () => {
  it('lists each item with its admin link and says which reminder it is', () => {
    const input = {
      organisationName: 'Cordaan',
      reviewPeriodMonths: 6,
      dashboardUrl: 'https://portaal.example/admin',
      items: [{ kind: 'Aanbod', title: 'Logeren', adminUrl: 'https://portaal.example/admin/collections/offerings/1', reviewedAt: new Date('2026-01-01T12:00:00Z'), overdue: true }],
    }
    const first = reminderEmail({ ...input, stage: 'first' })
    expect(first.subject).toBe('Herinnering: controleer de informatie van Cordaan')
    expect(first.text).toContain('Aanbod: Logeren (laatst gecontroleerd op 1 januari 2026, verouderd)')
    expect(first.html).toContain('href="https://portaal.example/admin/collections/offerings/1"')
    expect(reminderEmail({ ...input, stage: 'second' }).subject).toMatch(/^Tweede herinnering/)
  })

  it('names what changed, who and when (Amsterdam time) with a link to the version', () => {
    const email = changesDigestEmail(
      [{ organisationName: 'Cordaan', kind: 'Aanbod', title: 'Logeren', editorName: 'Anna', changedAt: new Date('2026-11-20T13:30:00Z'), versionUrl: 'https://p/admin/collections/offerings/1/versions/2' }],
      new Date('2026-11-16T07:00:00Z'),
      new Date('2026-11-23T07:00:00Z'),
    )
    expect(email.subject).toBe('Wijzigingen door partners van 16 november 2026 tot 23 november 2026')
    expect(email.text).toContain('Cordaan – Aanbod: Logeren, door Anna op 20 november 2026 om 14:30')
    expect(email.html).toContain('/versions/2')
  })
})
