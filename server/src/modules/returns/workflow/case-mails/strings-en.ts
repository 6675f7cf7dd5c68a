import type { CaseMailStrings } from './mail-data.js'

const date = (iso: string) => {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ]
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
}

/** English wording of the case e-mails. */
export const caseMailEn: CaseMailStrings = {
  subject: {
    opened: 'We have received your request',
    item_requested: 'How to send the item back',
    received: 'Your return has arrived',
    accepted: 'Your request has been accepted',
    refused: 'Our answer to your request',
    refunded: 'We have refunded you',
    replacement: 'Your replacement is on its way',
    repair: 'Your item has been repaired',
  },
  greeting: 'Hello,',
  caseLine: (d) =>
    `about: ${d.caseKind === 'withdrawal' ? 'return' : 'complaint'} ${d.caseNumber}${d.orderNumber ? `, order ${d.orderNumber}` : ''} (${d.items.join(', ')}).`,
  body: {
    opened: (d) => [
      `thank you — we have received your ${d.caseKind === 'withdrawal' ? 'return' : 'complaint'}.`,
      d.respondBy
        ? `We will answer by ${date(d.respondBy)} at the latest. If we do not, your complaint is deemed accepted (art. 7a of the Polish Consumer Rights Act).`
        : d.returnGoodsBy
          ? `Please send the item back by ${date(d.returnGoodsBy)}.`
          : 'We will let you know what happens next.',
    ],
    item_requested: (d) => [
      `please send the item back${d.returnGoodsBy ? ` by ${date(d.returnGoodsBy)}` : ''}.`,
      ...(d.returnAddress ? [`Return address: ${d.returnAddress}`] : []),
      ...(d.instructions ? [d.instructions] : []),
    ],
    received: () => [
      'your return parcel has arrived. We will check it and get back to you shortly.',
    ],
    accepted: (d) => [
      `we have accepted your request. Resolution: ${d.remedy ? caseMailEn.remedy[d.remedy] : 'refund'}.`,
      ...(d.refundAmount && d.refundBy
        ? [`We will refund ${d.refundAmount} by ${date(d.refundBy)}.`]
        : []),
    ],
    refused: (d) => [
      'thank you for your patience. Having checked everything carefully, we are unfortunately unable to accept your request.',
      ...d.grounds.map((ground) => `• ${ground}`),
      ...(d.justification ? ['Our reasons:', d.justification] : []),
      'If you disagree, just reply to this e-mail and we will gladly explain.',
    ],
    refunded: (d) => [
      `we have refunded ${d.refundAmount ?? 'the amount due'}. It should reach your account within a few days.`,
    ],
    replacement: () => ['we have sent you a new, fault-free item.'],
    repair: () => ['your item has been repaired and is on its way back to you.'],
  },
  remedy: {
    repair: 'repair',
    replacement: 'replacement',
    price_reduction: 'price reduction',
    withdrawal: 'withdrawal from the contract and a refund',
    refund: 'refund',
  },
  statusLink: 'Check the status of your request here:',
  signOff: (shop) => `Kind regards,\n${shop}`,
  date,
}
