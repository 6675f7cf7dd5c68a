import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelAccount } from '../../../api/channel-types'
import {
  useCreateChannelAccount,
  useUpdateChannelAccount,
} from '../../../api/hooks/use-channel-accounts'
import type { ChannelKind } from '../../../api/inbox-types'
import { showSuccess } from '../../../lib/notify'
import { AllegroFields } from './allegro-fields'
import { type ChannelForm, formToBody, initialForm } from './channel-form'
import { EmailFields } from './email-fields'
import { SlaFields } from './sla-fields'
import { WidgetFields } from './widget-fields'

interface ChannelAccountModalProps {
  kind: ChannelKind
  account?: ChannelAccount
  onClose: () => void
  /** Called with the saved account (e.g. to start connecting a new Allegro account). */
  onSaved?: (account: ChannelAccount) => void
}

const FIELDS = { email: EmailFields, allegro: AllegroFields, widget: WidgetFields } as const

/** Add or edit a channel account: name, settings for its kind, SLA and assignment. */
export function ChannelAccountModal({ kind, account, onClose, onSaved }: ChannelAccountModalProps) {
  const { t } = useTranslation()
  const [form, setFormState] = useState<ChannelForm>(() => initialForm(kind, account))
  const create = useCreateChannelAccount()
  const update = useUpdateChannelAccount()
  const setForm = (change: Partial<ChannelForm>) => setFormState((f) => ({ ...f, ...change }))
  const Fields = FIELDS[kind]
  const saving = create.isPending || update.isPending

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const onSuccess = (saved: ChannelAccount) => {
      showSuccess(t('channels.saved', { name: form.name.trim() }))
      onClose()
      if (saved) onSaved?.(saved)
    }
    if (account) update.mutate({ id: account.id, body: formToBody(form, false) }, { onSuccess })
    else create.mutate(formToBody(form, true), { onSuccess })
  }

  const title = account
    ? t('channels.editTitle', { name: account.name })
    : t('channels.addTitle', { kind: t(`channelKinds.${kind}`) })

  return (
    <Modal opened onClose={onClose} title={title} size="xl" centered={false}>
      <form onSubmit={submit} data-testid="channel-form" data-kind={kind}>
        <Stack gap="md">
          <TextInput
            label={t('channels.name')}
            value={form.name}
            onChange={(e) => setForm({ name: e.currentTarget.value })}
            required
            maxLength={120}
            data-testid="channel-name"
            data-autofocus
          />
          <Fields
            form={form}
            setForm={setForm}
            credentialsSet={account?.credentialsSet ?? []}
            creating={!account}
          />
          <SlaFields form={form} setForm={setForm} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={saving}
              disabled={!form.name.trim()}
              data-testid="channel-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
