// Phase 1, on a freshly installed PC: the first manager, an intake, a letter saved as PDF through main, and a restart.
/// <reference types="node" />
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import {
  expectFirstRequestInRegister,
  issueLetterAsPdf,
  loginAsManager,
  previewDocumentRequestLetter,
  saveFirstIntake
} from '../e2e/desktop-steps'
import { registerFirstManager } from '../e2e/helpers'
import { answerSaveDialog, appVersion, expectMachineWideData, launchApp, lockFile } from './app'

// The same screens are driven in the browser by test/e2e/desktop-steps.spec.ts on every Linux CI run.
test('the installed app registers a manager, saves an intake and a PDF letter, and keeps them over a restart', async () => {
  const { app, page } = await launchApp()
  if (process.env.EXPECTED_VERSION) expect(await appVersion(app)).toBe(process.env.EXPECTED_VERSION)

  await registerFirstManager(page, 60_000)
  expect(existsSync(lockFile()), 'the register lock is held while the app runs').toBe(true)

  await saveFirstIntake(page)
  // Documents missing at the counter: the request letter for them is printed to PDF by main and read back.
  await previewDocumentRequestLetter(page)
  const pdfPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'kaiji-pdf-')), 'letter.pdf')
  await answerSaveDialog(app, pdfPath)
  await issueLetterAsPdf(page)
  const pdf = readFileSync(pdfPath)
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF')
  expect(pdf.byteLength).toBeGreaterThan(10_000)

  await expectFirstRequestInRegister(page)
  await app.close()
  expect(existsSync(lockFile()), 'the register lock is released on quit').toBe(false)
  expectMachineWideData()

  const again = await launchApp()
  await loginAsManager(again.page, 60_000)
  await expect(again.page.getByRole('link', { name: /\d{4}-0001/u })).toBeVisible()
  await again.app.close()
})
