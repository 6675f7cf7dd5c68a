import type { plReturnClocks } from './pl-return-clocks'

/** Case deadline clocks in the inbox, order and navigation, and Settings → Returns (EN). */
export const enReturnClocks: typeof plReturnClocks = {
  returnClocks: {
    title: 'Return and complaint deadlines',
    cardTitle: 'Returns and complaints',
    openCase: 'Open a return/complaint',
    openCaseHint: 'A new return or complaint for this order',
    none: 'No open returns or complaints in this conversation.',
    noneForOrder: 'No returns or complaints for this order.',
    noOrder: 'The conversation has no linked order — pick one in the form.',
    navDue: 'Cases due within 3 days: {{due}}, overdue: {{overdue}}',
    kind: {
      withdrawal: 'Return',
      complaint: 'Complaint',
    },
    status: {
      new: 'New',
      awaiting_item: 'Awaiting item',
      received: 'Item received',
      inspected: 'Inspected',
      accepted: 'Accepted',
      refused: 'Refused',
      resolved: 'Resolved',
    },
    chip: {
      answer: 'Answer: {{time}}',
      answerOverdue: 'Answer: {{time}} overdue',
      refund: 'Refund: {{time}}',
      refundOverdue: 'Refund: {{time}} overdue',
      deemedAccepted: 'Deemed accepted',
      listLeft: '{{kind}}: {{time}}',
      listOverdue: '{{kind}}: overdue',
    },
    tooltip: {
      answer:
        'Answer by {{date}} (end of day). A complaint left unanswered for 14 days is deemed accepted (art. 7a of the Polish Consumer Rights Act).',
      refund:
        'Refund by {{date}} (end of day) — 14 days from the withdrawal (art. 32 of the Polish Consumer Rights Act).',
      deemedAccepted:
        'Not answered in time: since {{date}} the complaint is deemed accepted by law (art. 7a of the Polish Consumer Rights Act).',
    },
    dueOn: 'due {{date}}',
    settings: {
      checklist: {
        title: 'Packing checklist',
        hint: 'What packers tick at the pack station: one item per line, up to {{max}} items of {{chars}} characters.',
        invalid: 'Give 1 to 20 items of up to 120 characters each.',
        save: 'Save checklist',
        saved: 'Checklist saved',
      },
      tab: 'Returns',
      title: 'Returns and complaints',
      description:
        'Return window, marketplace programmes, return address, buyer instructions, deadline reminders and the returns portal.',
      readOnly: 'Only an admin can change these settings.',
      saved: 'Return settings saved',
      windowTitle: 'Right of withdrawal and return window',
      windowHint:
        'A consumer may withdraw from a distance contract within 14 days of receiving the goods (art. 27 of the Polish Consumer Rights Act). You may offer longer.',
      sellerReturnDays: 'Voluntary return window (days)',
      sellerReturnDaysHint: 'Empty = the statutory 14 days. From 14 to 365.',
      statutory: '14 (statutory)',
      informs: 'We inform buyers of the right of withdrawal',
      informsHint:
        'Turn off if your listings or order confirmations do not explain the right of withdrawal: the period is then 12 months longer (art. 29 of the Polish Consumer Rights Act), and deadlines are counted that way.',
      programmesTitle: 'Marketplace programmes',
      programmesHint:
        'Longer return windows you promise on a channel (e.g. Amazon: 30 days). Empty = no programme, the general window applies.',
      programmeDays: 'Days to return',
      includesBusiness: 'Includes businesses',
      includesBusinessHint: 'The programme also covers business (B2B) buyers',
      channel: {
        allegro: 'Allegro',
        amazon: 'Amazon',
        kaufland: 'Kaufland',
        emag: 'eMAG',
        shop: 'Web shop',
      },
      addressTitle: 'Return address',
      addressHint:
        'Where buyers send goods back; shown in the instructions and the portal. Leave empty to give none.',
      addressName: 'Recipient name',
      addressStreet: 'Street and number',
      addressPostCode: 'Postcode',
      addressCity: 'City',
      addressCountry: 'Country',
      addressIncomplete: 'Fill in every address field or clear them all.',
      instructionsTitle: 'Return instructions',
      instructionsHint:
        'Text for the buyer in e-mails and the portal, in their language (e.g. how to pack, whether to enclose the form).',
      instructionsLabel: 'Instructions ({{language}})',
      language: {
        pl: 'Polish',
        en: 'English',
        de: 'German',
      },
      clocksTitle: 'Reminders and escalation',
      clocksHint:
        'Before a deadline runs out (answering a complaint, refunding) the team is reminded, and at the end the owner is told.',
      reminderHours: 'Reminders (hours before the deadline)',
      reminderHoursHint: 'Up to 5 values from 1 to 336; type a number and press Enter.',
      reminderHoursInvalid: 'Up to 5 different whole numbers from 1 to 336.',
      escalateHours: 'Escalate to the owner (hours before the deadline)',
      escalateHoursHint: 'From 1 to 336 hours.',
      hours: '{{hours}} h',
      portalTitle: 'Returns portal',
      portalHint:
        'Buyers file a return or complaint themselves: they enter the order number and e-mail and pick the products.',
      portalEnabled: 'Returns portal enabled',
      portalLink: 'Public portal address',
      portalOpen: 'Open the portal',
      portalDisabled: 'The portal is off — this address tells buyers so.',
    },
  },
}
