'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { errorMessageOf } from '../../shared/endpoints/endpointError'

interface Props {
  collection: 'organisations' | 'offerings' | 'experts'
  id: string
  title: string
}

/** "Nog actueel": confirms one item through its confirm-current endpoint, then refreshes the dashboard. */
export function ConfirmCurrentButton({ collection, id, title }: Props) {
  const router = useRouter()
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle')
  const [message, setMessage] = useState('')

  async function confirm() {
    setState('busy')
    try {
      const response = await fetch(`/api/${collection}/${id}/confirm-current`, { method: 'POST', credentials: 'include' })
      if (!response.ok) throw new Error(errorMessageOf(await response.json().catch(() => ({}))) ?? 'Bevestigen is niet gelukt.')
      setState('done')
      setMessage('Bevestigd')
      router.refresh()
    } catch (error) {
      setState('error')
      setMessage(error instanceof Error ? error.message : 'Bevestigen is niet gelukt.')
    }
  }

  return (
    <span className="partner-confirm">
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small btn--icon-style-without-border"
        onClick={confirm}
        disabled={state === 'busy'}
        aria-label={`Nog actueel: ${title}`}
      >
        Nog actueel
      </button>
      <span role="status" className={state === 'error' ? 'partner-confirm__error' : 'partner-confirm__status'}>
        {state === 'done' || state === 'error' ? message : ''}
      </span>
    </span>
  )
}
