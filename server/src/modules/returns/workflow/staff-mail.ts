/** Notices to the seller's own people about a case's clock. */
export type StaffMailKind = 'staff_reminder' | 'staff_escalation' | 'staff_deemed_accepted'

/** What a staff notice says. */
export interface StaffMailData {
  kind: StaffMailKind
  caseNumber: string
  caseKind: 'withdrawal' | 'complaint'
  clock: 'answer' | 'refund'
  deadline: string
  caseUrl: string
}

/**
 * A short notice in Polish and English (staff read either): which case, which deadline, and that
 * an unanswered complaint counts as accepted the day after (art. 7a Ustawa o prawach konsumenta).
 */
export function renderStaffMail(data: StaffMailData): {
  subject: string
  text: string
  html: null
} {
  const what =
    data.clock === 'answer'
      ? { pl: 'odpowiedź na reklamację', en: 'the answer to the complaint' }
      : { pl: 'zwrot pieniędzy', en: 'the refund' }
  const heads: Record<StaffMailKind, { pl: string; en: string }> = {
    staff_reminder: {
      pl: `Przypomnienie: ${what.pl} do ${data.deadline}`,
      en: `Reminder: ${what.en} is due by ${data.deadline}`,
    },
    staff_escalation: {
      pl: `Eskalacja: ${what.pl} do ${data.deadline}, a sprawa wciąż czeka`,
      en: `Escalation: ${what.en} is due by ${data.deadline} and the case is still waiting`,
    },
    staff_deemed_accepted: {
      pl: `Termin minął ${data.deadline}: reklamację uważa się za uznaną (art. 7a)`,
      en: `The deadline passed on ${data.deadline}: the complaint is deemed accepted (art. 7a)`,
    },
  }
  const head = heads[data.kind]
  const subject = `${data.caseNumber}: ${head.en}`
  const text = [
    `${data.caseNumber} — ${head.pl}`,
    '',
    `${data.caseNumber} — ${head.en}`,
    '',
    data.caseUrl,
  ].join('\n')
  return { subject, text, html: null }
}
