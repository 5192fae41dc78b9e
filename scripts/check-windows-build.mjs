// Smoke check of the packaged Windows app, run on the Windows runner after electron-builder
// (Electron cannot be downloaded on this project's Linux machines). Checks what the installer ships:
// the fuses really flipped, both installers with ASCII names, and app.asar holding the built app and nothing else.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import asar from '@electron/asar'
import fuses from '@electron/fuses'

const dist = process.argv[2] ?? 'dist'
const unpacked = path.join(dist, 'win-unpacked')
const problems = []

const DISABLE = 48 // '0' in the fuse wire
const ENABLE = 49 // '1'
const expectedFuses = {
  RunAsNode: DISABLE,
  EnableCookieEncryption: ENABLE,
  EnableNodeOptionsEnvironmentVariable: DISABLE,
  EnableNodeCliInspectArguments: DISABLE,
  EnableEmbeddedAsarIntegrityValidation: ENABLE,
  OnlyLoadAppFromAsar: ENABLE,
  GrantFileProtocolExtraPrivileges: DISABLE
}

const installers = readdirSync(dist).filter((name) => name.endsWith('.exe') || name.endsWith('.msi'))
for (const ext of ['.exe', '.msi']) {
  if (!installers.some((name) => name.endsWith(ext))) problems.push(`no ${ext} installer in ${dist}`)
}
for (const name of installers) {
  if (!/^KaijiUketsukebo-[\x20-\x7e]+$/u.test(name))
    problems.push(`installer name is not ASCII KaijiUketsukebo-…: ${name}`)
}

const appExe = readdirSync(unpacked).find((name) => name === 'KaijiUketsukebo.exe')
if (appExe === undefined) problems.push(`no KaijiUketsukebo.exe in ${unpacked}`)
if (appExe !== undefined) {
  const wire = await fuses.getCurrentFuseWire(path.join(unpacked, appExe))
  for (const [name, expected] of Object.entries(expectedFuses)) {
    const actual = wire[fuses.FuseV1Options[name]]
    if (actual !== expected) problems.push(`fuse ${name} is ${String(actual)}, expected ${String(expected)}`)
  }
}

const files = asar
  .listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false })
  .map((f) => f.replaceAll('\\', '/'))
for (const required of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
  if (!files.includes(required)) problems.push(`app.asar lacks ${required}`)
}
for (const forbidden of ['/src', '/node_modules', '/test', '/.git']) {
  if (files.some((f) => f === forbidden || f.startsWith(`${forbidden}/`)))
    problems.push(`app.asar contains ${forbidden}`)
}

// IT's files beside the app: the policy's JSON Schema and the CouchDB setup script with its rules.
for (const file of [
  'it/policy.schema.json',
  'couchdb-setup/scripts/couchdb-setup.mjs',
  'couchdb-setup/resources/couchdb/validate_doc_update.js'
]) {
  if (!existsSync(path.join(unpacked, 'resources', file))) problems.push(`resources\\${file} is missing`)
}

console.log(`installer: ${installers.join(', ') || '-'}; app: ${appExe ?? '-'}; app.asar: ${files.length} entries`)
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`)
  process.exit(1)
}
console.log('windows build: fuses and app.asar as expected')
