'use client'
import { useState, type ReactNode } from 'react'

/**
 * "Toon tabel" under a chart. Closed, the table is only visually hidden: screen readers and the
 * printed page get the numbers either way; the button is for sighted readers who want them.
 */
export function TableDisclosure({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <div className="monitoring-table">
      <button type="button" className="monitoring-button monitoring-no-print" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Verberg tabel' : 'Toon tabel'}
        <span className="monitoring-visually-hidden">: {title}</span>
      </button>
      <div id={id} className={open ? 'monitoring-table__content' : 'monitoring-table__content monitoring-visually-hidden monitoring-print-show'}>
        {children}
      </div>
    </div>
  )
}
