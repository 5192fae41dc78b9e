// Sends the letter on screen to the printer or to a PDF file through the platform bridge (the same page and print
// CSS as the preview), and says plainly when it did not go out, so nothing is recorded as issued by mistake.
import { isDesktop, printPage, savePdf } from '../../platform'
import type { LetterOutput } from '../../domain/letters/record'

export type OutputResult = { ok: true } | { ok: false; message: string }

/** A file name Windows accepts: no \ / : * ? " < > | or control characters. */
export function pdfFileName(documentNo: string, title: string): string {
  const base = `${documentNo} ${title}`.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 110)
  return `${base}.pdf`
}

export async function sendLetter(
  output: LetterOutput,
  opts: { silent: boolean; fileName: string }
): Promise<OutputResult> {
  // The bundled serif font loads per character range; wait so no glyph prints in a fallback font.
  await document.fonts.ready
  try {
    if (output === 'print') {
      const r = await printPage({ layout: 'letter', silent: opts.silent })
      return r.printed
        ? { ok: true }
        : {
            ok: false,
            message: r.reason ?? '印刷できませんでした。プリンターを確かめてから、もう一度印刷してください。'
          }
    }
    const r = await savePdf({ layout: 'letter', suggestedFileName: opts.fileName })
    if (r.saved) return { ok: true }
    return {
      ok: false,
      message: isDesktop()
        ? 'PDFは保存されませんでした(保存先の選択が取り消されました)。'
        : 'PDFが保存されたかを確認できませんでした。印刷画面で「PDFに保存」を選んで保存できた場合だけ、下のボタンで記録してください。'
    }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
}
