import { TagsInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { tagNames, useSetCustomerTags } from '../../../api/customer-actions'
import { useTags } from '../../../api/hooks/use-tags'
import type { TagRef } from '../../../api/inbox-types'
import { SectionCard } from '../../orders/common/section-card'

/** The customer's tags (shared with conversations): pick existing ones or type new names. */
export function TagsCard({
  customerId,
  tags,
  editable,
}: {
  customerId: string
  tags: TagRef[]
  editable: boolean
}) {
  const { t } = useTranslation()
  const setTags = useSetCustomerTags(customerId)
  const all = useTags().data ?? []
  const value = setTags.isPending ? setTags.variables : tagNames(tags)

  return (
    <SectionCard title={t('customerProfile.tagsTitle')} testId="customer-tags">
      <TagsInput
        aria-label={t('customerProfile.tagsTitle')}
        placeholder={value.length === 0 ? t('customerProfile.tagsPlaceholder') : undefined}
        data={all.map((tag) => tag.name)}
        value={value}
        onChange={(names) =>
          setTags.mutate([...new Set(names.map((n) => n.trim()).filter(Boolean))])
        }
        disabled={!editable}
        clearable={false}
        acceptValueOnBlur={false}
        splitChars={[',']}
        maxDropdownHeight={220}
        comboboxProps={{ withinPortal: true }}
        data-testid="customer-tags-input"
      />
    </SectionCard>
  )
}
