import { Badge, Group, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseEvaluation } from '../../../api/return-types'
import { IconCircleCheck, IconCircleX } from '../returns-icons'

/** An engine reason or refusal ground in words, citing the statute (falls back to the code). */
export function useReasonWords() {
  const { t } = useTranslation()
  return (code: string) =>
    t(`returns.reasonCodes.${code as 'period_expired'}`, { defaultValue: code })
}

/** The engine's decision, the law it applied and its reasons in words (`engine-verdict`). */
export function EngineVerdict({ evaluation }: { evaluation: CaseEvaluation }) {
  const { t } = useTranslation()
  const words = useReasonWords()
  const accept = evaluation.decision === 'accept'
  return (
    <Stack gap={6} data-testid="engine-verdict" data-decision={evaluation.decision}>
      <Group gap="xs" wrap="wrap">
        <Badge
          size="lg"
          variant="light"
          color={accept ? 'teal' : 'red'}
          tt="none"
          leftSection={accept ? <IconCircleCheck size={14} /> : <IconCircleX size={14} />}
          data-testid="engine-decision"
        >
          {t(`returns.verdict.${evaluation.decision}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t(`returns.regimes.${evaluation.regime}`)}
        </Text>
      </Group>
      {evaluation.reasons.length > 0 && (
        <List size="sm" spacing={2} data-testid="engine-reasons">
          {evaluation.reasons.map((code) => (
            <List.Item key={code} data-code={code}>
              {words(code)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  )
}
