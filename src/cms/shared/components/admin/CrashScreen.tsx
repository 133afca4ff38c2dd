'use client'
/**
 * The admin's crash screen, in Dutch (Next's own says "This page couldn't load"), for both of
 * Next's error boundaries. The error itself went to the browser console and the server log; the
 * person gets a way on.
 */
import { useEffect } from 'react'

export interface CrashProps {
  error: Error & { digest?: string }
  reset: () => void
}

export function CrashScreen({ error, reset }: CrashProps) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Deze pagina kon niet worden geladen</h1>
      <p>Er ging iets mis bij het tonen van deze pagina. Wat u eerder opsloeg, is niet verloren.</p>
      <p>Probeer het opnieuw. Lukt het dan nog niet, ga dan terug naar het overzicht en open het document opnieuw.</p>
      {error.digest && <p>Foutcode voor de beheerder: {error.digest}</p>}
      <p style={{ display: 'flex', gap: '1rem' }}>
        <button type="button" onClick={() => reset()}>
          Opnieuw proberen
        </button>
        <a href="/admin">Naar het dashboard</a>
      </p>
    </main>
  )
}
