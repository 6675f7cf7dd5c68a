// Child-process entry of the import benchmark: writes the CSV in its own process, so that the
// importing process starts without the generator's garbage and its memory readings are its own.
import { generateOrdersCsv } from './generate-orders-csv.js'

const [file, orders] = process.argv.slice(2)
if (!file || !orders) throw new Error('usage: write-orders-file.ts FILE ORDERS')
const lines = await generateOrdersCsv(file, Number(orders))
process.stdout.write(`${lines}\n`)
