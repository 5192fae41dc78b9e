// Choosing a backup file in a plain browser: a file input, and gzip undone with DecompressionStream, so a file
// the desktop app wrote can be read here too. A damaged gzip file is refused with the desktop's message.
const BROKEN = 'バックアップファイルが壊れているか、途中で切れています。別のバックアップを選んでください。'

async function textOf(file: File): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  const gzipped = head[0] === 0x1f && head[1] === 0x8b
  if (!gzipped) return file.text()
  try {
    return await new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text()
  } catch {
    throw new Error(BROKEN)
  }
}

export function pickBackupFileInBrowser(): Promise<{ fileName: string; text: string } | null> {
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
      textOf(file).then((text) => resolve({ fileName: file.name, text }), reject)
    })
    input.click()
  })
}
