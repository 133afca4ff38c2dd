'use client'
/**
 * The HTML of a logged e-mail as the recipient saw it, in a sandboxed frame: `sandbox=""` runs
 * no script, submits no form and gives the frame no access to the admin. Payload's code field
 * would load its editor (Monaco) from the internet, which these servers cannot reach. The source
 * is there too, as plain text.
 */
import { FieldLabel, useField } from '@payloadcms/ui'
import type { TextareaFieldClientProps } from 'payload'

export function EmailHtmlPreview({ path: pathFromProps, field }: TextareaFieldClientProps) {
  const { value, path } = useField<string>({ potentiallyStalePath: pathFromProps })
  const html = typeof value === 'string' ? value : ''
  return (
    <div className="field-type email-html-preview" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label} path={path} />
      {html ? (
        <>
          <iframe
            title="Voorbeeld van de e-mail"
            sandbox=""
            srcDoc={html}
            referrerPolicy="no-referrer"
            style={{ width: '100%', height: '28rem', border: '1px solid var(--theme-elevation-150)', background: '#fff', resize: 'vertical' }}
          />
          <details style={{ marginTop: '0.5rem' }}>
            <summary>HTML-bron bekijken</summary>
            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: '20rem', overflow: 'auto' }}>{html}</pre>
          </details>
        </>
      ) : (
        <p>Deze e-mail heeft geen HTML-deel.</p>
      )}
    </div>
  )
}
