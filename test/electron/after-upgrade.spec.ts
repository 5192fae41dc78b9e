// Phase 2, after the next version (or the MSI) was installed over the first: the same register opens.
import { expect, test } from '@playwright/test'
import { loginAsManager } from '../e2e/desktop-steps'
import { appVersion, expectMachineWideData, launchApp } from './app'

test('after installing over the first version, the register and its request are still there', async () => {
  const { app, page } = await launchApp()
  if (process.env.EXPECTED_VERSION) expect(await appVersion(app)).toBe(process.env.EXPECTED_VERSION)
  await loginAsManager(page, 60_000)
  await expect(page.getByRole('link', { name: /\d{4}-0001/u })).toBeVisible()
  await app.close()
  expectMachineWideData()
})
