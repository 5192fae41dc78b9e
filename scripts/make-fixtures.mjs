// Writes one frozen database per released schema version to test/fixtures/, each by that version's own code:
// the source of the release commit is copied into out/fixture-build/v<N> and the generator runs against it.
// Run once per new schema version (add its line below); committed fixtures are never regenerated.
//   node scripts/make-fixtures.mjs 3
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The last commit of each released schema version: on main, the last commit before the next version's block
 * arrived. Versions 3 to 6 were written on branches and reached main out of order (3, then 6 with incidents only,
 * then 4, then 5, then 6's provisions and procedures), so v4 and v5 were never the newest version on main: their
 * entries are main's register as it stood once each had arrived, declaring v6 as well (its database is at
 * version 6, with incidents only in v6's block).
 */
const RELEASES = {
  1: 'a820761', // v1: requests, staff, settings, device, audit, numbering
  2: '2c7bdd1', // v2: + letters
  3: '0fe0644', // v3: + summaries (filled from the requests on upgrade)
  4: 'd1d49a5', // v4: + purged (retention purge), beside v6's first table: incidents
  5: '9399761', // v5: + recovery (the recovery code's hash), v6 still incidents only
  6: '308b831', // v6: + provisions, procedures (added to v6's block beside incidents)
  7: '098bcf4', // v7: audit indexed by actor and by action (no new table)
  8: '280e7ec', // v8: + concurrent, leases (sharing between PCs)
  9: '7efed0d' // v9: summaries indexed by openDueOn (the target date while open) in place of [status+dueOn]
}

const wanted = process.argv.slice(2).map(Number)
for (const version of wanted.length > 0 ? wanted : Object.keys(RELEASES).map(Number)) {
  const commit = RELEASES[version]
  if (!commit) throw new Error(`no release commit for schema version ${version}`)
  const out = resolve(`test/fixtures/register-v${version}.json`)
  if (existsSync(out) && !process.env.FIXTURE_FORCE) {
    console.log(`${out} exists: fixtures are frozen once committed (FIXTURE_FORCE=1 to overwrite)`)
    continue
  }
  const dir = `out/fixture-build/v${version}`
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const paths = ['src/renderer/src', 'src/shared', 'test/unit/requestFixtures.ts']
  const archive = execFileSync('git', ['archive', commit, ...paths], { maxBuffer: 256 * 1024 * 1024 })
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  copyFileSync('scripts/fixtures/generate.test.ts', `${dir}/generate.test.ts`)
  execFileSync('npx', ['vitest', 'run', '--config', 'scripts/fixtures/vitest.config.mts'], {
    stdio: 'inherit',
    env: { ...process.env, FIXTURE_DIR: dir, FIXTURE_VERSION: String(version), FIXTURE_OUT: out }
  })
  console.log(`wrote ${out} with the code of ${commit}`)
}
