import { Button, Center, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useRouteError } from 'react-router'

/** Last-resort screen for render errors (e.g. a chunk that failed to load after a deploy). */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  const detail = error instanceof Error ? error.message : null
  return (
    <Center mih="100vh" p="md" data-testid="route-error">
      <Stack maw={440} gap="sm" align="flex-start">
        <Title order={1} size="h3">
          {t('errors.title')}
        </Title>
        <Text c="dimmed">{t('errors.unknown')}</Text>
        {detail && (
          <Text size="xs" c="dimmed" className="as-mono">
            {detail}
          </Text>
        )}
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Stack>
    </Center>
  )
}
