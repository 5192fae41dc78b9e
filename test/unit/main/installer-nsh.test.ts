// resources/installer.nsh is compiled by electron-builder's NSIS only on the Windows runner. Here makensis (Debian's
// nsis package, installed by .ci/run) compiles it into a small installer the way electron-builder does (-WX: warnings
// are errors, UTF-8 input) and the texts staff would see are looked for in the result.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const projectDir = path.resolve(import.meta.dirname, '../../..')
const include = path.join(projectDir, 'resources/installer.nsh')
let tmp: string

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kaiji-nsis-'))
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

/** A script with electron-builder's defines, inserting the include's macros where its installer does. */
function compile(nsh: string, uninstaller = false): { status: number | null; output: string; exe: string } {
  const exe = path.join(tmp, 'kaiji-test.exe')
  const lines = [
    'Unicode true',
    'SetCompress off', // so the texts can be found in the result
    '!define VERSION "0.1.0"',
    '!define UNINSTALL_REGISTRY_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\kaiji-test"',
    ...(uninstaller ? ['!define BUILD_UNINSTALLER'] : []),
    '!include LogicLib.nsh',
    `!include "${nsh}"`,
    `OutFile "${exe}"`,
    'RequestExecutionLevel user',
    ...(uninstaller ? [] : ['Function .onInit', '  !insertmacro customInit', 'FunctionEnd']),
    'Section',
    ...(uninstaller ? [] : ['  !insertmacro customInstall']),
    'SectionEnd'
  ]
  const script = path.join(tmp, 'kaiji-test.nsi')
  writeFileSync(script, `${lines.join('\n')}\n`)
  const run = spawnSync('makensis', ['-WX', '-INPUTCHARSET', 'UTF8', '-V2', script], { encoding: 'utf8' })
  if (run.error) throw new Error(`makensis could not run (Debian: apt-get install nsis): ${run.error.message}`)
  return { status: run.status, output: `${run.stdout}${run.stderr}`, exe }
}

// On the Windows runner the workflow's electron-builder build compiles the same include with its own makensis, and
// Debian's is not there: this file runs on Linux only.
describe.skipIf(process.platform === 'win32')('resources/installer.nsh', { timeout: 30_000 }, () => {
  it('compiles with warnings as errors, with its Japanese refusal and the folders’ permissions in the installer', () => {
    const result = compile(include)
    expect(result.output).not.toMatch(/warning/iu)
    expect(result.status).toBe(0)
    const built = readFileSync(result.exe)
    const has = (text: string) => built.includes(Buffer.from(text, 'utf16le'))
    expect(has('新しい版（')).toBe(true)
    expect(has('はインストールできません。受付簿のデータを守るためです。')).toBe(true)
    expect(has('KaijiUketsukebo\\data" /grant *S-1-5-32-545:(OI)(CI)M')).toBe(true)
  })

  it('compiles into the uninstaller too, where its macros are not used', () => {
    expect(compile(include, true).status).toBe(0)
  })

  it('would catch a mistake in it (the compile is a real check)', () => {
    const broken = path.join(tmp, 'broken.nsh')
    writeFileSync(broken, readFileSync(include, 'utf8').replace('${VersionCompare}', '${VersionCompar}'))
    expect(compile(broken).status).not.toBe(0)
  })
})
