// In-page seed of a register as a clinic has it after some years: requests received on every day of the span,
// kinds and requesters in a clinic's proportions, and each request worked through the app's own repository
// functions (identity check, investigation, decision, approval, letter, close; or withdrawn, identity failed,
// still open when recent), each step stamped on its own day through the context's clock.
// Runs inside the page via page.evaluate, so it must be self-contained.
// With `timing`, each repository call kind's count and total time (ms) comes back too, and each outer transaction's
// commit (the time from its last call's end to `complete`).
export async function seedSliceInPage({ from, count, today, firstDay, timing = false }) {
  const r = window.__register
  const times = {}
  const timed = async (kind, call) => {
    if (!timing) return call()
    const t = performance.now()
    try {
      return await call()
    } finally {
      const e = (times[kind] ??= { n: 0, ms: 0 })
      e.n += 1
      e.ms += performance.now() - t
    }
  }
  const headSeq = () =>
    r.ctx.db.audit
      .where('[deviceId+deviceSeq]')
      .between([r.ctx.deviceId, -Infinity], [r.ctx.deviceId, [[]]])
      .last()
      .then((e) => e?.deviceSeq ?? 0)
  const seq0 = await headSeq()
  const BATCH = 250
  const DAY = 86_400_000
  const addDays = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
  // No step is stamped after now (a letter's issuedOn may not be in the future).
  const at = (d, hour) =>
    new Date(Math.min(Date.now(), Date.parse(`${d}T${String(hour).padStart(2, '0')}:15:00+09:00`)))
  let state = (from * 2654435761 + 17) >>> 0
  const rand = (n) => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state % n
  }
  const pick = (weighted) => {
    let x = rand(1000)
    for (const [value, w] of weighted) if ((x -= w) < 0) return value
    return weighted[0][0]
  }
  const families = [
    '山田ヤマダ',
    '佐藤サトウ',
    '鈴木スズキ',
    '高橋タカハシ',
    '田中タナカ',
    '伊藤イトウ',
    '渡辺ワタナベ',
    '中村ナカムラ',
    '小林コバヤシ',
    '加藤カトウ',
    '吉田ヨシダ',
    '山本ヤマモト',
    '松本マツモト',
    '井上イノウエ',
    '木村キムラ',
    '林ハヤシ',
    '清水シミズ',
    '山崎ヤマザキ',
    '森モリ',
    '池田イケダ',
    '橋本ハシモト',
    '阿部アベ',
    '石川イシカワ',
    '前田マエダ',
    '藤田フジタ',
    '小川オガワ',
    '岡田オカダ',
    '後藤ゴトウ',
    '長谷川ハセガワ',
    '村上ムラカミ',
    '近藤コンドウ',
    '石井イシイ'
  ]
  const givens = [
    '太郎タロウ',
    '花子ハナコ',
    '健ケン',
    '美咲ミサキ',
    '翔ショウ',
    '陽菜ヒナ',
    '大輔ダイスケ',
    '結衣ユイ',
    '蓮レン',
    '葵アオイ',
    '誠マコト',
    '恵メグミ',
    '悠真ユウマ',
    '凛リン',
    '直樹ナオキ',
    '由美ユミ',
    '浩二コウジ',
    '和子カズコ',
    '勇イサム',
    '幸子サチコ'
  ]
  const split = (s) => {
    const i = s.search(/[ァ-ヶ]/u)
    return [s.slice(0, i), s.slice(i)]
  }
  const kinds = [
    ['disclosure', 430],
    ['purpose', 70],
    ['thirdPartyRecord', 30],
    ['correction', 90],
    ['suspension', 50],
    ['thirdPartyStop', 20],
    ['marketingOptOut', 130],
    ['complaint', 60],
    ['inquiry', 120]
  ]
  const outcome = {
    purpose: ['notify', ''],
    disclosure: ['fullDisclosure', ''],
    thirdPartyRecord: ['fullDisclosure', ''],
    correction: ['done', ''],
    suspension: ['notDone', '利用停止の理由に当たらないため'],
    thirdPartyStop: ['notDone', '第三者提供を行っていないため'],
    marketingOptOut: ['done', ''],
    complaint: ['answered', ''],
    inquiry: ['answered', '']
  }
  const span = Math.round((Date.parse(today) - Date.parse(firstDay)) / DAY)
  const intakes = []
  for (let i = from; i < from + count; i++) {
    const [f, fk] = split(families[rand(families.length)])
    const [g, gk] = split(givens[rand(givens.length)])
    const kind = pick(kinds)
    const agent = rand(10) === 0
    const medical = kind === 'disclosure' && rand(2) === 0
    intakes.push({
      receivedOn: addDays(firstDay, rand(span)),
      channel: pick([
        ['counter', 550],
        ['post', 250],
        ['phone', 100],
        ['email', 100]
      ]),
      kind,
      person: {
        name: `${f} ${g}`,
        nameKana: `${fk} ${gk}`,
        birthDate: `19${40 + rand(60)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`,
        patientNo: String(100000 + i),
        postalCode: '105-0001',
        address: '東京都港区虎ノ門4丁目3番10号',
        phone: `0${3 + rand(7)}-${1000 + rand(9000)}-${1000 + rand(9000)}`,
        email: ''
      },
      requester: agent
        ? {
            type: 'legalAgent',
            agentName: `${f} ${split(givens[rand(givens.length)])[0]}`,
            agentKana: fk,
            relation: '母'
          }
        : { type: 'self', agentName: '', agentKana: '', relation: '' },
      dataCategories: kind === 'complaint' || kind === 'inquiry' ? [] : medical ? ['medicalRecord'] : ['appointments'],
      dataOther: '',
      requestGrounds: [],
      disclosureMethod: kind === 'disclosure' || kind === 'thirdPartyRecord' ? 'paper' : null,
      fee: null,
      details: ''
    })
  }
  intakes.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
  const [manager] = await r.listStaff(r.ctx)
  const reception =
    (await r.listStaff(r.ctx)).find((s) => s.role === 'reception') ??
    (await r.addStaff(r.ctx, manager, { name: '計測 受付', role: 'reception', pinHash: '' }))
  const settings = await r.loadSettings(r.ctx)
  const t0 = performance.now()
  await timed('importRequests', () => r.importRequests(r.ctx, manager, intakes, settings.deadline))
  const importMs = performance.now() - t0
  // uuid v7 ids follow creation order: the newest `count` summaries are this slice.
  const created = await r.ctx.db.summaries.orderBy(':id').reverse().limit(count).toArray()
  const idOf = new Map(created.map((s) => [s.patientNo, s.id]))

  const stats = { events: 0, letters: 0, importMs: 0, workMs: 0 }
  async function work(intake) {
    const id = idOf.get(intake.person.patientNo)
    const d0 = intake.receivedOn
    const age = Math.round((Date.parse(today) - Date.parse(d0)) / DAY)
    const ev = async (actor, day, hour, event) => {
      const ctx = { ...r.ctx, now: () => at(day, hour) }
      const next = await timed(`applyRequestEvent ${event.type}`, () => r.applyRequestEvent(ctx, actor, id, event))
      stats.events += 1
      return next
    }
    // Recent requests are still being worked; a few old ones are a backlog past their target.
    const stage = age < 30 ? rand(7) : rand(1000) < 5 ? rand(5) : 7
    const end = rand(100)
    if (stage === 0) return
    if (stage === 7 && end < 4)
      return ev(reception, addDays(d0, 3), 11, { type: 'withdraw', reason: '電話で取下げの申出' })
    // 苦情・相談 need no identity check, so they never fail one.
    if (stage === 7 && end < 7 && intake.kind !== 'complaint' && intake.kind !== 'inquiry')
      return ev(reception, addDays(d0, 2), 10, { type: 'markIdentityFailed', reason: '書類が届かない' })
    await ev(reception, addDays(d0, 1), 10, {
      type: 'recordIdentity',
      check: {
        documents: intake.requester.type === 'self' ? ['driversLicense'] : ['familyRegister', 'agentId'],
        method: 'counter',
        result: 'verified',
        note: ''
      }
    })
    if (stage === 1) return
    await ev(reception, addDays(d0, 3), 14, {
      type: 'saveInvestigation',
      investigation: {
        searched: '電子カルテ・予約システム',
        found: '該当あり',
        doctorOpinion: '開示に支障なし',
        doctorName: '院長'
      }
    })
    if (stage === 2) return ev(reception, addDays(d0, 4), 9, { type: 'hold', reason: '請求内容の確認待ち' })
    const [oc, reason] = outcome[intake.kind]
    await ev(reception, addDays(d0, 5), 15, {
      type: 'submitDecision',
      decision: {
        outcome: oc,
        groundIds: [],
        reason,
        withheldParts: '',
        actionTaken: '対応しました',
        methodChangedToPaper: false,
        methodChangeReason: '',
        disclosureDate: ''
      }
    })
    if (stage === 3) return
    // The approved request as written: its decision picks the letter, as the request page does.
    const approved = await ev(manager, addDays(d0, 6), 16, { type: 'approve', comment: '' })
    if (stage < 7) return
    const letterDay = addDays(d0, 7 + rand(rand(10) === 0 ? 20 : 7))
    const templateId = r.decisionLetterOf(approved)
    const ctx = { ...r.ctx, now: () => at(letterDay, 11) }
    await timed('issueLetter', () =>
      r.issueLetter(ctx, reception, id, { templateId, issuedOn: letterDay, sentBy: 'post', output: 'print' }, settings)
    )
    stats.letters += 1
    stats.events += 1
    if (end < 40) await ev(reception, addDays(letterDay, 14), 10, { type: 'close' })
  }
  // IndexedDB pays per transaction (and the register's are flushed to disk), and its read-write transactions on
  // the audit chain run one at a time anyway: so each batch of requests is worked inside one outer transaction,
  // which every repository call joins (Dexie nests them). The calls are the app's own; only the commits are fewer.
  const { db } = r.ctx
  const t1 = performance.now()
  for (let i = 0; i < intakes.length; i += BATCH) {
    const batch = intakes.slice(i, i + BATCH)
    let lastCall = 0
    const t = performance.now()
    await db.transaction('rw', db.tables, async () => {
      for (const intake of batch) await work(intake)
      lastCall = performance.now()
    })
    if (timing) {
      const e = (times['commit (outer transaction)'] ??= { n: 0, ms: 0 })
      e.n += 1
      e.ms += performance.now() - lastCall
      const w = (times['outer transaction, whole'] ??= { n: 0, ms: 0 })
      w.n += 1
      w.ms += performance.now() - t
    }
  }
  return { ...stats, importMs, workMs: performance.now() - t1, audit: (await headSeq()) - seq0, times }
}

/** The first start as staff do it: the first manager with the bench's PIN, and the 復旧コード sheet. */
export async function registerFirstManager(page, pin) {
  await page.getByRole('textbox', { name: '氏名(表示名)' }).fill('計測 管理')
  await page.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(pin)
  await page.getByRole('textbox', { name: 'PIN(確認)' }).fill(pin)
  await page.getByRole('button', { name: '登録して始める' }).click()
  // The 復旧コード sheet for the safe comes once, before the register opens.
  await page.getByRole('button', { name: '印刷して保管しました' }).click()
  await page.getByRole('navigation').waitFor()
}

const SLICE = 2_500

/**
 * Fills the register open in `page` from `from` to `to` requests, in slices of 2,500 (one page.evaluate each).
 * Returns the sums of the slices: workflow events, letters, audit entries, milliseconds of import and of workflow,
 * and with `timing` each repository call kind's count and milliseconds.
 */
export async function fillRegister(page, { from, to, today, firstDay, timing = false, onProgress = () => {} }) {
  const sum = { events: 0, letters: 0, audit: 0, importMs: 0, workMs: 0, times: {} }
  for (let done = from; done < to;) {
    const n = Math.min(SLICE, to - done)
    const s = await page.evaluate(seedSliceInPage, { from: done, count: n, today, firstDay, timing })
    // The anchor's head, as the app writes it after its commits (the seed page writes it once a slice).
    await page.evaluate(() => window.__register.anchorHead())
    for (const k of ['events', 'letters', 'audit', 'importMs', 'workMs']) sum[k] += s[k]
    for (const [k, v] of Object.entries(s.times)) {
      const e = (sum.times[k] ??= { n: 0, ms: 0 })
      e.n += v.n
      e.ms += v.ms
    }
    done += n
    onProgress(done)
  }
  return sum
}

/** One line of the fill's rate, and with timing a table of where its time went. */
export function fillReport(from, to, secs, sum) {
  const n = to - from
  const lines = [
    `fill ${from.toLocaleString('en')} → ${to.toLocaleString('en')}: ${secs.toFixed(0)} s, ` +
      `${(n / secs).toFixed(1)} requests/s, ${(sum.audit / secs).toFixed(0)} audit entries/s ` +
      `(${sum.audit.toLocaleString('en')} audit entries; importRequests ${(sum.importMs / 1000).toFixed(0)} s; ` +
      `${sum.events.toLocaleString('en')} workflow events and ${sum.letters.toLocaleString('en')} letters ` +
      `${(sum.workMs / 1000).toFixed(0)} s)`
  ]
  const kinds = Object.entries(sum.times).sort((a, b) => b[1].ms - a[1].ms)
  for (const [k, v] of kinds)
    lines.push(
      `  ${k.padEnd(40)} ×${String(v.n).padStart(7)}  ${(v.ms / 1000).toFixed(1).padStart(7)} s  ` +
        `${(v.ms / v.n).toFixed(2).padStart(8)} ms each`
    )
  return lines.join('\n')
}

/**
 * The page the register is filled from: the web build's seed page (`?bench-seed`, src/renderer/src/app/
 * benchSeedPage.ts), the register opened without any screen, so no live query, anchor count or backup runs beside
 * the writes, and its transactions commit with relaxed durability. `base` is the app's address.
 */
export async function openSeedPage(page, base) {
  await page.goto(`${base}?bench-seed`)
  await page.waitForFunction(() => 'anchorHead' in (window.__register ?? {}))
}

/** Back to the app itself (its PIN screen), from the seed page. */
export async function closeSeedPage(page, base) {
  await page.goto(base)
}
