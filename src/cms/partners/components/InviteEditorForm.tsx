'use client'
import { useRef, useState, type FormEvent } from 'react'
import { INVITATION_VALID_DAYS } from '../../../domain/auth/tokenLifetimes'
import { errorMessageOf, fieldErrorsOf } from '../../shared/endpoints/endpointError'

interface Props {
  /** For coordinators: the organisations to choose from. Editors invite for their own only. */
  organisations?: { id: string; name: string }[]
  organisationName?: string
}

const fieldLabels: Record<string, string> = { name: 'Naam', email: 'E-mailadres', organisation: 'Organisatie' }

/** Invite a colleague as partner editor (POST /api/users/invite), with errors per field. */
export function InviteEditorForm({ organisations, organisationName }: Props) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const summary = useRef<HTMLDivElement>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = Object.fromEntries(new FormData(form).entries())
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch('/api/users/invite', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      })
      const body: unknown = await response.json().catch(() => ({}))
      if (response.ok) {
        setErrors({})
        setMessage((body as { message?: string }).message ?? 'Uitnodiging verstuurd.')
        form.reset()
      } else {
        const fields = fieldErrorsOf(body)
        setErrors(Object.keys(fields).length ? fields : { form: errorMessageOf(body) ?? 'Uitnodigen is niet gelukt.' })
        setTimeout(() => summary.current?.focus(), 0)
      }
    } finally {
      setBusy(false)
    }
  }

  const errorEntries = Object.entries(errors)
  const describedBy = (field: string) => (errors[field] ? `invite-${field}-error` : undefined)

  return (
    <form className="partner-invite" onSubmit={submit} noValidate>
      {errorEntries.length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" className="partner-invite__summary">
          <p>Controleer het formulier:</p>
          <ul>
            {errorEntries.map(([field, text]) => (
              <li key={field}>{field === 'form' ? text : <a href={`#invite-${field}`}>{`${fieldLabels[field] ?? field}: ${text}`}</a>}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        {organisationName
          ? `Nodig een collega van ${organisationName} uit als redacteur. Die krijgt een e-mail met een link om een wachtwoord te kiezen (${INVITATION_VALID_DAYS} dagen geldig).`
          : `Nodig een redacteur van een partnerorganisatie uit. Die krijgt een e-mail met een link om een wachtwoord te kiezen (${INVITATION_VALID_DAYS} dagen geldig).`}
      </p>
      <div className="partner-invite__field">
        <label htmlFor="invite-name">Naam</label>
        <input id="invite-name" name="name" type="text" autoComplete="off" required aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('name')} />
        {errors.name && <span id="invite-name-error" className="partner-invite__error">{errors.name}</span>}
      </div>
      <div className="partner-invite__field">
        <label htmlFor="invite-email">E-mailadres</label>
        <input id="invite-email" name="email" type="email" autoComplete="off" required aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email')} />
        {errors.email && <span id="invite-email-error" className="partner-invite__error">{errors.email}</span>}
      </div>
      {organisations && (
        <div className="partner-invite__field">
          <label htmlFor="invite-organisation">Organisatie</label>
          <select id="invite-organisation" name="organisation" required aria-invalid={Boolean(errors.organisation)} aria-describedby={describedBy('organisation')} defaultValue="">
            <option value="">Kies een organisatie</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
          {errors.organisation && <span id="invite-organisation-error" className="partner-invite__error">{errors.organisation}</span>}
        </div>
      )}
      <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
        Uitnodiging versturen
      </button>
      <p role="status">{message}</p>
    </form>
  )
}
