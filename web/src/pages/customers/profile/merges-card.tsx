import { Button, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnmergeCustomer } from '../../../api/customer-actions'
import type { CustomerMerge } from '../../../api/customer-types'
import { ConfirmModal } from '../../../components/confirm-modal'
import { formatDateTime } from '../../../i18n/format'
import { displayName } from '../../../lib/display-name'
import { showSuccess } from '../../../lib/notify'
import { SectionCard } from '../../orders/common/section-card'

/** Profiles merged into this one, each with "Unmerge" (the server moves everything back). */
export function MergesCard({ merges, editable }: { merges: CustomerMerge[]; editable: boolean }) {
  const { t } = useTranslation()
  const unmerge = useUnmergeCustomer()
  const [pending, setPending] = useState<CustomerMerge | null>(null)
  if (merges.length === 0) return null
  const label = (m: CustomerMerge) => m.sourceName || t('customers.unnamed')

  return (
    <SectionCard title={t('merges.title')} testId="customer-merges">
      <Stack gap="xs">
        {merges.map((m) => (
          <Group
            key={m.id}
            justify="space-between"
            gap="xs"
            wrap="nowrap"
            data-testid="customer-merge-record"
            data-merge-id={m.id}
          >
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={600} truncate>
                {label(m)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('merges.mergedAt', {
                  time: formatDateTime(m.mergedAt),
                  who: displayName(m.mergedBy),
                })}
              </Text>
            </Stack>
            {editable && (
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => setPending(m)}
                data-testid="customer-unmerge"
                style={{ flexShrink: 0 }}
              >
                {t('merges.unmerge')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={t('merges.unmergeTitle')}
        message={t('merges.unmergeBody', { name: pending ? label(pending) : '' })}
        confirmLabel={t('merges.unmerge')}
        loading={unmerge.isPending}
        onConfirm={() =>
          pending &&
          unmerge.mutate(pending.id, {
            onSuccess: () => {
              showSuccess(t('merges.unmerged'))
              setPending(null)
            },
          })
        }
        onClose={() => setPending(null)}
      />
    </SectionCard>
  )
}
