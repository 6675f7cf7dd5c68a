import {
  INSTRUCTION_LANGUAGES,
  type InstructionLanguage,
  PROGRAMME_CHANNELS,
  type ProgrammeChannel,
  type ReturnProgramme,
  type ReturnSettings,
  type ReturnSettingsInput,
} from '../../../api/return-settings'

/** What the form edits: numbers may be '' (empty input), the address as five strings. */
export interface ReturnSettingsDraft {
  sellerReturnDays: number | ''
  informsOfWithdrawalRight: boolean
  address: { name: string; street: string; postCode: string; city: string; countryCode: string }
  instructions: Record<InstructionLanguage, string>
  programmes: Record<ProgrammeChannel, { returnDays: number | ''; includesBusiness: boolean }>
  reminderHours: string[]
  escalateHours: number | ''
  portalEnabled: boolean
}

/** A field the server would refuse; programmes and instructions per channel or language. */
export type DraftField =
  | 'sellerReturnDays'
  | 'address'
  | 'reminderHours'
  | 'escalateHours'
  | `programme.${ProgrammeChannel}`
  | `instructions.${InstructionLanguage}`

/** Limits of `PUT /settings/returns`: windows of 14–365 days, clocks of 1–336 hours, 5 reminders. */
export const LIMITS = {
  minDays: 14,
  maxDays: 365,
  minHours: 1,
  maxHours: 336,
  maxReminders: 5,
  instructionLength: 4000,
} as const

/** The form's starting point from the saved settings. */
export function draftFrom(settings: ReturnSettings): ReturnSettingsDraft {
  const address = settings.returnAddress
  const programme = (
    channel: ProgrammeChannel,
  ): ReturnSettingsDraft['programmes'][ProgrammeChannel] => {
    const own: ReturnProgramme | undefined = settings.programmes[channel]
    return { returnDays: own?.returnDays ?? '', includesBusiness: own?.includesBusiness ?? false }
  }
  return {
    sellerReturnDays: settings.sellerReturnDays ?? '',
    informsOfWithdrawalRight: settings.informsOfWithdrawalRight,
    address: {
      name: address?.name ?? '',
      street: address?.street ?? '',
      postCode: address?.postCode ?? '',
      city: address?.city ?? '',
      countryCode: address?.countryCode ?? 'PL',
    },
    instructions: {
      pl: settings.returnInstructions.pl ?? '',
      en: settings.returnInstructions.en ?? '',
      de: settings.returnInstructions.de ?? '',
    },
    programmes: {
      allegro: programme('allegro'),
      amazon: programme('amazon'),
      kaufland: programme('kaufland'),
      emag: programme('emag'),
      shop: programme('shop'),
    },
    reminderHours: settings.reminderHours.map(String),
    escalateHours: settings.escalateHours,
    portalEnabled: settings.portalEnabled,
  }
}

const inRange = (value: number | '', min: number, max: number) =>
  value !== '' && Number.isInteger(value) && value >= min && value <= max

/** Reminder hours as numbers, or null when one is not a whole number in range or repeats. */
export function reminderHoursOf(values: readonly string[]): number[] | null {
  const hours = values.map((v) => Number(v.trim()))
  const valid = hours.every((h) => inRange(h, LIMITS.minHours, LIMITS.maxHours))
  if (!valid || new Set(hours).size !== hours.length || hours.length > LIMITS.maxReminders)
    return null
  return hours
}

const addressFields = (d: ReturnSettingsDraft) => Object.values(d.address).map((v) => v.trim())
/** The country alone (it has a default) does not make an address. */
const addressStarted = (d: ReturnSettingsDraft) =>
  [d.address.name, d.address.street, d.address.postCode, d.address.city].some((v) => v.trim())

/** Fields whose value the server would refuse (same rules as `PUT /settings/returns`). */
export function invalidFields(d: ReturnSettingsDraft): Set<DraftField> {
  const bad = new Set<DraftField>()
  if (d.sellerReturnDays !== '' && !inRange(d.sellerReturnDays, LIMITS.minDays, LIMITS.maxDays))
    bad.add('sellerReturnDays')
  if (addressStarted(d) && addressFields(d).some((v) => v === '')) bad.add('address')
  if (!/^[A-Z]{2}$/.test(d.address.countryCode) && addressStarted(d)) bad.add('address')
  if (!reminderHoursOf(d.reminderHours)) bad.add('reminderHours')
  if (!inRange(d.escalateHours, LIMITS.minHours, LIMITS.maxHours)) bad.add('escalateHours')
  for (const channel of PROGRAMME_CHANNELS) {
    const days = d.programmes[channel].returnDays
    if (days !== '' && !inRange(days, LIMITS.minDays, LIMITS.maxDays))
      bad.add(`programme.${channel}`)
  }
  for (const language of INSTRUCTION_LANGUAGES)
    if (d.instructions[language].length > LIMITS.instructionLength)
      bad.add(`instructions.${language}`)
  return bad
}

/** The `PUT /settings/returns` body (call only when `invalidFields` is empty). */
export function settingsInput(d: ReturnSettingsDraft): ReturnSettingsInput {
  const programmes: ReturnSettingsInput['programmes'] = {}
  for (const channel of PROGRAMME_CHANNELS) {
    const { returnDays, includesBusiness } = d.programmes[channel]
    if (returnDays !== '') programmes[channel] = { returnDays, includesBusiness }
  }
  const returnInstructions: ReturnSettingsInput['returnInstructions'] = {}
  for (const language of INSTRUCTION_LANGUAGES) {
    const text = d.instructions[language].trim()
    if (text) returnInstructions[language] = text
  }
  const trimmed = {
    name: d.address.name.trim(),
    street: d.address.street.trim(),
    postCode: d.address.postCode.trim(),
    city: d.address.city.trim(),
    countryCode: d.address.countryCode,
  }
  return {
    sellerReturnDays: d.sellerReturnDays === '' ? null : d.sellerReturnDays,
    informsOfWithdrawalRight: d.informsOfWithdrawalRight,
    returnAddress: addressStarted(d) ? trimmed : null,
    returnInstructions,
    reminderHours: reminderHoursOf(d.reminderHours) ?? [],
    escalateHours: Number(d.escalateHours),
    programmes,
    portalEnabled: d.portalEnabled,
  }
}
