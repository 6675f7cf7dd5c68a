import { Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { type Ref, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { MIN_SEARCH_LENGTH, useSearch } from '../../../api/hooks/use-search'
import type { SearchResult } from '../../../api/inbox-types'
import { IconSearch } from '../../../components/inbox-icons'
import { ChannelIcon } from '../common/channel-icon'
import { customerLabel } from './conversation-row'

interface InboxSearchProps {
  inputRef?: Ref<HTMLInputElement>
}

/** Picks the conversation to open for a customer hit: their newest one among the conversation hits. */
function conversationOfCustomer(result: SearchResult, customerId: string): string | null {
  const own = result.conversations
    .filter((c) => c.customer?.id === customerId)
    .sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt))
  return own[0]?.id ?? null
}

/** The search box over the list (`/` focuses it): conversations and customers from `GET /search`. */
export function InboxSearch({ inputRef }: InboxSearchProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { search: listSearch } = useLocation()
  const [value, setValue] = useState('')
  const [q] = useDebouncedValue(value, 200)
  const search = useSearch(q)
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })
  const result = q.trim().length >= MIN_SEARCH_LENGTH ? search.data : undefined

  const onSubmit = (option: string) => {
    const [kind, id = ''] = option.split(':')
    if (kind === 'c') {
      navigate(`/inbox/${id}${listSearch}`)
      combobox.closeDropdown()
      return
    }
    const customer = result?.customers.find((c) => c.id === id)
    const conversationId = result ? conversationOfCustomer(result, id) : null
    if (conversationId) {
      navigate(`/inbox/${conversationId}${listSearch}`)
      combobox.closeDropdown()
    } else if (customer) setValue(customer.email || customer.name || '')
  }

  const empty = result && result.conversations.length === 0 && result.customers.length === 0

  return (
    <Combobox store={combobox} onOptionSubmit={onSubmit} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value)
            combobox.openDropdown()
            combobox.updateSelectedOptionIndex()
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur()
          }}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={
            search.isFetching ? <Loader size={14} /> : value ? null : <Kbd size="xs">/</Kbd>
          }
          size="sm"
          data-testid="inbox-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!result} data-testid="search-results">
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }}>
          {empty && (
            <Combobox.Empty data-testid="search-empty">{t('search.nothing')}</Combobox.Empty>
          )}
          {result && result.conversations.length > 0 && (
            <Combobox.Group label={t('search.conversations')}>
              {result.conversations.map((c) => (
                <Combobox.Option
                  key={c.id}
                  value={`c:${c.id}`}
                  data-testid="search-result-conversation"
                  data-conversation-id={c.id}
                >
                  <Group gap={6} wrap="nowrap">
                    <ChannelIcon kind={c.channel.kind} size={14} />
                    <Text size="sm" truncate>
                      #{c.number} {c.subject || t('inbox.noSubject')}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    {customerLabel(c.customer, t('inbox.unknownCustomer'))} · {c.preview}
                  </Text>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {result && result.customers.length > 0 && (
            <Combobox.Group label={t('search.customers')}>
              {result.customers.map((c) => (
                <Combobox.Option
                  key={c.id}
                  value={`u:${c.id}`}
                  data-testid="search-result-customer"
                  data-customer-id={c.id}
                >
                  <Text size="sm" truncate>
                    {c.name || c.email}
                  </Text>
                  {c.name && c.email && (
                    <Text size="xs" c="dimmed" truncate>
                      {c.email}
                    </Text>
                  )}
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  )
}
