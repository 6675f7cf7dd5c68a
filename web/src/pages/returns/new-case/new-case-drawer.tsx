import { Alert, Button, Drawer, Group, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { NewCasePreview } from '../../../api/return-types'
import { useCaseOrder, useOpenCase, usePreviewNewCase } from '../../../api/returns'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { showSuccess } from '../../../lib/notify'
import { CaseFields } from './case-fields'
import { LinePicker } from './line-picker'
import { emptyDraft, type NewCaseDraft, type OrderLine, toNewCase } from './new-case-draft'
import { NewCaseVerdict } from './new-case-verdict'
import { OrderPicker } from './order-picker'

interface NewCaseDrawerProps {
  opened: boolean
  onClose: () => void
  /** Prefilled from the link (`?new=1&orderId=&conversationId=`). */
  orderId: string | null
  conversationId: string | null
}

/** Opens a case: find the order, pick lines, describe it, check with the engine, then open. */
export function NewCaseDrawer({ opened, onClose, orderId, conversationId }: NewCaseDrawerProps) {
  const { t } = useTranslation()
  const phone = useMediaQuery('(max-width: 48em)', false)
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 560}
      title={<Text fw={650}>{t('returns.newCase.title')}</Text>}
      data-testid="new-case-drawer"
    >
      {opened && (
        <NewCaseForm
          key={`${orderId}|${conversationId}`}
          orderId={orderId}
          conversationId={conversationId}
        />
      )}
    </Drawer>
  )
}

function NewCaseForm({ orderId, conversationId }: Omit<NewCaseDrawerProps, 'opened' | 'onClose'>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<NewCaseDraft>(() => emptyDraft(orderId, conversationId))
  const [checked, setChecked] = useState<NewCasePreview | null>(null)
  const order = useCaseOrder(draft.orderId)
  const preview = usePreviewNewCase()
  const open = useOpenCase()
  const body = toNewCase(draft)

  const change = (next: NewCaseDraft) => {
    setDraft(next)
    setChecked(null)
    preview.reset()
  }
  const check = () => {
    if (body) preview.mutate(body, { onSuccess: setChecked })
  }
  const submit = () => {
    if (!body) return
    open.mutate(body, {
      onSuccess: (opened) => {
        showSuccess(t('returns.newCase.opened', { number: opened.number }))
        navigate(`/returns/${opened.caseId}`)
      },
    })
  }
  const detail = draft.orderId ? order.data : undefined

  return (
    <Stack gap="md" data-testid="new-case-form">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('returns.newCase.findOrder')}
        </Text>
        {draft.orderId && order.isPending && <SectionLoader />}
        {draft.orderId && order.isError && <ErrorAlert error={order.error} />}
        {(!draft.orderId || detail) && (
          <OrderPicker
            order={detail ?? null}
            onPick={(id) => change({ ...emptyDraft(id, draft.conversationId), kind: draft.kind })}
          />
        )}
      </Stack>
      {detail && (
        <>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('returns.newCase.pickLines')}
            </Text>
            <LinePicker
              lines={detail.items as OrderLine[]}
              currency={detail.currency}
              choices={draft.lines}
              onChange={(id, choice) =>
                change({ ...draft, lines: { ...draft.lines, [id]: choice } })
              }
            />
          </Stack>
          <CaseFields draft={draft} onChange={change} />
        </>
      )}
      {preview.isError && <ErrorAlert error={preview.error} testId="new-case-error" />}
      {open.isError && <ErrorAlert error={open.error} testId="new-case-error" />}
      {checked && <NewCaseVerdict preview={checked} />}
      {detail && !body && (
        <Alert color="gray" variant="light">
          {t('returns.newCase.pickSomething')}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          onClick={check}
          disabled={!body}
          loading={preview.isPending}
          data-testid="new-case-check"
        >
          {t('returns.newCase.check')}
        </Button>
        <Button
          onClick={submit}
          disabled={!body || !checked}
          loading={open.isPending}
          data-testid="new-case-open"
        >
          {t('returns.newCase.open')}
        </Button>
      </Group>
    </Stack>
  )
}
