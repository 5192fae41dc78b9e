import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const projectDir = path.resolve(import.meta.dirname, '../../..')

// No explicit path: electron-builder finds electron-builder.yml itself, as it will on the Windows runner.
async function loadConfig() {
  return getConfig(projectDir, null, null)
}

type Pkg = Record<string, unknown> & { devDependencies: Record<string, string>; dependencies?: Record<string, string> }

async function readPackage(): Promise<Pkg> {
  return JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as Pkg
}

// Loading electron-builder's schema takes seconds on a busy machine.
describe('electron-builder.yml', { timeout: 30_000 }, () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is the configuration electron-builder would pick up (no "build" key in package.json)', async () => {
    const pkg = await readPackage()
    expect(pkg.build).toBeUndefined()
    expect(pkg.main).toBe('./out/main/index.js')
  })

  it('keeps the installer identity and the Electron version the profile was made with', async () => {
    const config = await loadConfig()
    expect(config.appId).toBe('jp.or.oukeikai.kaiji-uketsukebo')
    expect(config.productName).toBe('開示等請求受付簿')
    expect(config.electronVersion).toBe('45.4.1')
  })

  it('never deletes the register on uninstall', async () => {
    const { nsis } = await loadConfig()
    expect(nsis?.deleteAppDataOnUninstall).toBe(false)
    expect(nsis).toMatchObject({ oneClick: false, perMachine: true, language: '1041' })
  })

  it('builds an NSIS installer and an MSI, both per machine, the MSI with its fixed upgrade code', async () => {
    const { win, nsis, msi } = await loadConfig()
    const targets = (win?.target as { target: string; arch: string[] }[] | undefined)?.map((t) => [t.target, t.arch])
    expect(targets).toEqual([
      ['nsis', ['x64']],
      ['msi', ['x64']]
    ])
    expect(nsis).toMatchObject({ perMachine: true, allowToChangeInstallationDirectory: true })
    expect(msi).toMatchObject({ perMachine: true, upgradeCode: '734E5F04-7225-412B-B64F-AF936E254E7D' })
  })

  it('uses ASCII names for the exe, the install folder and the installers, beside the Japanese product name', async () => {
    const { executableName, nsis, msi } = await loadConfig()
    const ascii = /^[\x20-\x7e]+$/u
    expect(executableName).toBe('KaijiUketsukebo')
    expect(nsis?.artifactName).toMatch(ascii)
    expect(msi?.artifactName).toMatch(ascii)
    expect(nsis?.artifactName).toBe('KaijiUketsukebo-Setup-${version}.${ext}')
    expect(msi?.artifactName).toBe('KaijiUketsukebo-${version}.${ext}')
  })

  it('names a publisher and ships the app’s icon, drawn from the committed SVG', async () => {
    const pkg = await readPackage()
    expect(pkg.author).toBe('医療法人社団桜恵会')
    const { win } = await loadConfig()
    expect(win?.icon).toBe('resources/icon.ico')
    const ico = await readFile(path.join(projectDir, 'resources/icon.ico'))
    // ICONDIR: reserved 0, type 1 (icon), then the number of images: 16 to 256 px.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 7])
    expect(ico[6 + 16 * 6]).toBe(0) // the last entry is 256 px, stored as 0
    await expect(readFile(path.join(projectDir, 'resources/icon.svg'), 'utf8')).resolves.toContain('<svg')
  })

  it('never publishes or auto-updates, and signs only with a certificate given by the environment', async () => {
    const { publish, win } = await loadConfig()
    expect(publish).toBeNull()
    expect(win?.signtoolOptions).toEqual({
      signingHashAlgorithms: ['sha256'],
      rfc3161TimeStampServer: 'http://timestamp.digicert.com'
    })
    // No certificate, password or custom signer written in the config itself.
    expect(win?.signtoolOptions).not.toHaveProperty('certificateFile')
    expect(win?.signtoolOptions).not.toHaveProperty('certificatePassword')
    expect(win?.signtoolOptions).not.toHaveProperty('sign')
    expect(win).not.toHaveProperty('cscLink')
  })

  it('creates the shared data folder at install time through the NSIS include', async () => {
    const { nsis } = await loadConfig()
    expect(nsis?.include).toBe('resources/installer.nsh')
    const script = await readFile(path.join(projectDir, 'resources/installer.nsh'), 'utf8')
    expect(script).toContain('!macro customInstall')
    expect(script).toContain('KaijiUketsukebo\\data" /grant *S-1-5-32-545:(OI)(CI)M')
  })

  it('packs the desktop build only, never the browser-test builds in out/web*', async () => {
    const { files } = await loadConfig()
    // getConfig normalises the list into [{ filter: [...] }].
    const patterns = (files as { filter: string[] }[]).flatMap((set) => set.filter)
    expect(patterns.some((pattern) => pattern.startsWith('!'))).toBe(false)
    const packed = (file: string) => patterns.some((pattern) => path.posix.matchesGlob(file, pattern))
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json'])
      expect(packed(file), file).toBe(true)
    for (const file of ['out/web/index.html', 'out/web-it/assets/index.js', 'src/main/index.ts', 'test/e2e/a.ts'])
      expect(packed(file), file).toBe(false)
  })

  it('ships the CouchDB rules and their setup script beside the app, in the layout the script expects', async () => {
    const { extraResources } = await loadConfig()
    const sets = extraResources as { from: string; to: string; filter?: string[] }[]
    const rules = sets.find((r) => r.from === 'resources/couchdb')
    const scripts = sets.find((r) => r.from === 'scripts')
    expect(rules?.to).toBe('couchdb-setup/resources/couchdb')
    expect(scripts?.to).toBe('couchdb-setup/scripts')
    expect(scripts?.filter).toEqual(expect.arrayContaining(['couchdb-setup.mjs', 'couchdb/setup.mjs']))
    // The script reads its rules at ../../resources/couchdb relative to scripts/couchdb/setup.mjs.
    const setup = await readFile(path.join(projectDir, 'scripts/couchdb/setup.mjs'), 'utf8')
    expect(setup).toContain("new URL('../../resources/couchdb/validate_doc_update.js', import.meta.url)")
  })

  it('ships the JSON Schema of IT’s policy beside the app', async () => {
    const { extraResources } = await loadConfig()
    const sets = extraResources as { from: string; to: string }[]
    expect(sets).toContainEqual({ from: 'resources/it', to: 'it' })
    const schema = JSON.parse(await readFile(path.join(projectDir, 'resources/it/policy.schema.json'), 'utf8')) as {
      title: string
    }
    expect(schema.title).toContain('policy.json')
  })

  it('declares every package the build scripts import', async () => {
    const pkg = await readPackage()
    const declared = new Set([...Object.keys(pkg.devDependencies), ...Object.keys(pkg.dependencies ?? {})])
    const scriptsDir = path.join(projectDir, 'scripts')
    const imported = new Set<string>()
    const files = await readdir(scriptsDir, { recursive: true, withFileTypes: true })
    for (const file of files.filter((f) => f.isFile())) {
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8')
      for (const match of text.matchAll(/(?:from\s+|import\(|require\()['"]([^'"./][^'"]*)['"]/gu)) {
        const specifier = match[1] ?? ''
        if (specifier.startsWith('node:')) continue
        const parts = specifier.split('/')
        imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier))
      }
    }
    expect(imported.size).toBeGreaterThan(0)
    expect([...imported].filter((name) => !declared.has(name))).toEqual([])
  })

  it('ships only the built app, in an asar, with the hardening fuses', async () => {
    const config = await loadConfig()
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('has a test build for the Windows workflow that differs only in the inspector fuse and its output folder', async () => {
    const release = await loadConfig()
    const unfused = await getConfig(projectDir, path.join(projectDir, 'electron-builder.unfused.yml'), null)
    await expect(validateConfiguration(unfused, new DebugLogger(false))).resolves.toBeUndefined()
    expect(unfused.electronFuses).toEqual({ ...release.electronFuses, enableNodeCliInspectArguments: true })
    expect(unfused.directories).toEqual({ ...release.directories, output: 'dist-unfused' })
    const without = (config: object) =>
      Object.fromEntries(
        Object.entries(config).filter(([key]) => !['extends', 'electronFuses', 'directories'].includes(key))
      )
    expect(without(unfused)).toEqual(without(release))
  })

  it('would reject a wrongly typed option, so the schema check is real', async () => {
    const config = { ...(await loadConfig()), nsis: { deleteAppDataOnUninstall: 'no' } } as unknown as Parameters<
      typeof validateConfiguration
    >[0]
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/deleteAppDataOnUninstall/u)
  })
})
