import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from './client'
import { useCurrentMe } from './hooks/use-me'

/** Marketplaces (and the seller's own shop) that may run a longer return programme. */
export const PROGRAMME_CHANNELS = ['allegro', 'amazon', 'kaufland', 'emag', 'shop'] as const
export type ProgrammeChannel = (typeof PROGRAMME_CHANNELS)[number]

/** Languages the return instructions are written in for buyers. */
export const INSTRUCTION_LANGUAGES = ['pl', 'en', 'de'] as const
export type InstructionLanguage = (typeof INSTRUCTION_LANGUAGES)[number]

/** Where buyers send goods back. */
export interface ReturnAddress {
  name: string
  street: string
  postCode: string
  city: string
  countryCode: string
}

/** A marketplace programme's return window (e.g. Amazon's 30 days), optionally for businesses too. */
export interface ReturnProgramme {
  returnDays: number
  includesBusiness?: boolean
}

/** What `PUT /settings/returns` takes. */
export interface ReturnSettingsInput {
  sellerReturnDays: number | null
  informsOfWithdrawalRight: boolean
  returnAddress: ReturnAddress | null
  returnInstructions: Partial<Record<InstructionLanguage, string>>
  reminderHours: number[]
  escalateHours: number
  programmes: Partial<Record<ProgrammeChannel, ReturnProgramme>>
  portalEnabled: boolean
}

/** Settings → Returns as `GET /settings/returns` answers (the packing checklist is edited elsewhere). */
export interface ReturnSettings extends ReturnSettingsInput {
  packChecklist: string[]
}

const settingsKey = (ws: string) => ['returns', ws, 'settings'] as const

/** The voluntary return window, programmes, return address, instructions, reminders and portal. */
export function useReturnSettings() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: settingsKey(wsId),
    queryFn: ({ signal }) => api<ReturnSettings>('/settings/returns', { signal }),
  })
}

/** Saves the return settings (admins only; the server checks the role). */
export function useSaveReturnSettings() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: ReturnSettingsInput) =>
      api<ReturnSettings>('/settings/returns', { method: 'PUT', body }),
    onSuccess: (saved) => {
      if (saved) client.setQueryData(settingsKey(wsId), saved)
    },
    onSettled: () => void client.invalidateQueries({ queryKey: settingsKey(wsId) }),
  })
}
