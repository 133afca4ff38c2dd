/**
 * The routekaart as an indented outline (question → answers → next step) with the problems
 * that would stop publishing. Pure rendering, shared by the live admin field.
 */
import { buildRouteMapOutline, type OutlineNode } from '../../../domain/routeMaps/outline'
import { validateRouteMap } from '../../../domain/routeMaps/validateRouteMap'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
}
const list: React.CSSProperties = { listStyle: 'none', margin: 0, paddingLeft: '1.25rem', borderLeft: '2px solid var(--theme-elevation-100)' }
const tag = (kind: string): React.CSSProperties => ({
  display: 'inline-block',
  fontSize: '0.75em',
  padding: '0 0.4em',
  marginRight: '0.4em',
  borderRadius: 3,
  background: kind === 'uitkomst' ? 'var(--theme-success-100)' : 'var(--theme-elevation-100)',
})

function StepLine({ node }: { node: OutlineNode }) {
  if (node.missing) return <strong style={{ color: 'var(--theme-error-500)' }}>ontbrekende stap "{node.key || '(leeg)'}"</strong>
  return (
    <span>
      <span style={tag(node.kind)}>{node.kind === 'uitkomst' ? 'Uitkomst' : 'Vraag'}</span>
      <strong>{node.title || '(zonder titel)'}</strong> <code>{node.key}</code>
      {node.seeAbove && <em> (zie hierboven)</em>}
      {node.continuedBelow && <em> (gaat verder onder "Vervolg van diepe routes")</em>}
    </span>
  )
}

function Branch({ node }: { node: OutlineNode }) {
  return (
    <>
      <StepLine node={node} />
      {node.answers.length > 0 && (
        <ul style={list}>
          {node.answers.map((answer, index) => (
            <li key={index} style={{ margin: '0.35rem 0' }}>
              <span>“{answer.label || '(geen tekst)'}” → </span>
              <Branch node={answer.next} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** Takes the form's values as they are: a draft may miss anything (see domain/routeMaps/draft.ts). */
export function RouteMapOutline({ steps, startStepKey }: { steps: unknown; startStepKey?: unknown }) {
  const issues = validateRouteMap(steps, startStepKey)
  const { root, continuations, unreachable, duplicates } = buildRouteMapOutline(steps, startStepKey)
  const hasSteps = Array.isArray(steps) && steps.length > 0
  return (
    <section style={box} aria-labelledby="routekaart-overzicht">
      <h3 id="routekaart-overzicht" style={{ marginTop: 0 }}>
        Overzicht van de routekaart
      </h3>
      <p style={{ marginTop: 0 }}>Zo lopen de routes met wat nu in het formulier staat, ook voordat u opslaat.</p>
      {issues.length > 0 ? (
        <div style={{ color: 'var(--theme-error-500)' }}>
          <p>
            <strong>Nog niet klaar om te publiceren ({issues.length}):</strong>
          </p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        hasSteps && <p>Alle routes kloppen: elk antwoord leidt naar een stap en elke route eindigt in een uitkomst.</p>
      )}
      {root ? (
        <div>
          <Branch node={root} />
        </div>
      ) : (
        <p>Kies eerst de eerste stap.</p>
      )}
      {continuations.length > 0 && (
        <>
          <h4>Vervolg van diepe routes</h4>
          {continuations.map((node, index) => (
            <div key={index} style={{ marginBottom: '0.75rem' }}>
              <Branch node={node} />
            </div>
          ))}
        </>
      )}
      {unreachable.length > 0 && (
        <>
          <h4>Niet bereikbaar vanaf de eerste stap</h4>
          <ul>
            {unreachable.map((step, index) => (
              <li key={index}>
                {step.title || '(zonder titel)'} <code>{step.key || '(geen sleutel)'}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h4>Dubbele sleutels (het overzicht volgt de eerste stap met die sleutel)</h4>
          <ul>
            {duplicates.map((step) => (
              <li key={step.position}>
                Stap {step.position}: {step.title || '(zonder titel)'} <code>{step.key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
