/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  restoreSettings,
  settingsFee,
  settingsSchema
} from '../../../src/renderer/src/domain/settings'
import { REQUEST_KIND_IDS, kindById } from '../../../src/renderer/src/domain/catalogue'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { readPolicyText } from '../policyText'

const policy = readPolicyText()

describe('restoreSettings', () => {
  it('starts from the one default deadline rule: 14 calendar days, closed on Sundays', () => {
    expect(DEFAULT_SETTINGS.deadline).toEqual(DEFAULT_DEADLINE_RULE)
    expect(DEFAULT_SETTINGS.deadline.closedWeekdays).toEqual([0])
    // A copy, so editing the settings never changes the shared default.
    expect(DEFAULT_SETTINGS.deadline.closedWeekdays).not.toBe(DEFAULT_DEADLINE_RULE.closedWeekdays)
  })

  it('gives the defaults for nothing saved or unreadable rows', () => {
    for (const raw of [undefined, null, 'garbage', 42, [], {}]) expect(restoreSettings(raw)).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps the groups that parse and refills only the missing or damaged ones', () => {
    const saved = {
      letterhead: { ...DEFAULT_SETTINGS.letterhead, clinicName: '桜恵クリニック', phone: '03-0000-1111' },
      deadline: { days: 'fourteen', mode: 'calendar' },
      dateStyle: 'seireki',
      idleLockMinutes: 0,
      maskNames: false
    }
    const restored = restoreSettings(saved)
    expect(restored.letterhead.clinicName).toBe('桜恵クリニック')
    expect(restored.letterhead.phone).toBe('03-0000-1111')
    expect(restored.dateStyle).toBe('seireki')
    expect(restored.maskNames).toBe(false)
    expect(restored.deadline).toEqual(DEFAULT_SETTINGS.deadline)
    expect(restored.idleLockMinutes).toBe(DEFAULT_SETTINGS.idleLockMinutes)
    expect(restored.fees).toEqual(DEFAULT_SETTINGS.fees)
    expect(restored.retentionYears).toBe(DEFAULT_SETTINGS.retentionYears)
  })

  it('returns settings that pass the schema', () => {
    expect(settingsSchema.safeParse(restoreSettings({ letterhead: { corporationName: '' } })).success).toBe(true)
  })
})

describe('default settings', () => {
  it('carry the policy’s contact window, phone, corporation and representative', () => {
    const { letterhead } = DEFAULT_SETTINGS
    expect(policy).toContain(letterhead.windowName)
    expect(policy).toContain(`TEL: ${letterhead.phone}`)
    expect(policy).toContain(letterhead.corporationName)
    expect(policy).toContain(`代表者: ${letterhead.representative}`)
    expect(letterhead.windowName).toBe('美容×医療のオープンカンファレンス 事務局')
  })

  it('aim at 14 calendar days (APPI 39条)', () => {
    expect(DEFAULT_SETTINGS.deadline).toMatchObject({ days: 14, mode: 'calendar' })
  })

  it('pass their own schema', () => {
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true)
  })
})

describe('settingsFee', () => {
  const fees = { purpose: 300, disclosure: 1000 }

  it('gives the purpose fee to purpose notices and the disclosure fee to both kinds of disclosure', () => {
    expect(settingsFee('purpose', fees)).toBe(300)
    expect(settingsFee('disclosure', fees)).toBe(1000)
    expect(settingsFee('thirdPartyRecord', fees)).toBe(1000)
  })

  it('gives nothing to kinds the catalogue charges no fee for, nor to the bereaved (charged case by case)', () => {
    for (const id of REQUEST_KIND_IDS) {
      if (!kindById(id).feeAllowed) expect(settingsFee(id, fees), id).toBeNull()
    }
    expect(settingsFee('bereaved', fees)).toBeNull()
  })
})
