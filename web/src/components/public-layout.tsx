import { Box, Center, Group, Stack, Text } from '@mantine/core'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { Brand } from './brand'
import { SectionLoader } from './full-page-loader'
import { LanguageToggle } from './language-toggle'

/** Centered card layout for pages outside the app shell. */
export function PublicLayout() {
  const { t } = useTranslation()
  return (
    <Box
      mih="100vh"
      style={{
        background:
          'radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-indigo-1), transparent 60%), var(--mantine-color-gray-0)',
      }}
    >
      <Group justify="flex-end" p="md">
        <LanguageToggle />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={6} align="center">
            <Brand size="lg" />
            <Text c="dimmed" size="sm" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Suspense fallback={<SectionLoader />}>
            <Outlet />
          </Suspense>
        </Stack>
      </Center>
    </Box>
  )
}
