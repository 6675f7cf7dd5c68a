import { Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, type RefObject, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The scan field: barcode scanners type the code and press Enter, so it keeps focus and submits
 * on Enter; people can type a number too.
 */
export function PackScanForm({
  onScan,
  loading,
  inputRef,
}: {
  onScan: (code: string) => void
  loading: boolean
  inputRef: RefObject<HTMLInputElement | null>
}) {
  const { t } = useTranslation()
  const [code, setCode] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = code.trim()
    if (!value) return
    onScan(value)
    setCode('')
  }
  return (
    <form onSubmit={submit}>
      <Stack gap={6}>
        {/* The label sits above the row: next to the button it would wrap on phones. */}
        <Text component="label" htmlFor="pack-scan" fw={500}>
          {t('pack.scanLabel')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <TextInput
            id="pack-scan"
            ref={inputRef}
            autoFocus
            size="lg"
            flex={1}
            miw={0}
            placeholder={t('pack.scanPlaceholder')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="off"
            enterKeyHint="search"
            data-testid="pack-scan-input"
          />
          <Button size="lg" type="submit" loading={loading} data-testid="pack-scan-submit">
            {t('pack.find')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
