// The clinic's CouchDB for the end-to-end tests: the in-memory pouchdb-server that playwright.config.ts (and .ci/run)
// starts on 127.0.0.1, with a server admin (TEST_ADMIN). Each test makes its own database and PC users with the same
// setup module IT runs, so the server's rules are the real ones. Offline is simulated by routing, never by stopping it.
import { couchClient, setupClinicDatabase } from '../../scripts/couchdb/setup.mjs'
import type { Account } from '../../scripts/couchdb/setup.mjs'
import { TEST_ADMIN, TEST_COUCH_PORT } from '../../scripts/couchdb/test-server.mjs'

export type { Account }

/** http://127.0.0.1:<COUCH_PORT or 5990>, without a trailing slash. */
export function couchUrl(): string {
  return `http://127.0.0.1:${String(Number(process.env.COUCH_PORT ?? TEST_COUCH_PORT))}`
}

function asAdmin() {
  return couchClient({ url: couchUrl(), username: TEST_ADMIN.name, password: TEST_ADMIN.password })
}

/** A new clinic database (removed first if a previous run left it) whose members are these PC users. */
export async function createClinicDb(name: string, pcs: Account[]): Promise<void> {
  await dropDb(name)
  await setupClinicDatabase({ url: couchUrl(), admin: TEST_ADMIN, database: name, pcs })
}

/** Removes the database; a database that is not there is fine. */
export async function dropDb(name: string): Promise<void> {
  const answer = await asAdmin()('DELETE', `/${encodeURIComponent(name)}`)
  if (answer.status !== 200 && answer.status !== 202 && answer.status !== 404) {
    throw new Error(`Could not drop ${name}: HTTP ${String(answer.status)} ${answer.body.reason ?? ''}`)
  }
}
