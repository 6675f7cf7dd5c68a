import { Type } from 'typebox'
import { Body, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import { CHECKLIST_LIMITS } from './pack-checklist.js'

const ChecklistItem = Type.String({ minLength: 1, maxLength: CHECKLIST_LIMITS.itemLength })

/** `:orderId` path parameter. */
export const OrderParams = Type.Object({ orderId: Uuid })

/** The scan at the pack station. */
export const LookupQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  /** The interface language, for the default checklist when the user has not saved one. */
  lang: Type.Optional(StringEnum(['pl', 'en'])),
})

/** The interface language of the settings screen. */
export const LanguageQuery = Type.Object({ lang: Type.Optional(StringEnum(['pl', 'en'])) })

/** The admin's packing checklist. */
export const ChecklistBody = Body({
  checklist: Type.Array(ChecklistItem, { minItems: 1, maxItems: CHECKLIST_LIMITS.items }),
})

/** One recorded pack check. */
export const PackCheckBody = Body({
  checklist: Type.Array(
    Type.Object({ item: ChecklistItem, checked: Type.Boolean() }, { additionalProperties: false }),
    { minItems: 1, maxItems: CHECKLIST_LIMITS.items },
  ),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
})

/** Which pack check a photo belongs to, if any. */
export const PhotoQuery = Type.Object(
  { packCheckId: Type.Optional(Uuid) },
  { additionalProperties: false },
)

/** Language and optional case of the evidence PDF. */
export const EvidenceQuery = Type.Object(
  { lang: Type.Optional(StringEnum(['pl', 'en'])), caseId: Type.Optional(Uuid) },
  { additionalProperties: false },
)

/** The largest parcel photo accepted (phone cameras write 2–6 MB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
