// pouchdb-server, in memory on 127.0.0.1, standing in for the clinic's CouchDB in the tests (SPEC.md "Tests here").
// It starts with a server admin already configured (no "admin party"), so per-PC users and their rights are real.
// Its config.json and log.txt go to a temporary folder that is removed on stop, never into the repository.
//   node scripts/couchdb/test-server.mjs --port 5990            runs until stopped (Playwright, .ci/run)
//   node scripts/couchdb/test-server.mjs --port 5990 --wait     waits until a server answers there, then exits
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const TEST_COUCH_PORT = 5990
export const TEST_ADMIN = {
  name: process.env.COUCH_ADMIN_USER ?? 'admin',
  password: process.env.COUCH_ADMIN_PASSWORD ?? 'kaiji-test-admin'
}

const bin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pouchdb-server/package.json')),
  'bin',
  'pouchdb-server'
)

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Resolves once GET / answers at url; rejects after timeoutMs. */
export async function waitForServer(url, timeoutMs = 30_000, isAlive = () => true) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (!isAlive()) throw new Error(`pouchdb-server stopped before it answered at ${url}`)
    if (Date.now() > until) throw new Error(`pouchdb-server did not answer at ${url} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Starts pouchdb-server in memory; resolves with its URL and a stop function once it answers. */
export async function startTestCouch({ port, admin = TEST_ADMIN, stdio = 'ignore' } = {}) {
  const usePort = port ?? (await freePort())
  const dir = mkdtempSync(path.join(tmpdir(), 'kaiji-couch-'))
  // pouchdb-server hashes the admin's password in this file when it starts.
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      admins: { [admin.name]: admin.password },
      log: { file: path.join(dir, 'log.txt'), level: 'warning' }
    })
  )
  const child = spawn(
    process.execPath,
    [
      bin,
      '--in-memory',
      '--host',
      '127.0.0.1',
      '--port',
      String(usePort),
      '--config',
      path.join(dir, 'config.json'),
      '--no-stdout-logs'
    ],
    { cwd: dir, stdio }
  )
  let exited = false
  // However it ends (stopped, killed with its process group, crashed), its folder goes with it.
  const exitedPromise = new Promise((resolve) =>
    child.once('exit', () => {
      exited = true
      rmSync(dir, { recursive: true, force: true })
      resolve()
    })
  )
  const url = `http://127.0.0.1:${usePort}`
  const stop = async () => {
    if (!exited) child.kill('SIGTERM')
    await exitedPromise
  }
  try {
    await waitForServer(`${url}/`, 30_000, () => !exited)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port: usePort, admin, stop, exited: exitedPromise, logFile: path.join(dir, 'log.txt') }
}

async function cli() {
  const { values } = parseArgs({ options: { port: { type: 'string' }, wait: { type: 'boolean' } } })
  const port = Number(values.port ?? process.env.COUCH_PORT ?? TEST_COUCH_PORT)
  if (values.wait) {
    await waitForServer(`http://127.0.0.1:${port}/`)
    return
  }
  const server = await startTestCouch({ port, stdio: 'inherit' })
  console.log(`pouchdb-server (in memory) on ${server.url}, admin ${server.admin.name}`)
  let stopping = false
  const stop = () => {
    stopping = true
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  // The server ended by itself (a crash): so does this command, for whoever started it to see.
  void server.exited.then(() => {
    if (!stopping) process.exit(1)
  })
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
