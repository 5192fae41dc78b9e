// Writes one frozen database per released schema version to test/fixtures/, each by that version's own code:
// the source of the release commit is copied into out/fixture-build/v<N> and the generator runs against it.
// Run once per new schema version (add its line below); committed fixtures are never regenerated.
//   node scripts/make-fixtures.mjs 3
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

/** The last commit of each released schema version. */
const RELEASES = {
  1: 'a820761', // v1: requests, staff, settings, device, audit, numbering
  2: '2c7bdd1' // v2: + letters
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
  const archive = execFileSync('git', ['archive', commit, 'src/renderer/src', 'test/unit/requestFixtures.ts'])
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  copyFileSync('scripts/fixtures/generate.test.ts', `${dir}/generate.test.ts`)
  execFileSync('npx', ['vitest', 'run', '--config', 'scripts/fixtures/vitest.config.mts'], {
    stdio: 'inherit',
    env: { ...process.env, FIXTURE_DIR: dir, FIXTURE_VERSION: String(version), FIXTURE_OUT: out }
  })
  console.log(`wrote ${out} with the code of ${commit}`)
}
