import type { ServiceContext } from '../../platform/context.js'
import { systemActor } from '../../platform/context.js'
import type { DemoWorkspace } from '../../platform/module.js'
import type { Runtime } from '../../platform/runtime.js'
import { demoParcelPhoto } from './png-image.js'
import { seedPackChecks } from './seed-demo-packing.js'
import { confirmCaseAction } from './service/case-actions.js'
import { attachCaseFile } from './service/case-files.js'
import type { NewCaseInput } from './service/case-input.js'
import { openReturnCase } from './service/open-case.js'
import type { CaseAction } from './workflow/case-state.js'

const DAY = 86_400_000

/** One demo case: the order it is about, what was asked, and what agents did since. */
interface DemoCase {
  order: string
  /** The order lines the case covers (all when absent). */
  skus?: string[]
  kind: NewCaseInput['kind']
  source: 'portal' | 'agent'
  daysAgo: number
  reasonCode: string
  description: string
  requestedRemedy?: NewCaseInput['requestedRemedy']
  photo?: number
  steps: Array<{ daysAgo: number; action: CaseAction; evidence?: number }>
}

const CASES: DemoCase[] = [
  {
    order: 'KK-10455',
    kind: 'complaint',
    source: 'portal',
    daysAgo: 1,
    reasonCode: 'damaged_in_transit',
    description: 'Młynek Comandante przyszedł z pękniętą obudową. Proszę o wymianę na nowy.',
    requestedRemedy: 'replacement',
    photo: 10,
    steps: [
      {
        daysAgo: 0.5,
        action: { type: 'request_item', note: 'Etykieta zwrotna InPost wysłana mailem.' },
      },
    ],
  },
  {
    order: 'KK-10390',
    skus: ['DRIP-V60-02'],
    kind: 'complaint',
    source: 'portal',
    daysAgo: 12,
    reasonCode: 'defective',
    description:
      'Der Dripper hat einen feinen Riss am Boden, beim Aufbrühen läuft Wasser heraus. Fotos anbei.',
    requestedRemedy: 'replacement',
    photo: 30,
    steps: [],
  },
  {
    order: 'KK-10188',
    skus: ['DRIP-V60-02'],
    kind: 'complaint',
    source: 'agent',
    daysAgo: 9,
    reasonCode: 'defective',
    description: 'Klientka zgłasza telefonicznie, że dripper pękł i przecieka.',
    requestedRemedy: 'repair',
    steps: [
      { daysAgo: 6, action: { type: 'receive', items: [] } },
      {
        daysAgo: 5,
        action: {
          type: 'inspect',
          items: [],
          note: 'Odprysk na krawędzi i pęknięcie promieniste od miejsca uderzenia.',
        },
        evidence: 60,
      },
      {
        daysAgo: 4,
        action: {
          type: 'refuse',
          grounds: ['damage_caused_by_buyer'],
          justification:
            'Ceramika pękła od uderzenia: widać odprysk na krawędzi i pęknięcie rozchodzące się od tego miejsca (zdjęcia w załączniku). Takie uszkodzenie powstaje po wydaniu towaru i nie jest wadą produktu.',
        },
      },
    ],
  },
  {
    order: 'KK-10476',
    skus: ['FILTR-V60-100'],
    kind: 'withdrawal',
    source: 'portal',
    daysAgo: 8,
    reasonCode: 'wrong_size',
    description: 'I ordered the wrong filter size by mistake; both packs are unopened.',
    steps: [
      { daysAgo: 6, action: { type: 'accept' } },
      { daysAgo: 3, action: { type: 'receive', items: [] } },
      { daysAgo: 2, action: { type: 'refund', method: 'original_payment', paid: true } },
    ],
  },
  {
    order: 'KK-10301',
    kind: 'withdrawal',
    source: 'agent',
    daysAgo: 2,
    reasonCode: 'changed_mind',
    description: 'Klientka pyta, czy może jeszcze oddać kawę i filtry kupione dwa miesiące temu.',
    steps: [],
  },
]

/** The demo shop's return settings and cases in every state: waiting, due soon, refused with grounds, refunded, and one past its window. */
export async function seedReturnsDemo(runtime: Runtime, demo: DemoWorkspace): Promise<void> {
  const now = Date.now()
  const scope = { workspaceId: demo.workspaceId, actor: systemActor('seed-demo') }
  await runtime.inWorkspace(scope, async (ctx) => {
    const values = {
      sellerReturnDays: 30,
      returnAddress: JSON.stringify({
        name: 'Kraina Kawy – zwroty',
        street: 'ul. Składowa 12',
        postCode: '61-897',
        city: 'Poznań',
        countryCode: 'PL',
      }),
      returnInstructions: JSON.stringify({
        pl: 'Zapakuj produkt w oryginalne opakowanie i nadaj paczkę w dowolnym Paczkomacie InPost.',
        en: 'Pack the item in its original box and drop it at any InPost parcel locker.',
        de: 'Verpacken Sie den Artikel in der Originalverpackung und geben Sie ihn an einem InPost-Paketautomaten ab.',
      }),
      programmes: JSON.stringify({ amazon: { returnDays: 30 } }),
    }
    await ctx.trx
      .insertInto('returnSettings')
      .values({ workspaceId: ctx.workspaceId, ...values })
      .onConflict((oc) => oc.column('workspaceId').doUpdateSet(values))
      .execute()
  })
  for (const demoCase of CASES)
    await runtime.inWorkspace(scope, (ctx) => seedCase(ctx, runtime, demoCase, now, demo.ownerId))
  await runtime.inWorkspace(
    { ...scope, actor: { type: 'user', id: demo.ownerId, label: 'seed-demo' } },
    (ctx) => seedPackChecks(ctx, runtime, now),
  )
}

async function seedCase(
  ctx: ServiceContext,
  runtime: Runtime,
  demoCase: DemoCase,
  now: number,
  ownerId: string,
) {
  const order = await ctx.trx
    .selectFrom('orders')
    .select('id')
    .where('number', '=', demoCase.order)
    .executeTakeFirst()
  if (!order) return
  const lines = await ctx.trx
    .selectFrom('orderItems')
    .select(['id', 'quantity'])
    .where('orderId', '=', order.id)
    .execute()
  const opened = await openReturnCase(ctx, {
    kind: demoCase.kind,
    source: demoCase.source,
    orderId: order.id,
    reasonCode: demoCase.reasonCode,
    description: demoCase.description,
    requestedRemedy: demoCase.requestedRemedy ?? null,
    requestedAt: new Date(now - demoCase.daysAgo * DAY),
    items: lines.map((line) => ({ orderItemId: line.id, quantity: line.quantity })),
  })
  if (!opened.created) return
  await ctx.trx
    .updateTable('returnCases')
    .set({ assigneeId: ownerId })
    .where('id', '=', opened.caseId)
    .execute()
  if (demoCase.photo !== undefined)
    await attachCaseFile(
      ctx,
      opened.caseId,
      {
        content: demoParcelPhoto(demoCase.photo),
        fileName: 'foto.png',
        uploadedBy: 'customer',
        purpose: 'photo',
      },
      runtime.files,
    )
  const items = await ctx.trx
    .selectFrom('returnCaseItems')
    .select(['id', 'quantity'])
    .where('caseId', '=', opened.caseId)
    .execute()
  for (const step of demoCase.steps) {
    if (step.evidence !== undefined)
      await attachCaseFile(
        ctx,
        opened.caseId,
        {
          content: demoParcelPhoto(step.evidence),
          fileName: 'ogledziny.png',
          uploadedBy: 'agent',
          purpose: 'evidence',
        },
        runtime.files,
      )
    await confirmCaseAction(
      ctx,
      opened.caseId,
      withItems(step.action, items),
      undefined,
      new Date(now - step.daysAgo * DAY),
    )
  }
}

/** Fills the demo steps' item lists: every item received whole, inspected as damaged. */
function withItems(action: CaseAction, items: Array<{ id: string; quantity: number }>): CaseAction {
  if (action.type === 'receive')
    return { ...action, items: items.map((i) => ({ itemId: i.id, quantity: i.quantity })) }
  if (action.type === 'inspect')
    return { ...action, items: items.map((i) => ({ itemId: i.id, condition: 'damaged' as const })) }
  return action
}
