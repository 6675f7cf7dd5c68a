import { encodePng } from '../modules/returns/png-image.js'

/**
 * A valid 8×8 mid-grey baseline JPEG (one block, DC only, one-code Huffman tables), with a comment
 * segment so that different labels give different bytes. For tests: no image library needed.
 */
export function tinyJpeg(label: string): Buffer {
  const segment = (marker: number, body: number[] | Buffer) =>
    Buffer.concat([
      Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]),
      Buffer.from(body),
    ])
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xfe, Buffer.from(label, 'utf8')),
    segment(0xdb, [0x00, ...new Array(64).fill(1)]),
    segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    // DC table 0 and AC table 0: one code each, "0", for category 0 and end-of-block.
    segment(0xc4, [0x00, 1, ...new Array(15).fill(0), 0x00]),
    segment(0xc4, [0x10, 1, ...new Array(15).fill(0), 0x00]),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    Buffer.from([0x3f, 0xff, 0xd9]),
  ])
}

/** A valid solid-colour RGB PNG of the given size. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  return encodePng(width, height, () => rgb)
}

/** A WebP file header followed by filler (enough for type sniffing, not for decoding). */
export function webpHeader(): Buffer {
  const body = Buffer.from('WEBPVP8L\x05\x00\x00\x00\x2f\x00\x00\x00\x00', 'latin1')
  const size = Buffer.alloc(4)
  size.writeUInt32LE(body.length)
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, body])
}
