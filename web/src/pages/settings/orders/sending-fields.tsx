import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannelAccounts } from '../../../api/hooks/use-channel-accounts'
import { CredentialInput } from '../channels/credential-input'
import type { SettingsFieldsProps } from './field-props'

interface SendingFieldsProps extends SettingsFieldsProps {
  smsTokenSet: boolean
}

/** The e-mail account order messages leave from and the SMSAPI.pl-compatible SMS gateway. */
export function SendingFields({
  draft,
  change,
  editable,
  invalid,
  smsTokenSet,
}: SendingFieldsProps) {
  const { t } = useTranslation()
  const accounts = useChannelAccounts(editable).data ?? []
  const mailboxes = accounts.filter((a) => a.kind === 'email')
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <NativeSelect
        label={t('orderSettings.emailAccount')}
        description={t('orderSettings.emailAccountHint')}
        value={draft.emailAccountId}
        onChange={(e) => change({ emailAccountId: e.currentTarget.value })}
        data={[
          { value: '', label: t('orderSettings.noEmailAccount') },
          ...mailboxes.map((a) => ({ value: a.id, label: a.name })),
        ]}
        disabled={!editable}
        data-testid="order-settings-email-account"
      />
      <TextInput
        type="url"
        label={t('orderSettings.smsApiUrl')}
        description={t('orderSettings.smsApiUrlHint')}
        placeholder="https://api.smsapi.pl"
        value={draft.smsApiUrl}
        onChange={(e) => change({ smsApiUrl: e.currentTarget.value })}
        disabled={!editable}
        data-testid="order-settings-sms-url"
      />
      <TextInput
        label={t('orderSettings.smsSender')}
        description={t('orderSettings.smsSenderHint')}
        value={draft.smsSenderName}
        onChange={(e) => change({ smsSenderName: e.currentTarget.value })}
        maxLength={11}
        disabled={!editable}
        error={invalid.has('smsSenderName')}
        data-testid="order-settings-sms-sender"
      />
      {editable && (
        <CredentialInput
          label={t('orderSettings.smsToken')}
          field="smsToken"
          value={draft.smsToken}
          isSet={smsTokenSet}
          onChange={(smsToken) => change({ smsToken })}
        />
      )}
    </SimpleGrid>
  )
}
