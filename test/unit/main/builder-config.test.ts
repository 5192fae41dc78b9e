import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const projectDir = path.resolve(import.meta.dirname, '../../..')

// No explicit path: electron-builder finds electron-builder.yml itself, as it will on the Windows runner.
async function loadConfig() {
  return getConfig(projectDir, null, null)
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is the configuration electron-builder would pick up (no "build" key in package.json)', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as Record<string, unknown>
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

  it('would reject a wrongly typed option, so the schema check is real', async () => {
    const config = { ...(await loadConfig()), nsis: { deleteAppDataOnUninstall: 'no' } } as unknown as Parameters<
      typeof validateConfiguration
    >[0]
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/deleteAppDataOnUninstall/u)
  })
})
