// The Windows workflow cannot run here, so what can be checked of it is checked: that it runs on every pull request
// and on main, that every file, script and spec it names exists, that its phases come in the order the register's
// survival depends on, that its file patterns find the installers electron-builder will name, and that `npm ci` on
// windows-latest finds a Windows build of every native tool the lock file holds for Linux.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { AppInfo } from 'app-builder-lib/out/appInfo'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { getWindowsInstallationDirName } from 'app-builder-lib/out/targets/targetUtil'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const projectDir = path.resolve(import.meta.dirname, '../../..')

interface Step {
  name?: string
  uses?: string
  run?: string
  shell?: string
  env?: Record<string, string>
  with?: Record<string, string>
  if?: string
}

interface Workflow {
  on: { pull_request?: unknown; push?: { branches?: string[] }; workflow_dispatch?: unknown }
  jobs: Record<string, { 'runs-on': string; env?: Record<string, string>; steps: Step[] }>
}

async function loadWorkflow(): Promise<Workflow> {
  const text = await readFile(path.join(projectDir, '.github/workflows/windows-installer.yml'), 'utf8')
  return parse(text) as Workflow
}

async function installerJob() {
  const { jobs } = await loadWorkflow()
  const job = jobs.installer
  if (!job) throw new Error('no installer job')
  return job
}

/** The shell text of every step, in order, with the step's name for messages. */
async function runs(): Promise<{ name: string; run: string; shell?: string }[]> {
  const { steps } = await installerJob()
  return steps.flatMap((step) => (step.run ? [{ name: step.name ?? '', run: step.run, shell: step.shell }] : []))
}

/** The index of the first step whose shell text matches. */
async function stepIndex(pattern: RegExp): Promise<number> {
  const index = (await runs()).findIndex((step) => pattern.test(step.run))
  expect(index, String(pattern)).toBeGreaterThanOrEqual(0)
  return index
}

/** A PowerShell -Filter wildcard as a regular expression. */
function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/gu, '\\$&')
    .replace(/\*/gu, '.*')
    .replace(/\?/gu, '.')
  return new RegExp(`^${escaped}$`, 'u')
}

describe('.github/workflows/windows-installer.yml', { timeout: 30_000 }, () => {
  it('runs on windows-latest for every pull request and every push to main, not only for tags', async () => {
    const workflow = await loadWorkflow()
    expect(workflow.on).toHaveProperty('pull_request')
    expect(workflow.on.push?.branches).toContain('main')
    expect((await installerJob())['runs-on']).toBe('windows-latest')
  })

  it('names only scripts, configs, specs, npm scripts and test folders that exist in the repository', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    const text = (await runs()).map((step) => step.run).join('\n')
    const named: string[] = []
    for (const [, file] of text.matchAll(/\bnode (scripts\/\S+\.mjs)/gu)) named.push(file ?? '')
    for (const [, file] of text.matchAll(/--config (\S+\.yml)/gu)) named.push(file ?? '')
    for (const [, file] of text.matchAll(/\bvitest run (\S+)/gu)) named.push(file ?? '')
    const playwright = [...text.matchAll(/playwright test -c (\S+) (\S+)/gu)]
    for (const [, config, spec] of playwright) {
      named.push(config ?? '')
      // Playwright reads the last argument as a filter on the spec files beside the config.
      named.push(path.posix.join(path.posix.dirname(config ?? ''), `${spec ?? ''}.spec.ts`))
    }
    expect(playwright.length).toBe(3)
    expect(named.length).toBeGreaterThanOrEqual(8)
    expect(named.filter((file) => !existsSync(path.join(projectDir, file)))).toEqual([])
    const npmScripts = [...text.matchAll(/\bnpm run ([\w:-]+)/gu)].map(([, name]) => name ?? '')
    expect(npmScripts).toEqual(expect.arrayContaining(['typecheck', 'build']))
    expect(npmScripts.filter((name) => !(name in pkg.scripts))).toEqual([])
  })

  it('proves the register survives in this order: install, first run, upgrade, check, downgrade refused, uninstall, MSI, check, older MSI refused, MSI removal', async () => {
    const order = [
      await stepIndex(/electron-builder --win --publish never\s*$/mu),
      await stepIndex(/check-windows-build\.mjs/u),
      await stepIndex(/dist-first -Filter 'KaijiUketsukebo-Setup-\*\.exe'/u),
      await stepIndex(/playwright test .* first-run/u),
      await stepIndex(/dist-next -Filter 'KaijiUketsukebo-Setup-\*\.exe'/u),
      await stepIndex(/playwright test .* after-upgrade/u),
      await stepIndex(/ExitCode -ne 2/u),
      await stepIndex(/Uninstall\*\.exe/u),
      await stepIndex(/msiexec\.exe -ArgumentList '\/i', "`"\$\(\$msi\.FullName/u),
      await stepIndex(/dist-first -Filter 'KaijiUketsukebo-\*\.msi'/u),
      await stepIndex(/msiexec\.exe -ArgumentList '\/x'/u)
    ]
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(order).size).toBe(order.length)
    // The MSI's own check opens the same register between its install and its removal.
    const steps = await runs()
    // The refused downgrade is the first version's setup run over the second.
    expect(steps[order[6] ?? 0]?.run).toContain("Get-ChildItem dist-first -Filter 'KaijiUketsukebo-Setup-*.exe'")
    const between = steps.slice((order[8] ?? 0) + 1, order[10])
    expect(between.some((step) => /playwright test .* after-upgrade/u.test(step.run))).toBe(true)
    // After each uninstall the register's folder must still be there.
    for (const index of [order[7], order[10]])
      expect(steps[index ?? 0]?.run).toMatch(/Test-Path \$profile[\s\S]*deleted the register/u)
  })

  it('never publishes, and no failing command can pass unnoticed', async () => {
    const job = await installerJob()
    expect(job.env?.GH_TOKEN).toBe('')
    const steps = await runs()
    const builds = steps.flatMap((step) => step.run.split('\n')).filter((line) => line.includes('electron-builder'))
    expect(builds.length).toBe(3)
    for (const line of builds) expect(line).toContain('--publish never')
    // A PowerShell script stops at its first error, a failing native command (npx, npm, git) included.
    const pwsh = steps.filter((step) => step.shell === 'pwsh')
    expect(pwsh.length).toBeGreaterThanOrEqual(6)
    for (const step of pwsh) {
      expect(step.run, step.name).toMatch(/^\s*\$ErrorActionPreference = 'Stop'$/mu)
      expect(step.run, step.name).toMatch(/^\s*\$PSNativeCommandUseErrorActionPreference = \$true$/mu)
    }
    // Windows' default shell reports only the last command's exit code, so a step without a shell runs one command.
    for (const step of steps.filter((s) => s.shell === undefined))
      expect(step.run.trim().split('\n'), step.name).toHaveLength(1)
  })

  it('finds the installers, the installed exe and its folder by the names electron-builder gives them', async () => {
    const config = await getConfig(projectDir, path.join(projectDir, 'electron-builder.unfused.yml'), null)
    const version = '0.1.0'
    const named = (template: string | null | undefined, ext: string) =>
      (template ?? '').replace('${version}', version).replace('${ext}', ext)
    const setup = named(config.nsis?.artifactName, 'exe')
    const msi = named(config.msi?.artifactName, 'msi')
    const text = (await runs()).map((step) => step.run).join('\n')
    const filters = [...text.matchAll(/-Filter '([^']+)'/gu)].map(([, filter]) => filter ?? '')
    expect(filters.filter((f) => f.endsWith('.exe') && !f.startsWith('Uninstall')).length).toBe(3)
    for (const filter of filters.filter((f) => f.startsWith('KaijiUketsukebo-Setup')))
      expect(setup).toMatch(wildcard(filter))
    for (const filter of filters.filter((f) => f.endsWith('.msi'))) {
      expect(msi).toMatch(wildcard(filter))
      // The MSI filter must not also pick up the NSIS setup in the same folder.
      expect(setup).not.toMatch(wildcard(filter))
    }
    expect(filters.filter((f) => f.endsWith('.msi')).length).toBe(3)
    // The per-machine install folder and the exe, as electron-builder's own AppInfo derives them from the config.
    const metadata = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as object
    const packager = { metadata, config } as unknown as ConstructorParameters<typeof AppInfo>[0]
    const app = new AppInfo(packager, null, config.win)
    const folder = getWindowsInstallationDirName(app, config.nsis?.perMachine === true)
    expect(folder).toMatch(/^[\x20-\x7e]+$/u)
    expect(text).toContain(`Join-Path $env:ProgramFiles '${folder}\\${app.productFilename}.exe'`)
    // Both test builds land where the workflow renames them from.
    expect(config.directories?.output).toBe('dist-unfused')
    expect(text).toContain('Rename-Item dist-unfused dist-first')
    expect(text).toContain('Rename-Item dist-unfused dist-next')
  })

  it('keeps the installers of the release build as its artifact', async () => {
    const { steps } = await installerJob()
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact') && step.if === undefined)
    expect(upload?.with?.path).toContain('dist/*.exe')
    expect(upload?.with?.path).toContain('dist/*.msi')
    expect(upload?.with?.['if-no-files-found']).toBe('error')
  })
})

describe('package-lock.json on windows-latest', () => {
  it('holds a Windows x64 build of every native tool it holds for Linux x64', async () => {
    const lock = JSON.parse(await readFile(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { os?: string[]; cpu?: string[] }>
    }
    const names = Object.keys(lock.packages)
    const linux = names.filter((name) => /-linux-x64-gnu$/u.test(name))
    expect(linux.length).toBeGreaterThanOrEqual(3)
    const missing = linux.filter((name) => {
      const base = name.replace(/-linux-x64-gnu$/u, '')
      return !names.some((other) => other.startsWith(`${base}-win32-x64`))
    })
    expect(missing).toEqual([])
  })
})
