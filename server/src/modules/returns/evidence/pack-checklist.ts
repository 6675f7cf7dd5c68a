/** Languages the pack station's default checklist and the evidence PDF are written in. */
export type EvidenceLanguage = 'pl' | 'en'

const DEFAULT_CHECKLIST: Record<EvidenceLanguage, string[]> = {
  pl: [
    'Produkt zgodny z zamówieniem',
    'Ilość się zgadza',
    'Brak uszkodzeń',
    'Zabezpieczony do wysyłki',
    'Dowód zakupu w paczce',
    'Etykieta naklejona',
  ],
  en: [
    'Right product',
    'Quantity matches',
    'No damage',
    'Protected for shipping',
    'Proof of purchase in the parcel',
    'Label attached',
  ],
}

/** Most items a packing checklist may have, and the longest item. */
export const CHECKLIST_LIMITS = { items: 20, itemLength: 120 } as const

/** The checklist packers tick: the workspace's own, or the default list in the agent's language. */
export function effectiveChecklist(configured: string[], language: EvidenceLanguage): string[] {
  return configured.length > 0 ? configured : DEFAULT_CHECKLIST[language]
}

/** The user's interface language if it is one the evidence is written in, else Polish. */
export function languageOf(locale: string | null | undefined): EvidenceLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'pl'
}

/** Trims items and drops blanks and repeats, keeping the order the admin gave. */
export function normalizeChecklist(items: string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter((item) => item.length > 0))]
}

/** The items of a recorded check that were left unticked, for the packer's warning. */
export function uncheckedItems(checklist: { item: string; checked: boolean }[]): string[] {
  return checklist.filter((entry) => !entry.checked).map((entry) => entry.item)
}
