// Prepares a clinic's database on Apache CouchDB 3 (docs/it.md 「複数の PC で受付簿を共有する」): the database, the
// design document with validate_doc_update, the database's members, and one CouchDB user per PC. Every step first
// reads what is there, so running it again changes nothing that is already right. Plain Node 20 (global fetch).
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

export const DESIGN_DOC_ID = '_design/kaiji'
/** Users with this role may read the database but write nothing (head office). */
export const READER_ROLE = 'kaiji_reader'

const VALIDATE_FILE = new URL('../../resources/couchdb/validate_doc_update.js', import.meta.url)

/** A failure whose message IT may read as it is (Japanese, saying what to check). */
export class SetupError extends Error {
  constructor(message) {
    super(message)
    this.name = 'SetupError'
  }
}

/** The validate_doc_update source as CouchDB stores it: the function itself, nothing before it. */
export function readValidateSource() {
  const source = readFileSync(VALIDATE_FILE, 'utf8').trim()
  if (!source.startsWith('function ')) throw new SetupError(`${VALIDATE_FILE.pathname} が関数で始まっていません`)
  return source
}

export function designDocument(source = readValidateSource()) {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: source }
}

/** https, or http only to this machine: the admin password must not cross the network in clear. */
export function checkServerUrl(url) {
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    throw new SetupError(`サーバーの URL が正しくありません: ${url}`)
  }
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]'
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) return parsed.origin
  throw new SetupError(
    `サーバーの URL は https://サーバー名:6984 の形にしてください（http はこの PC の中でだけ使えます）: ${url}`
  )
}

/** name:password, split at the first colon (CouchDB user names cannot hold one; passwords may). */
export function parseAccount(text, option) {
  const at = text.indexOf(':')
  const name = at > 0 ? text.slice(0, at) : ''
  const password = at > 0 ? text.slice(at + 1) : ''
  if (name === '' || password === '' || name.startsWith('_')) {
    throw new SetupError(
      `${option} は 利用者名:パスワード の形で書いてください（利用者名は _ で始められません）: ${text}`
    )
  }
  return { name, password }
}

/** A small CouchDB client with basic authentication; answers { status, body } and never throws on an HTTP status. */
export function couchClient({ url, username, password, fetch = globalThis.fetch }) {
  const origin = url.replace(/\/+$/u, '')
  const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
  return async function request(method, path, body) {
    let response
    try {
      response = await fetch(`${origin}${path}`, {
        method,
        headers: {
          authorization,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' })
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      })
    } catch (error) {
      const detail = error instanceof Error ? (error.cause?.message ?? error.message) : String(error)
      throw new SetupError(`サーバー ${origin} に接続できません。URL とサーバーの状態を確かめてください。（${detail}）`)
    }
    const text = await response.text()
    let parsed
    try {
      parsed = text === '' ? {} : JSON.parse(text)
    } catch {
      parsed = { reason: text.slice(0, 200) }
    }
    return { status: response.status, body: parsed }
  }
}

function dbPath(database) {
  return `/${encodeURIComponent(database)}`
}

function unexpected(what, answer) {
  const reason = answer.body?.reason ?? answer.body?.error ?? ''
  return new SetupError(`${what}に失敗しました（HTTP ${answer.status} ${reason}）`)
}

const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/u

/**
 * Creates or brings up to date one clinic's database. `pcs` are created (or get the given password) as users who
 * may write; `readers` likewise but may only read; `members` are existing users added to the database's members.
 * Members are only ever added here: a PC is shut out by deleting its user (docs/it.md).
 */
export async function setupClinicDatabase(options, log = () => undefined) {
  const { admin, database } = options
  const pcs = options.pcs ?? []
  const readers = options.readers ?? []
  const members = options.members ?? []
  const origin = checkServerUrl(options.url)
  if (!DATABASE_NAME.test(database)) {
    throw new SetupError(
      `データベース名 ${database} は使えません（小文字の英字で始め、小文字・数字・_ などだけにしてください）`
    )
  }
  const request = couchClient({ url: origin, username: admin.name, password: admin.password, fetch: options.fetch })

  const session = await request('GET', '/_session')
  if (session.status !== 200 || !session.body?.userCtx?.roles?.includes('_admin')) {
    throw new SetupError(
      `${admin.name} としてサーバーの管理者になれません。管理者の名前とパスワードを確かめてください。`
    )
  }

  const users = await request('GET', '/_users')
  if (users.status === 404) {
    const created = await request('PUT', '/_users')
    if (created.status !== 201 && created.status !== 202) throw unexpected('_users データベースの作成', created)
    log('利用者のデータベース _users を作成しました。')
  } else if (users.status !== 200) {
    throw unexpected('_users データベースの確認', users)
  }

  const db = await request('GET', dbPath(database))
  if (db.status === 404) {
    const created = await request('PUT', dbPath(database))
    if (created.status !== 201 && created.status !== 202) throw unexpected(`データベース ${database} の作成`, created)
    log(`データベース ${database} を作成しました。`)
  } else if (db.status === 200) {
    log(`データベース ${database} はすでにあります。`)
  } else {
    throw unexpected(`データベース ${database} の確認`, db)
  }

  const wanted = designDocument(options.validateSource)
  const designPath = `${dbPath(database)}/${DESIGN_DOC_ID}`
  const design = await request('GET', designPath)
  if (design.status === 200 && design.body.validate_doc_update === wanted.validate_doc_update) {
    log(`検証の関数（${DESIGN_DOC_ID}）は最新です。`)
  } else if (design.status === 200 || design.status === 404) {
    const saved = await request(
      'PUT',
      designPath,
      design.status === 200 ? { ...wanted, _rev: design.body._rev } : wanted
    )
    if (saved.status !== 201 && saved.status !== 202) throw unexpected(`検証の関数（${DESIGN_DOC_ID}）の保存`, saved)
    log(`検証の関数（${DESIGN_DOC_ID}）を${design.status === 200 ? '更新' : '登録'}しました。`)
  } else {
    throw unexpected(`検証の関数（${DESIGN_DOC_ID}）の確認`, design)
  }

  const accounts = [...pcs.map((pc) => ({ ...pc, roles: [] })), ...readers.map((r) => ({ ...r, roles: [READER_ROLE] }))]
  for (const account of accounts) {
    const userPath = `/_users/${encodeURIComponent(`org.couchdb.user:${account.name}`)}`
    const existing = await request('GET', userPath)
    if (existing.status !== 200 && existing.status !== 404) throw unexpected(`利用者 ${account.name} の確認`, existing)
    const doc = {
      _id: `org.couchdb.user:${account.name}`,
      name: account.name,
      type: 'user',
      roles: account.roles,
      password: account.password,
      ...(existing.status === 200 ? { _rev: existing.body._rev } : {})
    }
    const saved = await request('PUT', userPath, doc)
    if (saved.status !== 201 && saved.status !== 202) throw unexpected(`利用者 ${account.name} の保存`, saved)
    const kind = account.roles.includes(READER_ROLE) ? '閲覧だけの利用者' : 'PC の利用者'
    log(
      existing.status === 200
        ? `${kind} ${account.name} のパスワードと役割を設定し直しました。`
        : `${kind} ${account.name} を作成しました。`
    )
  }

  const securityPath = `${dbPath(database)}/_security`
  const current = await request('GET', securityPath)
  if (current.status !== 200) throw unexpected(`データベース ${database} の利用者の確認`, current)
  const security = current.body ?? {}
  const names = security.members?.names ?? []
  const added = [...new Set([...accounts.map((a) => a.name), ...members])].filter((name) => !names.includes(name))
  if (added.length === 0 && names.length > 0) {
    log(`データベース ${database} を使える利用者: ${names.join('、')}（変更なし）`)
  } else {
    const next = {
      ...security,
      admins: { names: security.admins?.names ?? [], roles: security.admins?.roles ?? [] },
      members: { names: [...names, ...added], roles: security.members?.roles ?? [] }
    }
    if (next.members.names.length === 0) {
      throw new SetupError('データベースを使える利用者がいません。--pc か --member で少なくとも 1 人指定してください。')
    }
    const saved = await request('PUT', securityPath, next)
    if (saved.status !== 200 && saved.status !== 201) throw unexpected(`データベース ${database} の利用者の設定`, saved)
    log(`データベース ${database} を使える利用者: ${next.members.names.join('、')}（追加: ${added.join('、')}）`)
  }
  return { database, members: [...names, ...added] }
}

export const USAGE = `使い方:
  node scripts/couchdb-setup.mjs --url https://サーバー名:6984 --database データベース名 --admin 管理者名
      [--pc 利用者名:パスワード]... [--reader 利用者名:パスワード]... [--member 利用者名]...
  管理者のパスワードは環境変数 COUCHDB_ADMIN_PASSWORD で渡します（--admin-password でも渡せますが、履歴に残ります）。
  --pc      受付簿を書く PC の利用者（PC ごとに 1 人）を作成し、データベースを使えるようにします。
  --reader  閲覧だけの利用者（本部の複製用）を作成し、データベースを使えるようにします。
  --member  すでにある利用者をデータベースを使える利用者に加えます。
  何度実行しても同じ結果になります。`

/** The command line: options for setupClinicDatabase, or a SetupError saying what is missing. */
export function parseCommandLine(argv, env) {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        database: { type: 'string' },
        admin: { type: 'string' },
        'admin-password': { type: 'string' },
        pc: { type: 'string', multiple: true },
        reader: { type: 'string', multiple: true },
        member: { type: 'string', multiple: true },
        help: { type: 'boolean' }
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    throw new SetupError(
      `オプションが正しくありません（${error instanceof Error ? error.message : String(error)}）\n${USAGE}`
    )
  }
  if (values.help) return null
  const missing = ['url', 'database', 'admin'].filter((key) => !values[key])
  if (missing.length > 0)
    throw new SetupError(`${missing.map((k) => `--${k}`).join('、')} を指定してください。\n${USAGE}`)
  const password = values['admin-password'] ?? env.COUCHDB_ADMIN_PASSWORD
  if (!password)
    throw new SetupError('管理者のパスワードを環境変数 COUCHDB_ADMIN_PASSWORD に入れてから実行してください。')
  return {
    url: values.url,
    database: values.database,
    admin: { name: values.admin, password },
    pcs: (values.pc ?? []).map((text) => parseAccount(text, '--pc')),
    readers: (values.reader ?? []).map((text) => parseAccount(text, '--reader')),
    members: values.member ?? []
  }
}

/** The whole command: prints what it did; answers the exit code. */
export async function main(argv, env, out = console.log, err = console.error) {
  try {
    const options = parseCommandLine(argv, env)
    if (options === null) {
      out(USAGE)
      return 0
    }
    await setupClinicDatabase(options, out)
    out('完了しました。')
    return 0
  } catch (error) {
    if (error instanceof SetupError) err(`エラー: ${error.message}`)
    else err(`エラー: 予期しない問題が起きました（${error instanceof Error ? error.message : String(error)}）`)
    return 1
  }
}
