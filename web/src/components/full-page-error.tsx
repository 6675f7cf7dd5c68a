import { Button, Center, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from './error-alert'

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Center h="100vh" p="md">
      <Stack maw={420} w="100%">
        <ErrorAlert error={error} />
        <Button variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  )
}
