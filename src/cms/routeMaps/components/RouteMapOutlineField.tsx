'use client'
/**
 * Admin: the whole routekaart as an outline, live from the form (every edit of a step, an
 * answer or the start step shows at once), so the coordinator sees where every answer leads
 * and what still stops publishing.
 *
 * The form's values go in as they are (a step just added has no answers, an empty array is the
 * number 0): the outline reads any draft. Should it still fail, the error stays inside this tab:
 * the document must always open (the admin remembers the last tab) and its lock be released.
 */
import { useAllFormFields } from '@payloadcms/ui'
import { Component, type ReactNode } from 'react'
import { reduceFieldsToValues } from 'payload/shared'
import { RouteMapOutline } from './RouteMapOutline'

/** Catches a failure of the outline; the next change of the form tries again. */
class OutlineBoundary extends Component<{ children: ReactNode; resetKey: unknown }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidUpdate(previous: { resetKey: unknown }) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false })
  }

  render() {
    if (this.state.failed) {
      return (
        <p role="alert">
          Het overzicht kan deze versie van de routekaart niet tonen. Uw stappen zijn niet verloren: bewerk ze in het
          tabblad Stappen en sla op.
        </p>
      )
    }
    return this.props.children
  }
}

export function RouteMapOutlineField() {
  const [fields] = useAllFormFields()
  const data = reduceFieldsToValues(fields, true) as { steps?: unknown; startStepKey?: unknown }
  return (
    <OutlineBoundary resetKey={fields}>
      <RouteMapOutline steps={data.steps} startStepKey={data.startStepKey} />
    </OutlineBoundary>
  )
}
