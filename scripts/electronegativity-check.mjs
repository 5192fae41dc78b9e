// Security scan gate. electronegativity always exits 0, so this script reads its CSV and fails on any
// finding that is not accepted below with a reason. Accept only false positives, matched narrowly.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const ELECTRON_VERSION = '45.4.1'
const REPORT = 'reports/electronegativity.csv'
// The folder to scan; another one only to try the gate itself out.
const INPUT = process.argv[2] ?? 'src'

// The renderer's meta CSP as reviewed. Any change to it fails the scan until someone looks again.
const REVIEWED_RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

/** @type {{ issue: string, file: string, matches: (f: Record<string, string>) => boolean, reason: string }[]} */
const ACCEPTED = [
  {
    issue: 'CSP_GLOBAL_CHECK',
    file: 'main/index.ts',
    matches: (f) => f.description.startsWith('Failed to parse CSP'),
    reason:
      'The header value is the CONTENT_SECURITY_POLICY constant, not a string literal, which the scanner cannot read. ' +
      'The constant is asserted in test/unit/main/protocol.test.ts.'
  },
  {
    issue: 'CSP_GLOBAL_CHECK',
    file: 'main/protocol.ts',
    matches: (f) => f.description.startsWith('Failed to parse CSP'),
    reason: 'Same constant as above, set on every HTML response of the app:// protocol.'
  },
  {
    issue: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    matches: () => true,
    reason:
      'A "review the preload" reminder, reviewed: src/preload/index.ts exposes four typed functions that invoke ' +
      'fixed channels (no ipcRenderer, no Node APIs), and main checks the sender and parses every argument.'
  },
  {
    issue: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    matches: (f) => f.sample === REVIEWED_RENDERER_CSP && f.description.includes('seems to be vulnerable'),
    reason:
      "csp-evaluator's only remark on this policy is that script-src 'self' is risky when the origin hosts JSONP, " +
      'Angular or user uploads. app://bundle serves only the built files inside app.asar (the protocol handler ' +
      'refuses anything outside out/renderer), so nothing but our own scripts can come from self.'
  }
]

function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f.trim() !== '')) rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  row.push(field)
  if (row.some((f) => f.trim() !== '')) rows.push(row)
  return rows
}

mkdirSync('reports', { recursive: true })
rmSync(REPORT, { force: true }) // never judge a stale report
const run = spawnSync('npx', ['--no-install', 'electronegativity', '-i', INPUT, '-e', ELECTRON_VERSION, '-r', '-o', REPORT], {
  stdio: ['ignore', 'inherit', 'inherit'],
  shell: process.platform === 'win32'
})
if (run.status !== 0 || !existsSync(REPORT)) {
  console.error(`electronegativity did not run (exit ${String(run.status)}); no report at ${REPORT}`)
  process.exit(1)
}

const [header, ...rows] = parseCsv(readFileSync(REPORT, 'utf8'))
const columns = (header ?? []).map((h) => h.trim())
if (!columns.includes('issue') || !columns.includes('filename')) {
  console.error(`unexpected report format in ${REPORT}: ${columns.join(', ')}`)
  process.exit(1)
}
const findings = rows.map((cells) => Object.fromEntries(columns.map((name, i) => [name, (cells[i] ?? '').trim()])))

const used = new Set()
const failing = []
for (const finding of findings) {
  const file = finding.filename.replaceAll('\\', '/')
  const rule = ACCEPTED.find((a) => a.issue === finding.issue && a.file === file && a.matches(finding))
  if (rule) {
    used.add(rule)
    console.log(`accepted  ${finding.issue} ${file}:${finding.location} — ${rule.reason}`)
  } else {
    failing.push(finding)
    console.error(`FAILING   ${finding.issue} [${finding.severity}/${finding.confidence}] ${file}:${finding.location} — ${finding.description} ${finding.url}`)
  }
}
for (const rule of ACCEPTED.filter((a) => !used.has(a))) {
  console.log(`note: accepted ${rule.issue} in ${rule.file} was not found this time; remove it if it is gone for good`)
}
console.log(`electronegativity: ${findings.length} findings, ${findings.length - failing.length} accepted, ${failing.length} failing`)
process.exit(failing.length > 0 ? 1 : 0)
