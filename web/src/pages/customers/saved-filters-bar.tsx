import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerFilter, SavedFilter } from '../../api/customer-types'
import { useCreateSavedFilter, useDeleteSavedFilter, useSavedFilters } from '../../api/customers'
import { IconTrash } from '../../components/icons'
import { showSuccess } from '../../lib/notify'
import { hasFilter } from './customer-filters'

interface SavedFiltersBarProps {
  filter: CustomerFilter
  activeId?: string
  /** A saved filter picked (its fields become the visible filter) or, with null, dropped. */
  onApply: (saved: SavedFilter | null) => void
}

/** Saved filters as toggle buttons, plus "Save filter" for the current one. */
export function SavedFiltersBar({ filter, activeId, onApply }: SavedFiltersBarProps) {
  const { t } = useTranslation()
  const saved = useSavedFilters()
  const create = useCreateSavedFilter()
  const remove = useDeleteSavedFilter()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    create.mutate(
      { name: name.trim(), filter },
      {
        onSuccess: (created) => {
          showSuccess(t('savedFilters.saved', { name: created.name }))
          setNaming(false)
          setName('')
          onApply(created)
        },
      },
    )
  }

  return (
    <Group gap={6} wrap="wrap" data-testid="saved-filters">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} mr={4}>
        {t('savedFilters.title')}
      </Text>
      {(saved.data ?? []).map((item) => (
        <Group key={item.id} gap={0} wrap="nowrap">
          <Button
            size="compact-sm"
            variant={item.id === activeId ? 'filled' : 'light'}
            onClick={() => onApply(item.id === activeId ? null : item)}
            data-testid="saved-filter"
            data-filter-id={item.id}
            data-selected={item.id === activeId}
            style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
          >
            {item.name}
          </Button>
          <ActionIcon
            size={26}
            variant={item.id === activeId ? 'filled' : 'light'}
            aria-label={t('savedFilters.delete', { name: item.name })}
            loading={remove.isPending && remove.variables === item.id}
            onClick={() =>
              remove.mutate(item.id, {
                onSuccess: () => {
                  showSuccess(t('savedFilters.deleted', { name: item.name }))
                  if (item.id === activeId) onApply(null)
                },
              })
            }
            data-testid="saved-filter-delete"
            style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
          >
            <IconTrash size={13} />
          </ActionIcon>
        </Group>
      ))}
      {saved.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('savedFilters.none')}
        </Text>
      )}
      <Button
        size="compact-sm"
        variant="subtle"
        disabled={!hasFilter(filter)}
        title={hasFilter(filter) ? undefined : t('savedFilters.nothingToSave')}
        onClick={() => setNaming(true)}
        data-testid="saved-filter-create"
      >
        + {t('savedFilters.save')}
      </Button>
      <Modal
        opened={naming}
        onClose={() => setNaming(false)}
        title={t('savedFilters.save')}
        centered
      >
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              label={t('savedFilters.name')}
              placeholder={t('savedFilters.namePlaceholder')}
              maxLength={80}
              data-autofocus
              data-testid="saved-filter-name"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!name.trim()}
                data-testid="saved-filter-submit"
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  )
}
