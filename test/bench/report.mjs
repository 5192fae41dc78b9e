// Printing the benchmark's figures: per register size, each operation's app and bare-IndexedDB median and p95
// with their ratio and the target; then each operation's median at every size, to show how cost grows.

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}

const fmt = (x) =>
  x === undefined || x === null || Number.isNaN(x)
    ? '—'
    : x >= 1000
      ? `${(x / 1000).toFixed(2)} s`
      : `${x.toFixed(1)} ms`

/** 'met' or 'missed' against the op's limit: a time statistic, a ratio to bare IndexedDB, a size, a condition. */
export function verdict(op) {
  const l = op.limit
  if (!l) return ''
  const app = op.app ?? []
  const bare = op.bare ?? []
  const misses = []
  if (l.ms !== undefined) {
    const v = app.length ? percentile(app, l.stat === 'p95' ? 95 : 50) : undefined
    if (v === undefined || v >= l.ms) misses.push(`${l.stat} ${fmt(v)}`)
  }
  if (l.bareRatio !== undefined && app.length && bare.length) {
    const ratio = percentile(app, 95) / percentile(bare, 95)
    if (ratio > l.bareRatio) misses.push(`p95 ${ratio.toFixed(1)}× bare`)
  }
  if (l.mb !== undefined && !(op.mb < l.mb)) misses.push(`${op.mb?.toFixed(0)} MB`)
  if (l.also === false) misses.push('condition in note')
  return misses.length ? `**missed** (${misses.join('; ')})` : 'met'
}

function row(name, op) {
  const app = op.app ?? []
  const bare = op.bare ?? []
  const a50 = app.length ? percentile(app, 50) : undefined
  const b50 = bare.length ? percentile(bare, 50) : undefined
  const ratio = a50 !== undefined && b50 ? `${(a50 / b50).toFixed(1)}×` : '—'
  return `| ${name} | ${app.length} | ${fmt(a50)} | ${fmt(app.length ? percentile(app, 95) : undefined)} | ${fmt(b50)} | ${fmt(bare.length ? percentile(bare, 95) : undefined)} | ${ratio} | ${op.target ?? ''} | ${verdict(op)} | ${op.note ?? ''} |`
}

export function printStep(step) {
  console.log(
    `\n### ${step.count.toLocaleString('en')} requests, ${step.audit.toLocaleString('en')} audit entries, ${step.letters.toLocaleString('en')} letters\n`
  )
  console.log(
    '| operation | n | app median | app p95 | bare IndexedDB median | bare p95 | ratio (median) | target | verdict | note |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [name, op] of Object.entries(step.ops)) console.log(row(name, op))
}

export function printGrowth(steps) {
  if (steps.length < 2) return
  console.log('\n### Growth: app median at each size\n')
  console.log(`| operation | ${steps.map((s) => s.count.toLocaleString('en')).join(' | ')} |`)
  console.log(`| --- | ${steps.map(() => '---').join(' | ')} |`)
  for (const name of Object.keys(steps.at(-1).ops)) {
    const cells = steps.map((s) => {
      const op = s.ops[name]
      if (op?.mb !== undefined) return `${op.mb.toFixed(1)} MB`
      return op?.app?.length ? fmt(percentile(op.app, 50)) : '—'
    })
    console.log(`| ${name} | ${cells.join(' | ')} |`)
  }
}
