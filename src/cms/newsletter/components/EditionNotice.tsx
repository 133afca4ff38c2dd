'use client'
/**
 * Admin, at the top of an edition: once sending has started, says that the content is fixed
 * (the fields are read-only: src/cms/newsletter/editionLock.ts) and offers a copy as a new
 * edition, through Payload's duplicate (which resets status, dates and progress).
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { isLocked } from '../../../domain/newsletter/editionStatus'

export function EditionNotice() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<'idle' | 'busy' | 'error'>('idle')
  const [message, setMessage] = useState('')
  const status = (savedDocumentData as { status?: string } | undefined)?.status
  if (!id || !isLocked(status)) return null

  async function copy() {
    setState('busy')
    try {
      const response = await fetch(`${config.routes.api}/newsletters/${id}/duplicate`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const body = (await response.json().catch(() => ({}))) as { doc?: { id?: string }; errors?: { message?: string }[] }
      if (!response.ok || !body.doc?.id) throw new Error(body.errors?.[0]?.message ?? 'De kopie kon niet worden gemaakt.')
      router.push(`${config.routes.admin}/collections/newsletters/${body.doc.id}`)
    } catch (error) {
      setState('error')
      setMessage(error instanceof Error ? error.message : 'De kopie kon niet worden gemaakt.')
    }
  }

  return (
    <div className="newsletter-edition-notice" role="note" style={{ border: '1px solid var(--theme-elevation-150)', borderLeft: '4px solid var(--theme-warning-500)', padding: '12px 16px', marginBottom: 24 }}>
      <p style={{ margin: '0 0 8px 0' }}>
        <strong>{status === 'verzonden' ? 'Deze nieuwsbrief is verzonden.' : 'Deze nieuwsbrief wordt verzonden.'}</strong>{' '}
        De inhoud kan niet meer worden gewijzigd: {status === 'verzonden' ? 'het archief toont wat de abonnees kregen' : 'alle abonnees krijgen dezelfde inhoud'}. Een
        correctie wordt een nieuwe editie.
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={copy} disabled={state === 'busy'}>
        Kopie maken als nieuwe editie
      </button>
      <span role="status" style={{ marginLeft: 12 }}>
        {state === 'error' ? message : ''}
      </span>
    </div>
  )
}
