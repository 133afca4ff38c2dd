'use client'
/** A page of the admin failed: the Dutch crash screen inside the admin's frame. */
import { CrashScreen, type CrashProps } from '../../shared/components/admin/CrashScreen'

export default function AdminError(props: CrashProps) {
  return <CrashScreen {...props} />
}
