import { Group, SegmentedControl, Stack, Tabs, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CASE_KINDS, CASE_VIEWS, type CaseKind, type CaseView } from '../../../api/return-types'
import type { CaseFilters } from '../../../api/returns'
import { IconSearch } from '../../../components/inbox-icons'

interface ReturnsFilterBarProps {
  filters: CaseFilters
  onChange: (next: CaseFilters) => void
}

const ALL = 'all'

/** View tabs (open / due soon / closed / all), the kind switch and the search box. */
export function ReturnsFilterBar({ filters, onChange }: ReturnsFilterBarProps) {
  const { t } = useTranslation()
  const [q, setQ] = useState(filters.q ?? '')
  const [debounced] = useDebouncedValue(q.trim(), 300)

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a typed change pushes the search into the URL
  useEffect(() => {
    if (debounced !== (filters.q ?? '')) onChange({ ...filters, q: debounced || undefined })
  }, [debounced])

  return (
    <Stack gap="sm">
      <Tabs
        value={filters.view}
        onChange={(value) => value && onChange({ ...filters, view: value as CaseView })}
      >
        <Tabs.List>
          {CASE_VIEWS.map((view) => (
            <Tabs.Tab
              key={view}
              value={view}
              data-testid="case-view-tab"
              data-view={view}
              data-selected={String(filters.view === view)}
            >
              {t(`returns.views.${view}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group gap="sm" wrap="wrap" align="center">
        <TextInput
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          placeholder={t('returns.search')}
          aria-label={t('returns.search')}
          leftSection={<IconSearch size={16} />}
          style={{ flex: '1 1 260px' }}
          data-testid="cases-search"
        />
        <SegmentedControl
          value={filters.kind ?? ALL}
          onChange={(value) =>
            onChange({ ...filters, kind: value === ALL ? undefined : (value as CaseKind) })
          }
          aria-label={t('returns.kindFilter')}
          data={[
            { value: ALL, label: t('returns.allKinds') },
            ...CASE_KINDS.map((kind) => ({ value: kind, label: t(`returns.kinds.${kind}`) })),
          ]}
          data-testid="cases-kind"
        />
      </Group>
    </Stack>
  )
}
