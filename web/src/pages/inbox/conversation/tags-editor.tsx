import { TagsInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSetConversationTags } from '../../../api/hooks/use-conversation-actions'
import { useTags } from '../../../api/hooks/use-tags'
import type { ConversationDetail } from '../../../api/inbox-types'

/** Tag picker: existing tags offered, new names created on Enter (`PUT /conversations/:id/tags`). */
export function TagsEditor({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation()
  const setTags = useSetConversationTags(c.id)
  const all = useTags().data ?? []
  const value = setTags.isPending ? setTags.variables : c.tags.map((tag) => tag.name)

  const onChange = (names: string[]) => {
    const cleaned = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
    setTags.mutate(cleaned)
  }

  return (
    <TagsInput
      mt="xs"
      size="xs"
      aria-label={t('inbox.tags')}
      placeholder={value.length === 0 ? t('inbox.addTag') : undefined}
      data={all.map((tag) => tag.name)}
      value={value}
      onChange={onChange}
      disabled={!(c.abilities.assign || c.abilities.reply)}
      clearable={false}
      acceptValueOnBlur={false}
      splitChars={[',']}
      maxDropdownHeight={220}
      comboboxProps={{ withinPortal: true }}
      data-testid="conversation-tags"
      variant="unstyled"
    />
  )
}
