import { Alert, Button, Group, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { useMergeConversation } from '../../../api/hooks/use-conversation-actions'
import { MIN_SEARCH_LENGTH, useSearch } from '../../../api/hooks/use-search'
import type { ConversationDetail } from '../../../api/inbox-types'
import { IconSearch } from '../../../components/inbox-icons'
import { showSuccess } from '../../../lib/notify'

interface Candidate {
  id: string
  number: number
  subject: string | null
  hint: string
}

/** Candidates: search hits, or this customer's other conversations while the box is empty. */
function useCandidates(conversation: ConversationDetail, q: string): Candidate[] {
  const search = useSearch(q)
  const { t } = useTranslation()
  const fromSearch = q.trim().length >= MIN_SEARCH_LENGTH ? search.data?.conversations : undefined
  const list: Candidate[] = fromSearch
    ? fromSearch.map((c) => ({
        id: c.id,
        number: c.number,
        subject: c.subject,
        hint: c.customer?.name || c.customer?.email || '',
      }))
    : (conversation.customerPanel?.conversations ?? []).map((c) => ({
        id: c.id,
        number: c.number,
        subject: c.subject,
        hint: t(`status.${c.status}`),
      }))
  return list.filter((c) => c.id !== conversation.id)
}

/** Merge this conversation into another one, found by number or subject. */
export function MergeModal({
  conversation,
  onClose,
}: {
  conversation: ConversationDetail
  onClose: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { search } = useLocation()
  const [value, setValue] = useState('')
  const [q] = useDebouncedValue(value, 200)
  const [target, setTarget] = useState<Candidate | null>(null)
  const merge = useMergeConversation(conversation.id)
  const candidates = useCandidates(conversation, q.replace(/^#/, ''))

  const submit = () => {
    if (!target) return
    merge.mutate(target.id, {
      onSuccess: () => {
        showSuccess(t('merge.done', { number: target.number }))
        onClose()
        navigate(`/inbox/${target.id}${search}`)
      },
    })
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('merge.title', { number: conversation.number })}
      centered
    >
      <Stack data-testid="merge-modal">
        <TextInput
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          placeholder={t('merge.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          data-testid="merge-search"
          data-autofocus
        />
        <Stack gap={4} mah={260} style={{ overflowY: 'auto' }}>
          {candidates.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="sm">
              {t('search.nothing')}
            </Text>
          )}
          {candidates.map((c) => (
            <UnstyledButton
              key={c.id}
              onClick={() => setTarget(c)}
              className="as-pick-row"
              data-selected={target?.id === c.id ? 'true' : 'false'}
              data-testid="merge-option"
              data-conversation-id={c.id}
            >
              <Text size="sm" truncate>
                #{c.number} {c.subject || t('inbox.noSubject')}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {c.hint}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
        {target && (
          <Alert color="orange" variant="light" data-testid="merge-warning">
            {t('merge.warning', { from: conversation.number, into: target.number })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            disabled={!target}
            loading={merge.isPending}
            onClick={submit}
            data-testid="merge-submit"
          >
            {t('merge.action')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
