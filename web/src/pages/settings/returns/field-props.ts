import type { DraftField, ReturnSettingsDraft } from './return-settings-draft'

/** What every group of return-settings fields receives from the form. */
export interface ReturnFieldsProps {
  draft: ReturnSettingsDraft
  change: (patch: Partial<ReturnSettingsDraft>) => void
  editable: boolean
  invalid: Set<DraftField>
}
