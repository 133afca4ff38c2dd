'use client'
/**
 * A JSON field shown as plain, read-only text. Payload's JSON field is a code editor (Monaco)
 * that loads itself from a CDN on the internet: these servers cannot reach it, the content
 * security policy should not allow it, and a log entry is read, never edited.
 */
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'

export function JsonPreview({ path: pathFromProps, field }: JSONFieldClientProps) {
  const { value, path } = useField<unknown>({ potentiallyStalePath: pathFromProps })
  const empty = value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0)
  return (
    <div className="field-type json-preview" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label} path={path} />
      {empty ? (
        <p>Geen.</p>
      ) : (
        <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: '20rem', overflow: 'auto' }}>{JSON.stringify(value, null, 2)}</pre>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
