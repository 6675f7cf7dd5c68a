import { NativeSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  BUYER_TYPES,
  type BuyerType,
  CASE_KINDS,
  type CaseKind,
  REMEDIES,
  RETURN_REASONS,
  type Remedy,
  type ReturnReason,
} from '../../../api/return-types'
import { type NewCaseDraft, withKind } from './new-case-draft'

interface CaseFieldsProps {
  draft: NewCaseDraft
  onChange: (next: NewCaseDraft) => void
}

/** Kind, reason, description, buyer type and (complaints) the remedy the buyer asks for. */
export function CaseFields({ draft, onChange }: CaseFieldsProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('returns.newCase.kind')}
        </Text>
        <SegmentedControl
          fullWidth
          value={draft.kind}
          onChange={(value) => onChange(withKind(draft, value as CaseKind))}
          data={CASE_KINDS.map((kind) => ({ value: kind, label: t(`returns.kindsLong.${kind}`) }))}
          data-testid="new-case-kind"
          styles={{ label: { whiteSpace: 'normal' } }}
        />
      </Stack>
      <NativeSelect
        label={t('returns.newCase.reason')}
        value={draft.reasonCode}
        onChange={(e) => onChange({ ...draft, reasonCode: e.currentTarget.value as ReturnReason })}
        data={RETURN_REASONS.map((r) => ({ value: r, label: t(`returns.reasons.${r}`) }))}
        data-testid="new-case-reason"
      />
      {draft.kind === 'complaint' && (
        <NativeSelect
          label={t('returns.newCase.remedy')}
          value={draft.remedy ?? ''}
          onChange={(e) =>
            onChange({ ...draft, remedy: (e.currentTarget.value || null) as Remedy | null })
          }
          data={[
            { value: '', label: t('returns.newCase.noRemedy') },
            ...REMEDIES.map((r) => ({ value: r, label: t(`returns.remedies.${r}`) })),
          ]}
          data-testid="new-case-remedy"
        />
      )}
      <NativeSelect
        label={t('returns.newCase.buyerType')}
        value={draft.buyerType}
        onChange={(e) => onChange({ ...draft, buyerType: e.currentTarget.value as BuyerType })}
        data={BUYER_TYPES.map((b) => ({ value: b, label: t(`returns.buyerTypes.${b}`) }))}
        data-testid="new-case-buyer-type"
      />
      <Textarea
        label={t('returns.newCase.description')}
        value={draft.description}
        onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={5000}
        data-testid="new-case-description"
      />
    </Stack>
  )
}
