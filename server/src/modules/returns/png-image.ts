import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An RGB PNG (8 bits per channel, no filter) whose pixels `colour(x, y)` gives; for demo data and tests, no image library needed. */
export function encodePng(
  width: number,
  height: number,
  colour: (x: number, y: number) => readonly [number, number, number],
): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++)
      row.set(
        colour(x, y).map((c) => Math.max(0, Math.min(255, Math.round(c)))),
        1 + x * 3,
      )
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * A stand-in for a parcel photo in the demo: a cardboard-brown box with tape on a light table,
 * shaded by `tint` so each photo differs (no image files ship with the code).
 */
export function demoParcelPhoto(tint: number, width = 320, height = 240): Buffer {
  return encodePng(width, height, (x, y) => {
    const inBox = x > width * 0.22 && x < width * 0.78 && y > height * 0.2 && y < height * 0.85
    const shade = (y / height) * 30
    if (inBox && Math.abs(x - width / 2) < 8) return [200, 190, 150]
    return inBox ? [170 + tint - shade, 120 - shade, 70] : [235 - shade, 232 - shade, 225 - shade]
  })
}
