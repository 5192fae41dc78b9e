// The audit trail's actions as staff read them, for the 監査記録 screen's filter and its CSV. A catalogue: the
// screen renders its choices from this list; an action not listed (from a newer version) shows as written.
export interface AuditAction {
  id: string
  label: string
}

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  { id: 'request:create', label: '受付の登録' },
  { id: 'request:update', label: '受付内容の修正' },
  { id: 'request:view', label: '請求の閲覧' },
  { id: 'request:recordIdentity', label: '本人確認の記録' },
  { id: 'request:skipIdentity', label: '本人確認の省略' },
  { id: 'request:markIdentityFailed', label: '本人確認できず' },
  { id: 'request:saveInvestigation', label: '調査の記録' },
  { id: 'request:submitDecision', label: '決定案の提出' },
  { id: 'request:approve', label: '決定の承認' },
  { id: 'request:sendBack', label: '決定の差し戻し' },
  { id: 'request:issueLetter', label: '通知' },
  { id: 'request:close', label: '完了' },
  { id: 'request:withdraw', label: '取下げ' },
  { id: 'request:hold', label: '保留' },
  { id: 'request:resume', label: '保留の解除' },
  { id: 'request:extend', label: '期限の延長' },
  { id: 'request:import', label: '請求の取込' },
  { id: 'request:importLedger', label: '台帳の取込' },
  { id: 'number:issue', label: '受付番号の採番' },
  { id: 'number:lease', label: '受付番号の確保(サーバーから)' },
  { id: 'request:resolveConcurrent', label: '同時更新の確認' },
  { id: 'letter:issue', label: '書面の発行' },
  { id: 'letter:reprint', label: '書面の再印刷' },
  { id: 'session:login', label: 'ログイン' },
  { id: 'session:lock', label: 'ロック' },
  { id: 'session:unlock', label: 'ロックの解除' },
  { id: 'staff:create', label: '職員の登録' },
  { id: 'staff:update', label: '職員の変更' },
  { id: 'staff:pinFailure', label: 'PIN の誤り' },
  { id: 'staff:pinChange', label: 'PIN の変更' },
  { id: 'staff:pinReset', label: 'PIN の再設定' },
  { id: 'staff:pinRecovered', label: '復旧コードでの PIN 再設定' },
  { id: 'recovery:issue', label: '復旧コードの発行' },
  { id: 'settings:update', label: '設定の変更' },
  { id: 'monthlyLog:print', label: '月次処理簿の印刷' },
  { id: 'monthlyLog:pdf', label: '月次処理簿のPDF保存' },
  { id: 'monthlyLog:csv', label: '月次処理簿のCSV保存' },
  { id: 'register:print', label: '受付簿の印刷' },
  { id: 'register:pdf', label: '受付簿のPDF保存' },
  { id: 'register:csv', label: '受付簿のCSV保存' },
  { id: 'audit:csv', label: '監査記録のCSV保存' },
  { id: 'incident:open', label: '漏えい等の登録' },
  { id: 'incident:update', label: '漏えい等の更新' },
  { id: 'provision:create', label: '提供記録の登録' },
  { id: 'provision:furtherProvision', label: '提供記録の追記' },
  { id: 'procedure:addVersion', label: '請求手続の改訂' },
  { id: 'retention:purge', label: '保存期間を過ぎた請求の削除' },
  { id: 'retention:purgeProvisions', label: '保存期間を過ぎた提供記録の削除' },
  { id: 'backup:restore', label: 'バックアップからの復元' }
]

const LABELS = new Map(AUDIT_ACTIONS.map((a) => [a.id, a.label]))

export function auditActionLabel(action: string): string {
  return LABELS.get(action) ?? action
}
