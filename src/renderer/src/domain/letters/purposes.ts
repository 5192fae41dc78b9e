// The purposes of use, worded exactly as the privacy policy's 「個人情報の取得と利用」 lists them
// (APPI 32条2項: a person may ask to be told the purposes). A test compares them with the policy text.
export const USE_PURPOSES: readonly string[] = [
  '当法人のサービス(以下「本サービス」といいます。)を提供するため',
  '本サービスの内容を改良・改善し、又は新サービスを開発するため',
  '本サービスの新機能、更新情報、キャンペーン等及び当法人が提供する他のサービスのご案内(電子メール、SMS、チラシ、その他のダイレクトメールの送付を含む)のため',
  'メンテナンス、重要なお知らせなど必要に応じたご連絡のため',
  '本サービスに関する利用者からのお問い合わせに回答するため(本人確認を行うことを含む)',
  '必要に応じて本サービスの利用状況を利用者にご報告するため',
  '本サービスに関するアンケート・取材等のご協力依頼や各種イベントへのご参加をお願いし、又はその結果などをご報告するため',
  '利用者のサイト閲覧履歴やサービス利用状況、アンケート回答の情報を分析して、趣味・嗜好に応じた新商品・サービスに関するマーケティングをするため'
]

export const quotePurpose = (text: string, i: number): string => `(${i + 1})${text}`
