import { Fieldset, Group, NumberInput, SimpleGrid, Switch, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MailServerForm } from './channel-form'
import { CredentialInput } from './credential-input'

interface MailServerFieldsProps {
  legend: string
  prefix: 'imap' | 'smtp'
  value: MailServerForm
  onChange: (value: MailServerForm) => void
  password: string
  passwordSet: boolean
  passwordRequired: boolean
  onPassword: (value: string) => void
}

/** Host, port, TLS, user and password of one mail server (IMAP or SMTP). */
export function MailServerFields(props: MailServerFieldsProps) {
  const { t } = useTranslation()
  const { value, onChange, prefix } = props
  const set = (change: Partial<MailServerForm>) => onChange({ ...value, ...change })
  return (
    <Fieldset legend={props.legend} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('channels.host')}
          value={value.host}
          onChange={(e) => set({ host: e.currentTarget.value })}
          required
          data-testid={`${prefix}-host`}
        />
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <NumberInput
            label={t('channels.port')}
            value={value.port}
            onChange={(v) => set({ port: typeof v === 'number' ? v : '' })}
            min={1}
            max={65535}
            allowDecimal={false}
            required
            w={110}
            data-testid={`${prefix}-port`}
          />
          <Switch
            label={t('channels.tls')}
            checked={value.secure}
            onChange={(e) => set({ secure: e.currentTarget.checked })}
            mb={8}
            data-testid={`${prefix}-secure`}
          />
        </Group>
        <TextInput
          label={t('channels.user')}
          value={value.user}
          onChange={(e) => set({ user: e.currentTarget.value })}
          required
          autoComplete="off"
          data-testid={`${prefix}-user`}
        />
        <CredentialInput
          label={t('channels.password')}
          field={`${prefix}Password`}
          value={props.password}
          isSet={props.passwordSet}
          onChange={props.onPassword}
          required={props.passwordRequired}
        />
      </SimpleGrid>
    </Fieldset>
  )
}
