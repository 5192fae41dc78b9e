// Choosing a backup file in a plain browser: a file input, and gzip undone with DecompressionStream, so a file
// the desktop app wrote can be read here too. A damaged gzip file is refused with the desktop's message.
const BROKEN = 'バックアップファイルが壊れているか、途中で切れています。別のバックアップを選んでください。'

/** The decompressed file as a Blob (kept on disk by the browser when it is large). */
async function contentOf(file: File): Promise<Blob> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  const gzipped = head[0] === 0x1f && head[1] === 0x8b
  if (!gzipped) return file
  try {
    return await new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).blob()
  } catch {
    throw new Error(BROKEN)
  }
}

export function pickBackupFileInBrowser(): Promise<{ fileName: string; file: Blob } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.gz,.json'
    input.addEventListener('cancel', () => resolve(null))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) {
        resolve(null)
        return
      }
      contentOf(file).then((content) => resolve({ fileName: file.name, file: content }), reject)
    })
    input.click()
  })
}
