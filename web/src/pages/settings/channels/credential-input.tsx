import { Badge, PasswordInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface CredentialInputProps {
  label: string
  field: string
  value: string
  isSet: boolean
  onChange: (value: string) => void
  required?: boolean
}

/** A write-only secret: empty keeps the stored value; a "set" badge shows one exists. */
export function CredentialInput({
  label,
  field,
  value,
  isSet,
  onChange,
  required,
}: CredentialInputProps) {
  const { t } = useTranslation()
  return (
    <PasswordInput
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      placeholder={isSet ? t('channels.keepSecret') : undefined}
      required={required && !isSet}
      autoComplete="new-password"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        isSet ? (
          <Badge
            size="xs"
            color="teal"
            variant="light"
            component="span"
            data-testid="credential-set"
            data-field={field}
          >
            {t('channels.credentialSet')}
          </Badge>
        ) : undefined
      }
      data-testid={`credential-${field}`}
    />
  )
}
