// The JSON Schema shipped for IT's editor (resources/it/policy.schema.json, beside the app as resources\it\…) is
// made from the app's own zod schema, so the two cannot drift: this test fails when they differ. To write it
// again after changing the policy's keys: UPDATE_POLICY_SCHEMA=1 npx vitest run test/unit/main/policySchema.test.ts
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import fc from 'fast-check'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { machinePolicySchema } from '../../../src/shared/machinePolicy'
import { readMachinePolicy } from '../../../src/main/policy'

const schemaFile = path.resolve(import.meta.dirname, '../../../resources/it/policy.schema.json')

/** The three sharing keys come together, and the password only with them (the zod schema's superRefine). */
const SYNC_KEYS = ['syncUrl', 'syncDatabase', 'syncUser']

function jsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(machinePolicySchema, { io: 'input' })
  return {
    ...generated,
    title: '開示等請求受付簿 IT のポリシー(policy.json)',
    description:
      '%ProgramData%\\KaijiUketsukebo\\policy.json に置きます。書かなかったキーは既定値になります(docs/it.md 3 章)。',
    dependentRequired: {
      ...Object.fromEntries(SYNC_KEYS.map((key) => [key, SYNC_KEYS.filter((other) => other !== key)])),
      syncPassword: SYNC_KEYS
    }
  }
}

/** As the repository formats JSON (prettier), so `npm run lint` passes on the written file. */
async function text(schema: unknown): Promise<string> {
  const options = await prettier.resolveConfig(schemaFile)
  return prettier.format(JSON.stringify(schema), { ...options, filepath: schemaFile })
}

describe('policy.schema.json for IT', () => {
  it('is the zod schema the app reads policy.json with', async () => {
    if (process.env.UPDATE_POLICY_SCHEMA) await writeFile(schemaFile, await text(jsonSchema()))
    // A checkout with Windows line endings holds the same schema.
    expect((await readFile(schemaFile, 'utf8')).replaceAll('\r\n', '\n')).toBe(await text(jsonSchema()))
  })

  it('names every key the app accepts, and no other', async () => {
    const shipped = JSON.parse(await readFile(schemaFile, 'utf8')) as {
      properties: Record<string, { description?: string }>
      additionalProperties: boolean
    }
    expect(Object.keys(shipped.properties).sort()).toEqual(Object.keys(machinePolicySchema.def.shape).sort())
    expect(shipped.additionalProperties).toBe(false)
    for (const [key, property] of Object.entries(shipped.properties))
      expect(property.description, key).toMatch(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u)
  })

  it('accepts and refuses the same policies as the app', async () => {
    const shipped = JSON.parse(await readFile(schemaFile, 'utf8')) as object
    const validate = new Ajv2020({ strict: false }).compile(shipped)
    // Each value is drawn mostly from good ones, sometimes from bad ones, so both answers come up often.
    const pick = <T>(good: T[], bad: T[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 })
    const folder = pick(['C:\\Kaiji', '\\\\nas01\\backup', 'D:\\'], ['Kaiji', 'C:', '..\\data', ''])
    const count = pick([5, 30, 48, 120], [0, -1, 48.5, 1441])
    const policy = fc.record(
      {
        dataDir: folder,
        backupDir: folder,
        backupIntervalMinutes: count,
        keepHourlyHours: count,
        keepDailyDays: count,
        keepMonthlyMonths: count,
        syncUrl: pick(['https://server01:6984', 'http://localhost:5984'], ['http://server01:5984', 'server01']),
        syncDatabase: pick(['clinic_db', 'oukeikai'], ['Clinic', '1db']),
        syncUser: pick(['pc01'], ['']),
        syncPassword: pick(['secret'], ['']),
        backupintervalminutes: fc.constant(30)
      },
      { requiredKeys: [] }
    )
    let accepted = 0
    fc.assert(
      fc.property(policy, (candidate) => {
        const byApp = machinePolicySchema.safeParse(candidate).success
        if (byApp) accepted++
        expect(validate(candidate), JSON.stringify(candidate)).toBe(byApp)
      }),
      { numRuns: 2_000 }
    )
    // Both answers were seen, so the agreement is not all refusals.
    expect(accepted).toBeGreaterThan(20)
  })

  it('lets a policy that points at it through "$schema" be read', () => {
    const file = 'C:\\ProgramData\\KaijiUketsukebo\\policy.json'
    const policy = {
      $schema: 'file:///C:/Program%20Files/KaijiUketsukebo/resources/it/policy.schema.json',
      backupIntervalMinutes: 30
    }
    expect(readMachinePolicy(file, { readText: () => JSON.stringify(policy) })).toEqual({
      ok: true,
      policy,
      found: true
    })
  })
})
