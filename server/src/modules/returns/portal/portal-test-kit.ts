import { randomBytes } from 'node:crypto'
import type { Runtime } from '../../../platform/runtime.js'
import type { ProductFlag } from '../../orders/index.js'
import { seedTrackedOrder } from '../../orders/service/tracking-page/tracking-page-test-kit.js'

const DAY = 86_400_000

/** A delivered order of the demo coffee shop, with product flags by SKU; its lines' ids too. */
export async function seedPortalOrder(
  runtime: Runtime,
  workspaceId: string,
  options: {
    deliveredDaysAgo?: number
    flags?: Record<string, ProductFlag[]>
    email?: string | null
    locale?: string | null
  } = {},
) {
  const order = await seedTrackedOrder(runtime, workspaceId, {
    status: 'delivered',
    email: options.email,
    locale: options.locale,
  })
  const { db } = runtime.database
  await db
    .updateTable('orders')
    .set({ deliveredAt: new Date(Date.now() - (options.deliveredDaysAgo ?? 3) * DAY) })
    .where('id', '=', order.orderId)
    .execute()
  for (const [sku, flags] of Object.entries(options.flags ?? {}))
    await db
      .updateTable('orderItems')
      .set({ flags })
      .where('orderId', '=', order.orderId)
      .where('sku', '=', sku)
      .execute()
  const lines = await db
    .selectFrom('orderItems')
    .select(['id', 'sku'])
    .where('orderId', '=', order.orderId)
    .orderBy('lineNo')
    .execute()
  const lineId = (sku: string) => lines.find((l) => l.sku === sku)?.id as string
  return { ...order, coffee: lineId('KAWA-ETI-250'), dripper: lineId('DRIP-V60-02') }
}

/** A file part of a multipart body. */
export interface FilePart {
  name: string
  filename: string
  type: string
  content: Buffer
}

/** A multipart/form-data body as a browser sends it (RFC 7578). */
export function multipartBody(fields: Record<string, string>, files: FilePart[] = []) {
  const boundary = `----aftersale${randomBytes(8).toString('hex')}`
  const chunks: Buffer[] = []
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    )
  for (const file of files)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    )
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

/** A small JPEG-signed photo with random bytes, so each one is a different file. */
export const jpegPhoto = (size = 2048): FilePart => ({
  name: 'photos',
  filename: 'usterka.jpg',
  type: 'image/jpeg',
  content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size)]),
})

/** The hidden and filled fields of the form with this data-testid, as the browser would send them. */
export function formFields(html: string, testId: string): Record<string, string> {
  const form = new RegExp(`<form[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</form>`).exec(
    html,
  )?.[1]
  if (!form) throw new Error(`No form ${testId}`)
  const fields: Record<string, string> = {}
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[m[1] as string] = (m[2] as string).replace(/&amp;/g, '&')
  return fields
}
