// The live answer to "are the documents seen enough?", announced politely as boxes are ticked.
import type { IdentityAssessment } from '../../domain/identityDocs'

export function AssessmentView({ assessment }: { assessment: IdentityAssessment }) {
  return (
    <div className={assessment.sufficient ? 'assessment ok' : 'assessment short'} aria-live="polite">
      {assessment.sufficient ? (
        <p>
          <strong>判定: 書類は足りています。</strong>「確認済」を選べます。
        </p>
      ) : (
        <>
          <p>
            <strong>判定: まだ足りません。</strong>次のものが必要です。
          </p>
          <ul>
            {assessment.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
