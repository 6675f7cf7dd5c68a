import { Alert, Button, Checkbox, FileButton, Group, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseAction, CaseDetail } from '../../../api/return-types'
import { useUploadCaseFile } from '../../../api/returns'
import { IconMail, IconPaperclip } from '../../../components/inbox-icons'
import { showApiError, showSuccess } from '../../../lib/notify'
import { useReasonWords } from '../common/engine-verdict'

type Refuse = Extract<CaseAction, { type: 'refuse' }>

/** The shortest justification the workflow accepts (server: workflow/plan-decision.ts). */
export const MIN_JUSTIFICATION = 30
/** What the upload accepts (server: service/case-files.ts). */
const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf'

/**
 * A refusal: grounds the engine or the inspection gives, a written justification the buyer
 * receives, and evidence uploaded right here — the law puts the burden of proof on the seller.
 */
export function RefuseFields({
  detail,
  action,
  onChange,
}: {
  detail: CaseDetail
  action: Refuse
  onChange: (next: Refuse) => void
}) {
  const { t } = useTranslation()
  const words = useReasonWords()
  const upload = useUploadCaseFile(detail.id)
  const evidence = detail.files.filter((file) => file.purpose !== 'label').length
  const length = action.justification.trim().length

  const attach = (file: File | null) => {
    if (!file) return
    upload.mutate(
      { file, purpose: 'evidence' },
      {
        onSuccess: () => showSuccess(t('returns.forms.uploaded', { name: file.name })),
        onError: showApiError,
      },
    )
  }

  return (
    <Stack gap="sm">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('returns.forms.grounds')}
        </Text>
        {detail.availableGrounds.length === 0 ? (
          <Alert color="gray" variant="light" data-testid="refuse-no-grounds">
            {t('returns.forms.noGrounds')}
          </Alert>
        ) : (
          <Checkbox.Group
            value={action.grounds}
            onChange={(grounds) => onChange({ ...action, grounds })}
          >
            <Stack gap={6}>
              {detail.availableGrounds.map((ground) => (
                <Checkbox
                  key={ground}
                  value={ground}
                  label={words(ground)}
                  data-testid="refuse-ground"
                  data-ground={ground}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      </Stack>
      <Textarea
        label={t('returns.forms.justification')}
        value={action.justification}
        onChange={(e) => onChange({ ...action, justification: e.currentTarget.value })}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={5000}
        description={t('returns.forms.justificationCount', {
          count: length,
          min: MIN_JUSTIFICATION,
        })}
        error={length > 0 && length < MIN_JUSTIFICATION ? true : undefined}
        data-testid="refuse-justification"
      />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text
          size="sm"
          c={evidence > 0 ? undefined : 'orange.8'}
          data-testid="refuse-evidence-count"
          data-count={evidence}
        >
          {t('returns.forms.evidenceCount', { count: evidence })}
        </Text>
        <FileButton onChange={attach} accept={ACCEPT}>
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              leftSection={<IconPaperclip size={14} />}
              loading={upload.isPending}
              data-testid="refuse-upload"
            >
              {t('returns.forms.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Alert
        color="blue"
        variant="light"
        icon={<IconMail size={16} />}
        data-testid="refuse-mail-note"
      >
        {t('returns.forms.politeMail')}
      </Alert>
    </Stack>
  )
}
