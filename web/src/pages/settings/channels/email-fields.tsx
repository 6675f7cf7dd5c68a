import { SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChannelForm } from './channel-form'
import { MailServerFields } from './mail-server-fields'

interface KindFieldsProps {
  form: ChannelForm
  setForm: (change: Partial<ChannelForm>) => void
  credentialsSet: string[]
  /** New accounts need their secrets; an existing one keeps what is stored when left empty. */
  creating: boolean
}

/** E-mail account settings: sender, IMAP (incoming) and SMTP (outgoing). */
export function EmailFields({ form, setForm, credentialsSet, creating }: KindFieldsProps) {
  const { t } = useTranslation()
  const email = form.email
  const set = (change: Partial<ChannelForm['email']>) => setForm({ email: { ...email, ...change } })
  const secret = (field: string) => ({
    password: form.credentials[field] ?? '',
    passwordSet: credentialsSet.includes(field),
    passwordRequired: creating,
    onPassword: (value: string) =>
      setForm({ credentials: { ...form.credentials, [field]: value } }),
  })
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('channels.fromAddress')}
          type="email"
          value={email.fromAddress}
          onChange={(e) => set({ fromAddress: e.currentTarget.value })}
          required
          data-testid="email-from-address"
        />
        <TextInput
          label={t('channels.fromName')}
          value={email.fromName}
          onChange={(e) => set({ fromName: e.currentTarget.value })}
          data-testid="email-from-name"
        />
      </SimpleGrid>
      <MailServerFields
        legend={t('channels.imap')}
        prefix="imap"
        value={email.imap}
        onChange={(imap) => set({ imap })}
        {...secret('imapPassword')}
      />
      <MailServerFields
        legend={t('channels.smtp')}
        prefix="smtp"
        value={email.smtp}
        onChange={(smtp) => set({ smtp })}
        {...secret('smtpPassword')}
      />
    </Stack>
  )
}

export type { KindFieldsProps }
