'use client'
/** When even the admin's frame fails: the same Dutch crash screen, with its own page around it. */
import { CrashScreen, type CrashProps } from '../shared/components/admin/CrashScreen'

export default function GlobalError(props: CrashProps) {
  return (
    <html lang="nl">
      <body>
        <CrashScreen {...props} />
      </body>
    </html>
  )
}
