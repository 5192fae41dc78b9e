// In-page seed of a register as a clinic has it after some years: requests received on every day of the span,
// kinds and requesters in a clinic's proportions, and each request worked through the app's own repository
// functions (identity check, investigation, decision, approval, letter, close; or withdrawn, identity failed,
// still open when recent), each step stamped on its own day through the context's clock.
// Runs inside the page via page.evaluate, so it must be self-contained.
export async function seedSliceInPage({ from, count, today, firstDay }) {
  const r = window.__register
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
  await r.importRequests(r.ctx, manager, intakes, settings.deadline)
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
      await r.applyRequestEvent(ctx, actor, id, event)
      stats.events += 1
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
    await ev(manager, addDays(d0, 6), 16, { type: 'approve', comment: '' })
    if (stage < 7) return
    const letterDay = addDays(d0, 7 + rand(rand(10) === 0 ? 20 : 7))
    const record = await r.getRequest(r.ctx, id)
    const templateId = r.decisionLetterOf(record)
    const ctx = { ...r.ctx, now: () => at(letterDay, 11) }
    await r.issueLetter(
      ctx,
      reception,
      id,
      { templateId, issuedOn: letterDay, sentBy: 'post', output: 'print' },
      settings
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
    await db.transaction('rw', db.tables, async () => {
      for (const intake of batch) await work(intake)
    })
  }
  return { ...stats, importMs, workMs: performance.now() - t1 }
}
