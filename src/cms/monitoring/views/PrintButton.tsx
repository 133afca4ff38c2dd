'use client'

/** Prints the view as it is (the print stylesheet leaves out the admin around it); "Opslaan als PDF" in the print dialog makes the PDF. */
export function PrintButton() {
  return (
    <button type="button" className="monitoring-button monitoring-no-print" onClick={() => window.print()}>
      Afdrukken of opslaan als pdf
    </button>
  )
}
