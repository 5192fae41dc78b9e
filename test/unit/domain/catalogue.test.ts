/// <reference types="node" />
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REQUEST_KINDS, REQUEST_KIND_IDS, kindById } from '../../../src/renderer/src/domain/catalogue'
import { OUTCOMES } from '../../../src/renderer/src/domain/outcomes'

const SHARED = path.resolve(import.meta.dirname, '../../../../shared')
const spec = readFileSync(path.join(SHARED, 'SPEC.md'), 'utf8')
const policyLines = readFileSync(path.join(SHARED, 'policy/privacy-policy.ja.txt'), 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())

/** The rows of SPEC.md's "Request kinds" table: | id | label | APPI | policy section |. */
function specKinds(): { id: string; label: string; article: string; section: string }[] {
  const lines = spec.slice(spec.indexOf('## Request kinds')).split('\n')
  const start = lines.findIndex((l) => l.startsWith('|'))
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'))
  return lines
    .slice(start + 2, end) // skip the header and the | --- | row
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
    )
    .map(([id = '', label = '', article = '', section = '']) => ({ id, label, article, section }))
}

describe('request-kind catalogue', () => {
  const fromSpec = specKinds()

  it('holds exactly the ten kinds of SPEC.md, in its order, with their labels and articles', () => {
    expect(fromSpec).toHaveLength(10)
    expect(REQUEST_KIND_IDS).toHaveLength(10)
    expect(REQUEST_KINDS.map((k) => ({ id: k.id, label: k.label, article: k.article }))).toEqual(
      fromSpec.map(({ id, label, article }) => ({ id, label, article }))
    )
    expect(REQUEST_KINDS.map((k) => k.id)).toEqual([...REQUEST_KIND_IDS])
  })

  it('names the policy section of SPEC.md, and that section exists in the policy', () => {
    for (const row of fromSpec.filter((r) => !r.section.startsWith('—'))) {
      const kind = kindById(row.id as (typeof REQUEST_KIND_IDS)[number])
      expect(kind.policySection, row.id).toBe(row.section)
      for (const heading of kind.policySection.split(' / ')) expect(policyLines, heading).toContain(heading)
    }
  })

  it('allows a fee only for purpose, disclosure, third-party records and the bereaved (APPI 38条)', () => {
    const withFee = REQUEST_KINDS.filter((k) => k.feeAllowed)
      .map((k) => k.id)
      .sort()
    expect(withFee).toEqual(['bereaved', 'disclosure', 'purpose', 'thirdPartyRecord'])
    expect(kindById('correction').feeAllowed).toBe(false)
    expect(kindById('suspension').feeAllowed).toBe(false)
  })

  it.each(REQUEST_KINDS.map((k) => [k.id, k] as const))(
    '%s: every outcome exists and has a letter template',
    (_id, kind) => {
      expect(kind.outcomes.length).toBeGreaterThan(0)
      const known = new Set(OUTCOMES.map((o) => o.id))
      for (const outcome of kind.outcomes) {
        expect(known.has(outcome), outcome).toBe(true)
        expect(kind.letterByOutcome[outcome], `${kind.id}/${outcome}`).toEqual(expect.stringMatching(/\S/))
      }
    }
  )

  it('asks no disclosure method for complaints and inquiries, but does for disclosure requests', () => {
    expect(kindById('complaint').asksDisclosureMethod).toBe(false)
    expect(kindById('inquiry').asksDisclosureMethod).toBe(false)
    expect(kindById('disclosure').asksDisclosureMethod).toBe(true)
    expect(kindById('thirdPartyRecord').asksDisclosureMethod).toBe(true)
  })

  it('offers the outcomes SPEC.md lists for disclosure, correction and suspension', () => {
    expect(kindById('disclosure').outcomes).toEqual(['fullDisclosure', 'partialDisclosure', 'nonDisclosure', 'noData'])
    expect(kindById('correction').outcomes).toEqual(['done', 'notDone'])
    expect(kindById('suspension').outcomes).toEqual(['done', 'alternative', 'notDone'])
    expect(kindById('thirdPartyStop').outcomes).toEqual(['done', 'alternative', 'notDone'])
  })

  it('lets only complaints and inquiries proceed without identity verification', () => {
    expect(
      REQUEST_KINDS.filter((k) => !k.identityRequired)
        .map((k) => k.id)
        .sort()
    ).toEqual(['complaint', 'inquiry'])
  })
})
