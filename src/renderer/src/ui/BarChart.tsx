// A small bar chart as inline SVG: prints crisply, needs no library, and carries its figures as text
// (an accessible name and a description listing every bar) for screen readers and for paper alike.
import { useId } from 'react'

export interface Bar {
  /** Under the bar, short ('11月'). */
  label: string
  /** A second line under the label, e.g. the year where it changes. */
  sublabel?: string
  /** For the description read aloud ('2026年11月'). */
  spokenLabel: string
  value: number
  highlight?: boolean
}

const WIDTH = 640
const HEIGHT = 190
const TOP = 20
const BOTTOM = 38
const SIDE = 8

export function BarChart({ title, unit, bars }: { title: string; unit: string; bars: readonly Bar[] }) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))
  const slot = (WIDTH - SIDE * 2) / Math.max(1, bars.length)
  const barWidth = slot * 0.6
  const plot = HEIGHT - TOP - BOTTOM
  const description = bars.map((b) => `${b.spokenLabel} ${b.value}${unit}`).join('、')
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <line x1={SIDE} x2={WIDTH - SIDE} y1={TOP + plot} y2={TOP + plot} stroke="#555" strokeWidth="1" />
      {bars.map((b, i) => {
        const h = (b.value / max) * plot
        const x = SIDE + i * slot + (slot - barWidth) / 2
        const cx = x + barWidth / 2
        return (
          <g key={b.spokenLabel} aria-hidden="true">
            <rect
              x={x}
              y={TOP + plot - h}
              width={barWidth}
              height={h}
              fill={b.highlight === true ? '#0b4f8f' : '#8fb0d3'}
            />
            <text x={cx} y={TOP + plot - h - 4} textAnchor="middle" fontSize="12">
              {b.value}
            </text>
            <text x={cx} y={TOP + plot + 15} textAnchor="middle" fontSize="12">
              {b.label}
            </text>
            {b.sublabel !== undefined && (
              <text x={cx} y={TOP + plot + 30} textAnchor="middle" fontSize="10" fill="#444">
                {b.sublabel}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
