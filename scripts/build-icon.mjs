// Renders resources/icon.svg to the PNG sizes Windows uses and packs them into resources/icon.ico
// (electron-builder takes the app, installer and MSI icons from it). Run after changing the SVG:
//   node scripts/build-icon.mjs            writes resources/icon.png (256 px) and resources/icon.ico
//   node scripts/build-icon.mjs <folder>   also writes every size as <folder>/icon-<size>.png, to look at
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import pngToIco from 'png-to-ico'

const resources = path.resolve(import.meta.dirname, '../resources')
const SIZES = [16, 24, 32, 48, 64, 128, 256]
const svg = readFileSync(path.join(resources, 'icon.svg'))
const previewDir = process.argv[2]

const pngs = SIZES.map((size) => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
  if (previewDir) {
    mkdirSync(previewDir, { recursive: true })
    writeFileSync(path.join(previewDir, `icon-${size}.png`), png)
  }
  return png
})

const largest = pngs.at(-1)
if (!largest) throw new Error('no icon sizes rendered')
writeFileSync(path.join(resources, 'icon.png'), largest)
const ico = await pngToIco(pngs)
writeFileSync(path.join(resources, 'icon.ico'), ico)
console.log(`icon.ico: ${SIZES.join(', ')} px, ${ico.length} bytes`)
