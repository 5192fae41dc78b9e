function validateDocUpdate(newDoc, oldDoc, userCtx) {
  // The clinic's CouchDB database accepts only the register's own documents (SPEC.md "Sharing the register between
  // PCs"): audit entries, device and clinic documents are insert-only, 受付番号 blocks are leased by appending to a
  // numbering document. scripts/couchdb/setup.mjs installs this function as _design/kaiji. ES5 only: CouchDB's
  // JavaScript engine runs it. Server admins (head-office replication) skip the writer check, never the other rules.
  // What this function cannot see: CouchDB passes no old document when a replicated write starts a new revision
  // branch, so a PC must still treat a document that has conflicts as suspect (docs/it.md).
  var roles = (userCtx && userCtx.roles) || []
  var isAdmin = roles.indexOf('_admin') !== -1
  var id = String(newDoc._id)
  var uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

  function refuse(message) {
    throw { forbidden: message }
  }

  function isString(value) {
    return typeof value === 'string' && value.length > 0
  }

  function isWholeNumber(value) {
    return typeof value === 'number' && value % 1 === 0 && value >= 1 && value <= 9007199254740991
  }

  function onlyKeys(doc, allowed, what) {
    for (var key in doc) {
      if (Object.prototype.hasOwnProperty.call(doc, key) && key !== '_id' && key !== '_rev' && key !== '_revisions') {
        if (allowed.indexOf(key) === -1) refuse(what + 'に知らない項目 ' + key + ' があります')
      }
    }
  }

  function checkWriter(writer) {
    if (!isString(writer)) refuse('書き手がありません')
    if (!isAdmin && writer !== userCtx.name) refuse('この PC の利用者名と書き手が一致しません')
  }

  if (id.indexOf('_design/') === 0) {
    if (!isAdmin) refuse('設計文書はサーバーの管理者だけが変更できます')
    return
  }
  if (!isAdmin && roles.indexOf('kaiji_reader') !== -1) refuse('この利用者は閲覧だけができます')
  if (newDoc._deleted === true) refuse('受付簿の文書は削除できません')
  if (newDoc._attachments) refuse('受付簿の文書に添付ファイルは付けられません')

  var entryId = new RegExp('^(' + uuid + '):([0-9]{10})$').exec(id)
  if (entryId) {
    if (oldDoc) refuse('記録は変更できません')
    onlyKeys(newDoc, ['type', 'writer', 'entry', 'credential'], '記録')
    // A staff entry's PIN hash rides beside it; the receiving PC checks it against the digest the entry names.
    if ('credential' in newDoc && newDoc.credential !== null && typeof newDoc.credential !== 'string')
      refuse('記録の credential が正しくありません')
    if (newDoc.type !== 'entry') refuse('記録の種類が正しくありません')
    checkWriter(newDoc.writer)
    var entry = newDoc.entry
    if (!entry || typeof entry !== 'object') refuse('記録の中身がありません')
    if (entry.deviceId !== entryId[1]) refuse('記録の端末 ID が文書 ID と一致しません')
    if (entry.deviceSeq !== parseInt(entryId[2], 10) || !isWholeNumber(entry.deviceSeq)) {
      refuse('記録の番号が文書 ID と一致しません')
    }
    var texts = ['id', 'clinicId', 'at', 'actorId', 'entity', 'entityId', 'action', 'payloadHash', 'prevHash', 'hash']
    for (var t = 0; t < texts.length; t++) {
      if (!isString(entry[texts[t]])) refuse('記録の ' + texts[t] + ' がありません')
    }
    if (typeof entry.actorName !== 'string' || typeof entry.summary !== 'string')
      refuse('記録の操作者名か要約がありません')
    if (!('payload' in entry)) refuse('記録の payload がありません')
    return
  }

  var deviceId = new RegExp('^device:(' + uuid + ')$').exec(id)
  if (deviceId) {
    if (oldDoc) refuse('端末の登録は変更できません')
    onlyKeys(newDoc, ['type', 'writer', 'deviceId', 'clinicId', 'createdAt'], '端末の登録')
    if (newDoc.type !== 'device') refuse('端末の登録の種類が正しくありません')
    checkWriter(newDoc.writer)
    if (newDoc.deviceId !== deviceId[1]) refuse('端末 ID が文書 ID と一致しません')
    if (!isString(newDoc.clinicId) || !isString(newDoc.createdAt))
      refuse('端末の登録に医療機関 ID か作成日時がありません')
    return
  }

  if (id === 'clinic') {
    if (oldDoc) refuse('医療機関の登録は変更できません')
    onlyKeys(newDoc, ['type', 'clinicId', 'createdAt'], '医療機関の登録')
    if (newDoc.type !== 'clinic') refuse('医療機関の登録の種類が正しくありません')
    if (!isString(newDoc.clinicId) || !isString(newDoc.createdAt)) refuse('医療機関 ID か作成日時がありません')
    return
  }

  var year = /^numbering:([0-9]{4})$/.exec(id)
  if (year) {
    onlyKeys(newDoc, ['type', 'year', 'next', 'leases'], '採番')
    if (newDoc.type !== 'numbering') refuse('採番の種類が正しくありません')
    if (newDoc.year !== parseInt(year[1], 10)) refuse('採番の年が文書 ID と一致しません')
    if (!isWholeNumber(newDoc.next)) refuse('採番の次の番号は 1 以上の整数です')
    var leases = newDoc.leases
    if (Object.prototype.toString.call(leases) !== '[object Array]') refuse('採番の払い出し記録がありません')
    var before = oldDoc ? oldDoc.leases || [] : []
    var from = oldDoc ? oldDoc.next : 1
    if (newDoc.next < from) refuse('採番の次の番号は戻せません')
    for (var i = 0; i < before.length; i++) {
      var was = before[i]
      var now = leases[i]
      if (
        !now ||
        now.deviceId !== was.deviceId ||
        now.writer !== was.writer ||
        now.from !== was.from ||
        now.to !== was.to ||
        now.at !== was.at
      ) {
        refuse('払い出し済みの番号の記録は変更できません')
      }
    }
    var added = leases.length - before.length
    // A PC takes one block at a time; head-office replication (admin) may bring several at once.
    if (added < 1 || (!isAdmin && added !== 1)) refuse('払い出しの記録はちょうど 1 件追加してください')
    for (var j = before.length; j < leases.length; j++) {
      var lease = leases[j]
      if (!lease || typeof lease !== 'object') refuse('払い出しの記録が正しくありません')
      onlyKeys(lease, ['deviceId', 'writer', 'from', 'to', 'at'], '払い出しの記録')
      if (!isString(lease.deviceId) || !isString(lease.at)) refuse('払い出しの記録に端末 ID か日時がありません')
      checkWriter(lease.writer)
      // A register numbered on one PC before it was shared starts its first block above its own numbers.
      if (lease.from < from) refuse('払い出しは ' + from + ' 番以降から始めてください')
      if (!isWholeNumber(lease.to) || lease.to < lease.from) refuse('払い出しの終わりの番号が正しくありません')
      from = lease.to + 1
    }
    if (newDoc.next !== from) refuse('採番の次の番号は払い出した最後の番号の次にしてください')
    return
  }

  refuse('受付簿の文書ではありません（' + id + '）')
}
