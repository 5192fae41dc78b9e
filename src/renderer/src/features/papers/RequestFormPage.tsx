// The blank 開示等請求書, generated from the catalogue and settings, to print for a person to fill in.
import { useSettings } from '../../app/useSettings'
import { buildRequestForm } from '../../domain/papers/requestForm'
import { RequestFormView } from '../../print/paper/RequestFormView'
import { PaperActions } from './PaperActions'
import './papers.css'

export function RequestFormPage() {
  const settings = useSettings()
  return (
    <section className="paper-page" aria-labelledby="paper-title">
      <div className="page-head no-print">
        <h1 id="paper-title">開示等請求書(白紙)</h1>
      </div>
      <p className="hint no-print">
        窓口や郵送で請求される方にお渡しする用紙です。種類・開示の方法・手数料は設定と請求の種類から作られます。
      </p>
      <PaperActions
        printDirect={settings.printDirect}
        out={{
          label: '開示等請求書(白紙)',
          entityId: 'paper:requestForm',
          kind: 'requestForm',
          fileName: '開示等請求書.pdf',
          a5: false,
          payload: {}
        }}
      />
      <RequestFormView form={buildRequestForm(settings)} />
    </section>
  )
}
