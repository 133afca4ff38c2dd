import * as Plot from '@observablehq/plot'
import { Window } from 'happy-dom'

/**
 * Charts as SVG, drawn on the server with Observable Plot. Plot needs a DOM to build its SVG in;
 * happy-dom gives it one (one window for the process; Plot only creates detached elements, and
 * happy-dom escapes text and attributes when it serialises). The SVG reaches the page as
 * markup, so charts are there without JavaScript, in print and in the first paint.
 *
 * A chart is an image with a name (role="img", labelled by the figure's title and summary);
 * the numbers themselves are in the table under it.
 */
export interface ChartSeries {
  key: string
  label: string
  color: string
}

export interface ChartDatum {
  category: string
  series: string
  value: number
}

export interface ChartSpec {
  orientation: 'vertical' | 'horizontal'
  /** Stacked (parts of a whole) or side by side (separate measures); horizontal only for grouped. */
  layout: 'stacked' | 'grouped'
  categories: string[]
  series: ChartSeries[]
  data: ChartDatum[]
  valueLabel: string
}

/** Colours with at least 3:1 against white; bars are separated by a white line, so neighbours need no contrast with each other. */
export const palette = ['#1d5f8a', '#b45309', '#2e7d32', '#7b1fa2', '#c62828', '#455a64']

let window: Window | undefined
// happy-dom's document implements the DOM Plot uses, but its classes are its own, not lib.dom's types.
const documentForPlot = () => (window ??= new Window()).document as unknown as Document

const MAX_LABEL = 32
const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label)
const wholeNumbers = (value: number) => (Number.isInteger(value) ? value.toLocaleString('nl-NL') : '')

export function renderChartSvg(spec: ChartSpec, labelledBy: string): string {
  const width = 640
  const max = Math.max(1, ...stackedTotals(spec))
  const ticks = Math.min(max, 8)
  const colour = { domain: spec.series.map((s) => s.key), range: spec.series.map((s) => s.color) }
  const common = { document: documentForPlot(), width, style: { fontSize: '12px', background: '#fff', color: '#1a1a1a' }, color: colour }
  let chart: SVGSVGElement | HTMLElement

  if (spec.orientation === 'vertical') {
    chart = Plot.plot({
      ...common,
      height: 300,
      marginLeft: 48,
      x: { domain: spec.categories, label: null, tickFormat: shorten },
      y: { label: spec.valueLabel, grid: true, ticks, tickFormat: wholeNumbers, domain: [0, max] },
      marks: [Plot.barY(spec.data, { x: 'category', y: 'value', fill: 'series', stroke: '#fff', strokeWidth: 1 }), Plot.ruleY([0])],
    })
  } else if (spec.layout === 'stacked') {
    chart = Plot.plot({
      ...common,
      height: 40 + spec.categories.length * 30,
      marginLeft: 230,
      marginRight: 30,
      y: { domain: spec.categories, label: null, tickFormat: shorten },
      x: { label: spec.valueLabel, grid: true, ticks, tickFormat: wholeNumbers, domain: [0, max] },
      marks: [
        Plot.barX(spec.data, { y: 'category', x: 'value', fill: 'series', stroke: '#fff', strokeWidth: 1 }),
        Plot.text(
          spec.categories.map((category, index) => ({ category, total: stackedTotals(spec)[index] })),
          { y: 'category', x: 'total', text: (d: { total: number }) => d.total.toLocaleString('nl-NL'), dx: 4, textAnchor: 'start' },
        ),
        Plot.ruleX([0]),
      ],
    })
  } else {
    chart = Plot.plot({
      ...common,
      height: 30 + spec.categories.length * (spec.series.length * 16 + 14),
      marginLeft: 230,
      marginRight: 40,
      fy: { domain: spec.categories, label: null, tickFormat: shorten },
      y: { domain: spec.series.map((s) => s.key), axis: null },
      x: { label: spec.valueLabel, grid: true, ticks, tickFormat: wholeNumbers, domain: [0, max] },
      marks: [
        Plot.barX(spec.data, { fy: 'category', y: 'series', x: 'value', fill: 'series' }),
        Plot.text(spec.data, { fy: 'category', y: 'series', x: 'value', text: (d: ChartDatum) => d.value.toLocaleString('nl-NL'), dx: 4, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    })
  }

  const svg = chart
  // One accessible image: its name comes from the figure; the parts inside need none.
  for (const part of svg.querySelectorAll('[aria-label],[aria-description]')) {
    part.removeAttribute('aria-label')
    part.removeAttribute('aria-description')
  }
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-labelledby', labelledBy)
  svg.setAttribute('focusable', 'false')
  return svg.outerHTML
}

/** Per category the height of its bar (sum of a stack, largest of a group). */
function stackedTotals(spec: ChartSpec): number[] {
  return spec.categories.map((category) => {
    const values = spec.data.filter((d) => d.category === category).map((d) => d.value)
    return spec.layout === 'stacked' ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values)
  })
}
