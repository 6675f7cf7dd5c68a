import { Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMergeCustomer } from '../../../api/customer-actions'
import type { MatchSuggestion } from '../../../api/customer-types'
import { ConfirmModal } from '../../../components/confirm-modal'
import { showSuccess } from '../../../lib/notify'
import { SectionCard } from '../../orders/common/section-card'
import { customerName } from '../common/customer-label'

interface SuggestionsCardProps {
  customerId: string
  customerLabel: string
  suggestions: MatchSuggestion[]
  editable: boolean
}

/** Profiles that look like the same person, why, and a Merge button (with confirmation). */
export function SuggestionsCard({
  customerId,
  customerLabel,
  suggestions,
  editable,
}: SuggestionsCardProps) {
  const { t } = useTranslation()
  const merge = useMergeCustomer(customerId)
  const [pending, setPending] = useState<MatchSuggestion | null>(null)
  if (suggestions.length === 0) return null
  const pendingName = pending ? customerName(pending.candidate, t('customers.unnamed')) : ''

  return (
    <SectionCard title={t('suggestions.title')} testId="customer-suggestions">
      <Text size="xs" c="dimmed" mt={-6}>
        {t('suggestions.hint')}
      </Text>
      <Stack gap="sm">
        {suggestions.map((s) => {
          const percent = Math.round(s.confidence * (s.confidence <= 1 ? 100 : 1))
          return (
            <Stack
              key={s.candidate.id}
              gap={4}
              data-testid="customer-suggestion"
              data-candidate-id={s.candidate.id}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Anchor
                  component={Link}
                  to={`/customers/${s.candidate.id}`}
                  size="sm"
                  fw={600}
                  truncate
                >
                  {customerName(s.candidate, t('customers.unnamed'))}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {t('suggestions.confidence', { percent })}
                </Text>
              </Group>
              <Progress value={percent} size="xs" color={percent >= 80 ? 'teal' : 'yellow'} />
              {s.reasons.map((reason) => (
                <Text key={reason.code} size="xs" c="dimmed">
                  · {reason.detail}
                </Text>
              ))}
              {editable && (
                <Group>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setPending(s)}
                    data-testid="customer-merge"
                  >
                    {t('suggestions.merge')}
                  </Button>
                </Group>
              )}
            </Stack>
          )
        })}
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={t('suggestions.mergeTitle')}
        message={t('suggestions.mergeBody', { source: pendingName, target: customerLabel })}
        confirmLabel={t('suggestions.merge')}
        loading={merge.isPending}
        onConfirm={() =>
          pending &&
          merge.mutate(pending.candidate.id, {
            onSuccess: () => {
              showSuccess(t('suggestions.merged'))
              setPending(null)
            },
          })
        }
        onClose={() => setPending(null)}
      />
    </SectionCard>
  )
}
