import { Box, SegmentedControl, Text, Textarea } from '@mantine/core'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAddNote, useSendReply } from '../../../api/hooks/use-conversation-actions'
import { useMembers } from '../../../api/hooks/use-members'
import type { ConversationDetail } from '../../../api/inbox-types'
import { showSuccess } from '../../../lib/notify'
import { ComposerAttachments } from './composer-attachments'
import { ComposerFooter } from './composer-footer'
import { MentionSuggestions } from './mention-suggestions'
import { useMentions } from './use-mentions'
import { usePendingUploads } from './use-pending-uploads'

type Mode = 'reply' | 'note'

interface ComposerProps {
  conversation: ConversationDetail
  onTyping: () => void
}

/** Reply / internal-note composer with `@` mentions, attachments, "Send" and "Send and resolve". */
export function Composer({ conversation: c, onTyping }: ComposerProps) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>(c.abilities.reply ? 'reply' : 'note')
  const [text, setText] = useState('')
  const [focused, setFocused] = useState(false)
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const reply = useSendReply(c.id)
  const note = useAddNote(c.id)
  const files = usePendingUploads()
  const members = (useMembers().data ?? []).map((m) => ({
    id: m.userId,
    name: m.name || m.email,
    email: m.email,
  }))
  const mentions = useMentions(mode === 'note' ? members : [], text, setText, inputRef)
  const sending = reply.isPending || note.isPending
  const canSend = text.trim().length > 0 && !sending && !(mode === 'reply' && files.busy)

  if (!c.abilities.reply && !c.abilities.note)
    return (
      <Text size="sm" c="dimmed" p="md" className="as-composer" data-testid="composer-read-only">
        {t('composer.readOnly')}
      </Text>
    )

  const done = () => {
    setText('')
    files.clear()
  }

  const send = (then?: 'resolve') => {
    if (!canSend) return
    if (mode === 'note') {
      note.mutate({ text, mentions: mentions.mentionedIds() }, { onSuccess: done })
      return
    }
    reply.mutate(
      { text, attachments: files.uploads.length ? files.uploads : undefined, afterSend: then },
      {
        onSuccess: () => {
          done()
          if (then === 'resolve') showSuccess(t('inbox.statusChanged.resolved'))
        },
      },
    )
  }

  return (
    <Box className="as-composer" data-mode={mode} data-testid="composer">
      {c.abilities.reply && c.abilities.note && (
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(value) => setMode(value as Mode)}
          data={[
            {
              value: 'reply',
              label: <span data-testid="composer-mode-reply">{t('composer.reply')}</span>,
            },
            {
              value: 'note',
              label: <span data-testid="composer-mode-note">{t('composer.note')}</span>,
            },
          ]}
          mb={6}
        />
      )}
      <Box pos="relative">
        <MentionSuggestions
          suggestions={focused ? mentions.suggestions : []}
          active={mentions.active}
          onPick={mentions.pick}
        />
        <Textarea
          ref={inputRef}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value)
            mentions.trackCaret(e.currentTarget)
            onTyping()
          }}
          onSelect={(e) => mentions.trackCaret(e.currentTarget)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(e) => {
            if (mentions.onKeyDown(e)) return
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              send()
            }
            if (e.key === 'Escape') e.currentTarget.blur()
          }}
          placeholder={
            mode === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')
          }
          aria-label={mode === 'note' ? t('composer.note') : t('composer.reply')}
          autosize
          minRows={3}
          maxRows={10}
          classNames={{ input: 'as-composer-input' }}
          data-testid="composer-input"
        />
      </Box>
      {mode === 'reply' && <ComposerAttachments files={files.files} onRemove={files.remove} />}
      <ComposerFooter
        mode={mode}
        canSend={canSend}
        sending={sending}
        showResolve={mode === 'reply' && c.abilities.resolve && c.status !== 'resolved'}
        onAttach={files.add}
        onSend={send}
      />
    </Box>
  )
}
