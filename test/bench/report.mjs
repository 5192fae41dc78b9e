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

function row(name, op) {
  const app = op.app ?? []
  const bare = op.bare ?? []
  const a50 = app.length ? percentile(app, 50) : undefined
  const b50 = bare.length ? percentile(bare, 50) : undefined
  const ratio = a50 !== undefined && b50 ? `${(a50 / b50).toFixed(1)}×` : '—'
  return `| ${name} | ${app.length} | ${fmt(a50)} | ${fmt(app.length ? percentile(app, 95) : undefined)} | ${fmt(b50)} | ${fmt(bare.length ? percentile(bare, 95) : undefined)} | ${ratio} | ${op.target ?? ''} | ${op.note ?? ''} |`
}

export function printStep(step) {
  console.log(
    `\n### ${step.count.toLocaleString('en')} requests, ${step.audit.toLocaleString('en')} audit entries, ${step.letters.toLocaleString('en')} letters\n`
  )
  console.log(
    '| operation | n | app median | app p95 | bare IndexedDB median | bare p95 | ratio (median) | target | note |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [name, op] of Object.entries(step.ops)) console.log(row(name, op))
}

export function printGrowth(steps) {
  if (steps.length < 2) return
  console.log('\n### Growth: app median at each size\n')
  console.log(`| operation | ${steps.map((s) => s.count.toLocaleString('en')).join(' | ')} |`)
  console.log(`| --- | ${steps.map(() => '---').join(' | ')} |`)
  for (const name of Object.keys(steps.at(-1).ops)) {
    const cells = steps.map((s) =>
      s.ops[name]?.app?.length ? fmt(percentile(s.ops[name].app, 50)) : (s.ops[name]?.note ?? '—')
    )
    console.log(`| ${name} | ${cells.join(' | ')} |`)
  }
}
