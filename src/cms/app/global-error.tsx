'use client'
/** When even the admin's frame fails: the same Dutch crash screen, with its own page around it. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: 'system-ui, sans-serif' }}>
        <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem' }}>
          <h1>Deze pagina kon niet worden geladen</h1>
          <p>Er ging iets mis. Wat u eerder opsloeg, is niet verloren.</p>
          {error.digest && <p>Foutcode voor de beheerder: {error.digest}</p>}
          <p style={{ display: 'flex', gap: '1rem' }}>
            <button type="button" onClick={() => reset()}>
              Opnieuw proberen
            </button>
            <a href="/admin">Naar het dashboard</a>
          </p>
        </main>
      </body>
    </html>
  )
}
