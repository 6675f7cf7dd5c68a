import { ActionIcon, Badge, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../api/types'
import { IconChevronDown, IconChevronRight } from '../../components/icons'
import { formatDateTime } from '../../i18n/format'
import { AuditChanges, hasChanges } from './audit-changes'

const ACTOR_TYPE_KEYS = {
  user: 'auditLog.actorUser',
  api_token: 'auditLog.actorApiToken',
  system: 'auditLog.actorSystem',
} as const

const COLUMN_COUNT = 6

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const expandable = hasChanges(entry.changes)
  const toggleLabel = open ? t('auditLog.hideChanges') : t('auditLog.showChanges')
  const actorTypeKey = ACTOR_TYPE_KEYS[entry.actor.type] ?? ACTOR_TYPE_KEYS.system
  // Event names from later modules fall back to the raw name until they add a label.
  const eventLabel = (name: string) => {
    const key = `auditEvents.${name.replaceAll('.', '_')}`
    return i18n.exists(key) ? t(key as 'auditLog.title') : name
  }

  return (
    <>
      <Table.Tr data-testid="audit-row" data-event-name={entry.name} data-entry-id={entry.id}>
        <Table.Td w={44}>
          {expandable && (
            <Tooltip label={toggleLabel}>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => setOpen((v) => !v)}
                aria-label={toggleLabel}
                aria-expanded={open}
                data-testid="audit-toggle"
              >
                {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt)}</Table.Td>
        <Table.Td>
          <Stack gap={2} align="flex-start">
            <Text size="sm">{entry.actor.label}</Text>
            {entry.actor.type !== 'user' && (
              <Badge size="xs" variant="light" color="gray">
                {t(actorTypeKey)}
              </Badge>
            )}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={2} align="flex-start">
            <Text size="sm">{eventLabel(entry.name)}</Text>
            <Code fz="xs">{entry.name}</Code>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Text size="sm">{entry.entityType}</Text>
            {entry.entityId && (
              <Text size="xs" c="dimmed" className="as-mono" title={entry.entityId}>
                {entry.entityId.length > 12 ? `${entry.entityId.slice(0, 8)}…` : entry.entityId}
              </Text>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          <Text size="sm" className="as-mono" style={{ whiteSpace: 'nowrap' }}>
            {entry.ip ?? '—'}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr data-testid="audit-row-details">
          <Table.Td />
          <Table.Td colSpan={COLUMN_COUNT - 1} bg="gray.0">
            <AuditChanges changes={entry.changes} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  )
}
