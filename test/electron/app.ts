// Launching the installed app and looking at the machine-wide register folder, for the Windows workflow's suite.
/// <reference types="node" />
import { existsSync } from 'node:fs'
import path from 'node:path'
import { _electron as electron, expect, type ElectronApplication, type Page } from '@playwright/test'

function required(name: string): string {
  const value = process.env[name]
  if (value === undefined || value === '')
    throw new Error(`${name} must be set (see .github/workflows/windows-installer.yml)`)
  return value
}

/** %ProgramData%\KaijiUketsukebo: the one register of this PC, whichever Windows user runs the app. */
export function machineFolder(): string {
  return path.join(required('ProgramData'), 'KaijiUketsukebo')
}

export const dataFolder = (): string => path.join(machineFolder(), 'data')
export const profileFolder = (): string => path.join(dataFolder(), 'profile')
export const lockFile = (): string => path.join(dataFolder(), 'register.lock')
/** Where 0.1.0 kept a register per Windows user; the new version must not create it. */
export const legacyFolder = (): string => path.join(required('APPDATA'), 'KaijiUketsukebo')

export async function launchApp(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ executablePath: required('APP_EXE'), args: [], timeout: 120_000 })
  const page = await app.firstWindow({ timeout: 120_000 })
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

export async function appVersion(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ app: electronApp }) => electronApp.getVersion())
}

/** Answers the next save dialogs in main with this path, as a person choosing it would. */
export async function answerSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    const answer = () => Promise.resolve({ canceled: false, filePath: chosen })
    Object.assign(dialog, { showSaveDialog: answer })
  }, filePath)
}

export function expectMachineWideData(): void {
  expect(existsSync(path.join(profileFolder(), 'IndexedDB')), 'IndexedDB in the machine-wide profile').toBe(true)
  expect(existsSync(legacyFolder()), 'no per-user register in %APPDATA%').toBe(false)
}
