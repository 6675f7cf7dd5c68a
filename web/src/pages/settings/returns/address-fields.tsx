import { Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localeTag } from '../../../i18n/format'
import type { ReturnFieldsProps } from './field-props'

/** Countries of the marketplaces served (Allegro, Kaufland, eMAG, Amazon EU) and their neighbours. */
const COUNTRIES = [
  'PL',
  'DE',
  'CZ',
  'SK',
  'AT',
  'HU',
  'RO',
  'BG',
  'LT',
  'NL',
  'FR',
  'IT',
  'ES',
  'GB',
]

function countryOptions() {
  const names = new Intl.DisplayNames([localeTag()], { type: 'region' })
  return COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code }))
}

/** The address buyers send goods back to; all five fields or none. */
export function AddressFields({ draft, change, editable, invalid }: ReturnFieldsProps) {
  const { t } = useTranslation()
  const set = (key: keyof ReturnFieldsProps['draft']['address'], value: string) =>
    change({ address: { ...draft.address, [key]: value } })
  const bad = invalid.has('address')
  const text = (key: 'name' | 'street' | 'postCode' | 'city', label: string, max: number) => (
    <TextInput
      label={label}
      value={draft.address[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      maxLength={max}
      disabled={!editable}
      error={bad && !draft.address[key].trim()}
      data-testid={`return-settings-address-${key}`}
    />
  )
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {text('name', t('returnClocks.settings.addressName'), 200)}
        {text('street', t('returnClocks.settings.addressStreet'), 200)}
        {text('postCode', t('returnClocks.settings.addressPostCode'), 20)}
        {text('city', t('returnClocks.settings.addressCity'), 100)}
        <Select
          label={t('returnClocks.settings.addressCountry')}
          data={countryOptions()}
          value={draft.address.countryCode}
          onChange={(value) => set('countryCode', value ?? 'PL')}
          allowDeselect={false}
          searchable
          disabled={!editable}
          data-testid="return-settings-address-country"
        />
      </SimpleGrid>
      {bad && (
        <Text size="sm" c="red" data-testid="return-settings-address-error">
          {t('returnClocks.settings.addressIncomplete')}
        </Text>
      )}
    </>
  )
}
