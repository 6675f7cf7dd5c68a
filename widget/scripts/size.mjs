// Prints the widget's gzipped size and fails above the budget: shops load it on every page.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 40 * 1024
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'widget.js')
if (!fs.existsSync(file)) {
  console.error('widget/dist/widget.js is missing: run `npm run build -w widget` first.')
  process.exit(1)
}
const raw = fs.readFileSync(file)
const gzipped = gzipSync(raw, { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`widget.js: ${kb(raw.length)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)})`)
if (gzipped > BUDGET_BYTES) {
  console.error(`widget.js is over its ${kb(BUDGET_BYTES)} gzipped budget.`)
  process.exit(1)
}
