import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAddCustomerNote } from '../../../api/customer-actions'
import type { CustomerNote } from '../../../api/customer-types'
import { formatDateTime } from '../../../i18n/format'
import { displayName } from '../../../lib/display-name'
import { SectionCard } from '../../orders/common/section-card'

/** Internal notes about the customer (yellow, like notes in the inbox thread), newest first. */
export function NotesCard({
  customerId,
  notes,
  editable,
}: {
  customerId: string
  notes: CustomerNote[]
  editable: boolean
}) {
  const { t } = useTranslation()
  const add = useAddCustomerNote(customerId)
  const [text, setText] = useState('')
  const sorted = [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return
    add.mutate(text.trim(), { onSuccess: () => setText('') })
  }

  return (
    <SectionCard title={t('customerProfile.notesTitle')} testId="customer-notes">
      {editable && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              placeholder={t('customerProfile.notePlaceholder')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={10_000}
              aria-label={t('customerProfile.notePlaceholder')}
              styles={{ input: { background: '#fff8db', borderColor: '#f5d565' } }}
              data-testid="customer-note-input"
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                size="xs"
                loading={add.isPending}
                disabled={!text.trim()}
                data-testid="customer-note-submit"
              >
                {t('customerProfile.addNote')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {sorted.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customerProfile.noNotes')}
        </Text>
      )}
      <Stack gap="xs">
        {sorted.map((note) => (
          <div
            key={note.id}
            className="as-msg"
            data-variant="note"
            style={{ maxWidth: '100%', marginLeft: 0 }}
            data-testid="customer-note"
            data-note-id={note.id}
          >
            <Text size="xs" c="dimmed" mb={2}>
              {displayName(note.authorLabel)} · {formatDateTime(note.createdAt)}
            </Text>
            <Text size="sm" className="as-msg-text">
              {note.text}
            </Text>
          </div>
        ))}
      </Stack>
    </SectionCard>
  )
}
