// scripts/check-windows-build.mjs is the Windows workflow's gate on the release build. It runs here against a
// stand-in build folder: an "exe" holding only Electron's fuse wire, flipped by @electron/fuses with the fuses of
// electron-builder.yml as electron-builder flips them, a real app.asar, IT's files and two installer names.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import asar from '@electron/asar'
import fuses from '@electron/fuses'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { afterEach, describe, expect, it } from 'vitest'

const projectDir = path.resolve(import.meta.dirname, '../../..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_COUNT = 8

let tmp: string

afterEach(() => rmSync(tmp, { recursive: true, force: true }))

interface Build {
  installers?: string[]
  asarFiles?: string[]
  itFiles?: string[]
  fuses?: Record<string, boolean>
}

const APP_FILES = ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const IT_FILES = [
  'it/policy.schema.json',
  'couchdb-setup/scripts/couchdb-setup.mjs',
  'couchdb-setup/resources/couchdb/validate_doc_update.js'
]

/** electron-builder.yml's electronFuses, named as @electron/fuses names them. */
async function releaseFuses(): Promise<Record<string, boolean>> {
  const { electronFuses } = await getConfig(projectDir, null, null)
  const capital = (key: string) => key.charAt(0).toUpperCase() + key.slice(1)
  return Object.fromEntries(Object.entries(electronFuses ?? {}).map(([key, on]) => [capital(key), on === true]))
}

async function makeBuild(build: Build): Promise<string> {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kaiji-winbuild-'))
  const dist = path.join(tmp, 'dist')
  const unpacked = path.join(dist, 'win-unpacked')
  mkdirSync(path.join(unpacked, 'resources'), { recursive: true })
  for (const name of build.installers ?? ['KaijiUketsukebo-Setup-0.1.0.exe', 'KaijiUketsukebo-0.1.0.msi'])
    writeFileSync(path.join(dist, name), 'installer')

  // Every fuse starts unset ("r": removed would be refused); the flip writes the configured ones.
  const exe = path.join(unpacked, 'KaijiUketsukebo.exe')
  const wire = Buffer.from('0'.repeat(FUSE_COUNT), 'latin1')
  writeFileSync(
    exe,
    Buffer.concat([Buffer.from('MZ-stand-in'), Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT]), wire])
  )
  const options = build.fuses ?? (await releaseFuses())
  const flip: Record<string | number, boolean | string> = { version: fuses.FuseVersion.V1 }
  for (const [name, on] of Object.entries(options))
    flip[fuses.FuseV1Options[name as keyof typeof fuses.FuseV1Options]] = on
  await fuses.flipFuses(exe, flip as unknown as Parameters<typeof fuses.flipFuses>[1])

  const app = path.join(tmp, 'app')
  for (const file of build.asarFiles ?? APP_FILES) {
    mkdirSync(path.dirname(path.join(app, file)), { recursive: true })
    writeFileSync(path.join(app, file), '{}')
  }
  await asar.createPackage(app, path.join(unpacked, 'resources', 'app.asar'))
  for (const file of build.itFiles ?? IT_FILES) {
    mkdirSync(path.dirname(path.join(unpacked, 'resources', file)), { recursive: true })
    writeFileSync(path.join(unpacked, 'resources', file), '{}')
  }
  return dist
}

function check(dist: string) {
  const run = spawnSync(process.execPath, [path.join(projectDir, 'scripts/check-windows-build.mjs'), dist], {
    encoding: 'utf8'
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('scripts/check-windows-build.mjs', { timeout: 30_000 }, () => {
  it('passes a build with the release fuses, both installers, the built app and IT’s files', async () => {
    const result = check(await makeBuild({}))
    expect(result.output).toContain('windows build: fuses and app.asar as expected')
    expect(result.status).toBe(0)
  })

  it('fails the test build, whose inspector fuse is on', async () => {
    const result = check(await makeBuild({ fuses: { ...(await releaseFuses()), EnableNodeCliInspectArguments: true } }))
    expect(result.status).toBe(1)
    expect(result.output).toContain('fuse EnableNodeCliInspectArguments is 49, expected 48')
  })

  it('fails a build without its MSI, or with an installer not named in ASCII', async () => {
    const missing = check(await makeBuild({ installers: ['KaijiUketsukebo-Setup-0.1.0.exe'] }))
    expect(missing.status).toBe(1)
    expect(missing.output).toContain('no .msi installer')
    rmSync(tmp, { recursive: true, force: true })
    const japanese = check(
      await makeBuild({ installers: ['開示等請求受付簿 Setup 0.1.0.exe', 'KaijiUketsukebo-0.1.0.msi'] })
    )
    expect(japanese.status).toBe(1)
    expect(japanese.output).toContain('installer name is not ASCII')
  })

  it('fails an app.asar with sources or dependencies in it, or without the preload', async () => {
    const files = [...APP_FILES.filter((f) => !f.includes('preload')), 'node_modules/dexie/package.json']
    const result = check(await makeBuild({ asarFiles: files }))
    expect(result.status).toBe(1)
    expect(result.output).toContain('app.asar lacks /out/preload/index.cjs')
    expect(result.output).toContain('app.asar contains /node_modules')
  })

  it('fails a build without the policy’s schema beside the app', async () => {
    const result = check(await makeBuild({ itFiles: IT_FILES.filter((f) => !f.startsWith('it/')) }))
    expect(result.status).toBe(1)
    expect(result.output).toContain('policy.schema.json is missing')
  })
})
