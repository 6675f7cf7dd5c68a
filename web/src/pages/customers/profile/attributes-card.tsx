import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUpdateCustomer } from '../../../api/customer-actions'
import { IconTrash } from '../../../components/icons'
import { showSuccess } from '../../../lib/notify'
import { SectionCard } from '../../orders/common/section-card'

/** The server's rule for attribute names (customers/service/customer-attributes.ts). */
const KEY = /^[a-z][a-z0-9_]{0,39}$/

interface AttributesCardProps {
  customerId: string
  attributes: Record<string, string>
  editable: boolean
}

/** The seller's own fields of a customer: edit a value on blur, add a pair, remove one. */
export function AttributesCard({ customerId, attributes, editable }: AttributesCardProps) {
  const { t } = useTranslation()
  const update = useUpdateCustomer(customerId)
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const entries = Object.entries(attributes)
  const keyValid = KEY.test(key)

  const save = (change: Record<string, string | null>, reset?: () => void) =>
    update.mutate(
      { attributes: change },
      {
        onSuccess: () => {
          showSuccess(t('customerProfile.attributesSaved'))
          reset?.()
        },
      },
    )

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (!keyValid || !value.trim()) return
    save({ [key]: value.trim() }, () => {
      setKey('')
      setValue('')
    })
  }

  return (
    <SectionCard title={t('customerProfile.attributesTitle')} testId="customer-attributes">
      <Text size="xs" c="dimmed" mt={-6}>
        {t('customerProfile.attributesHint')}
      </Text>
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customerProfile.noAttributes')}
        </Text>
      )}
      <Stack gap={6}>
        {entries.map(([name, current]) => (
          <Group
            key={`${name}=${current}`}
            gap={6}
            wrap="nowrap"
            data-testid="customer-attribute"
            data-key={name}
          >
            <Text
              size="sm"
              className="as-mono"
              w={140}
              truncate
              title={name}
              style={{ flexShrink: 0 }}
            >
              {name}
            </Text>
            <TextInput
              size="xs"
              defaultValue={current}
              aria-label={name}
              disabled={!editable}
              style={{ flex: 1 }}
              onBlur={(e) => {
                const next = e.currentTarget.value.trim()
                if (next && next !== current) save({ [name]: next })
              }}
              data-testid="customer-attribute-value"
            />
            {editable && (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('customerProfile.removeAttribute', { key: name })}
                onClick={() => save({ [name]: null })}
                data-testid="customer-attribute-remove"
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {editable && (
        <form onSubmit={add}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              size="xs"
              value={key}
              onChange={(e) => setKey(e.currentTarget.value.toLowerCase())}
              placeholder={t('customerProfile.attributeKey')}
              aria-label={t('customerProfile.attributeKey')}
              error={key !== '' && !keyValid}
              w={140}
              style={{ flexShrink: 0 }}
              data-testid="customer-attribute-new-key"
            />
            <TextInput
              size="xs"
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              placeholder={t('customerProfile.attributeValue')}
              aria-label={t('customerProfile.attributeValue')}
              maxLength={500}
              style={{ flex: 1 }}
              data-testid="customer-attribute-new-value"
            />
            <Button
              type="submit"
              size="xs"
              variant="light"
              disabled={!keyValid || !value.trim()}
              loading={update.isPending}
              data-testid="customer-attribute-add"
            >
              {t('customerProfile.addAttribute')}
            </Button>
          </Group>
        </form>
      )}
    </SectionCard>
  )
}
