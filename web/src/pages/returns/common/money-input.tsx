import { NumberInput, type NumberInputProps } from '@mantine/core'

interface MoneyInputProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  /** Minor units (grosze); undefined while empty. */
  valueMinor: number | undefined
  onChangeMinor: (minor: number | undefined) => void
  currency: string
}

/** An amount typed in złote (two decimals) and kept in minor units, as the API wants it. */
export function MoneyInput({ valueMinor, onChangeMinor, currency, ...props }: MoneyInputProps) {
  return (
    <NumberInput
      {...props}
      value={valueMinor === undefined ? '' : valueMinor / 100}
      onChange={(value) =>
        onChangeMinor(
          value === '' || value === undefined ? undefined : Math.round(Number(value) * 100),
        )
      }
      min={0}
      decimalScale={2}
      fixedDecimalScale
      decimalSeparator=","
      thousandSeparator=" "
      rightSection={currency}
      rightSectionWidth={48}
    />
  )
}
