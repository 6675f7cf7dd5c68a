import { describe, expect, it } from 'vitest'
import { evaluateCase } from './evaluate-case.js'
import { type LegalScenario, sampleWithdrawal } from './sample-case-facts.js'

// Every expected date below was counted by hand from a calendar (KC art. 111 § 2: the day of
// the event is not counted; art. 115: a last day on a Saturday or holiday moves to the next
// working day), not produced by the engine.

const scenarios: LegalScenario[] = [
  [
    'delivered Monday: the 14th day is Monday 16 Nov',
    sampleWithdrawal({}),
    {
      decision: 'accept',
      deadline: '2026-11-16',
      respondBy: null,
      refundBy: '2026-11-30',
      reasons: ['within_statutory_period'],
      returnGoodsBy: '2026-11-30',
      regime: 'consumer_withdrawal',
    },
  ],
  [
    'a day after the 14th day is too late',
    sampleWithdrawal({ requestedAt: '2026-11-17' }),
    {
      decision: 'refuse',
      reasons: ['period_expired'],
      deadline: '2026-11-16',
      refundBy: null,
      returnGoodsBy: null,
    },
  ],
  [
    'a last day on Saturday moves to Monday',
    sampleWithdrawal({ deliveries: ['2026-11-07'], requestedAt: '2026-11-23' }),
    { decision: 'accept', deadline: '2026-11-23' },
  ],
  [
    'a last day on Sunday moves to Monday',
    sampleWithdrawal({ deliveries: ['2026-11-08'], requestedAt: '2026-11-24' }),
    { decision: 'refuse', deadline: '2026-11-23', reasons: ['period_expired'] },
  ],
  [
    '11 November 2026 (Wednesday) moves to Thursday',
    sampleWithdrawal({ deliveries: ['2026-10-28'], requestedAt: '2026-11-12' }),
    { decision: 'accept', deadline: '2026-11-12' },
  ],
  [
    '11 November 2027 (Thursday) moves to Friday',
    sampleWithdrawal({ deliveries: ['2027-10-28'], requestedAt: '2027-11-01' }),
    { decision: 'accept', deadline: '2027-11-12' },
  ],
  [
    'Easter Monday 2027-03-29 moves to Tuesday',
    sampleWithdrawal({ deliveries: ['2027-03-15'], requestedAt: '2027-03-30' }),
    { decision: 'accept', deadline: '2027-03-30' },
  ],
  [
    'Saturday, Easter Sunday and Easter Monday 2027 in a row',
    sampleWithdrawal({ deliveries: ['2027-03-13'], requestedAt: '2027-03-31' }),
    { decision: 'refuse', deadline: '2027-03-30' },
  ],
  [
    'Corpus Christi 2026-06-04 moves to Friday',
    sampleWithdrawal({ deliveries: ['2026-05-21'], requestedAt: '2026-06-05' }),
    { decision: 'accept', deadline: '2026-06-05' },
  ],
  [
    '24 December 2025 is a holiday: Christmas and the weekend follow',
    sampleWithdrawal({ deliveries: ['2025-12-10'], requestedAt: '2025-12-29' }),
    { decision: 'accept', deadline: '2025-12-29', refundBy: '2026-01-12' },
  ],
  [
    '24 December 2026 (Thursday) moves past Christmas and the weekend',
    sampleWithdrawal({ deliveries: ['2026-12-10'], requestedAt: '2026-12-28' }),
    { decision: 'accept', deadline: '2026-12-28' },
  ],
  [
    '24 December 2024 was still a working day',
    sampleWithdrawal({ deliveries: ['2024-12-10'], requestedAt: '2024-12-27' }),
    { decision: 'refuse', deadline: '2024-12-24' },
  ],
  [
    'New Year 2027 (Friday) moves past the weekend',
    sampleWithdrawal({ deliveries: ['2026-12-18'], requestedAt: '2027-01-04' }),
    { decision: 'accept', deadline: '2027-01-04' },
  ],
  [
    'Epiphany 2027 (Wednesday) moves to Thursday',
    sampleWithdrawal({ deliveries: ['2026-12-23'], requestedAt: '2027-01-07' }),
    { decision: 'accept', deadline: '2027-01-07' },
  ],
  [
    '1 May (Saturday), Sunday and 3 May 2027 in a row',
    sampleWithdrawal({ deliveries: ['2027-04-17'], requestedAt: '2027-05-04' }),
    { decision: 'accept', deadline: '2027-05-04' },
  ],
  [
    'delivered in parts: the last delivery starts the period',
    sampleWithdrawal({ deliveries: ['2026-11-02', '2026-11-09'], requestedAt: '2026-11-20' }),
    { decision: 'accept', deadline: '2026-11-23' },
  ],
  [
    'deliveries out of order still count from the latest',
    sampleWithdrawal({ deliveries: ['2026-11-09', '2026-11-02'], requestedAt: '2026-11-24' }),
    { decision: 'refuse', deadline: '2026-11-23' },
  ],
  [
    'not informed: 12 months after the 14 days',
    sampleWithdrawal({ informedOfWithdrawalRight: false, requestedAt: '2027-11-16' }),
    {
      decision: 'accept',
      deadline: '2027-11-16',
      reasons: ['within_statutory_period', 'extended_not_informed'],
    },
  ],
  [
    'not informed: the day after the 12 months is too late',
    sampleWithdrawal({ informedOfWithdrawalRight: false, requestedAt: '2027-11-17' }),
    { decision: 'refuse', deadline: '2027-11-16', reasons: ['period_expired'] },
  ],
  [
    'not informed, the 14 days ending on 29 Feb 2024: 12 months end on 28 Feb 2025',
    sampleWithdrawal({
      deliveries: ['2024-02-15'],
      informedOfWithdrawalRight: false,
      requestedAt: '2025-02-28',
    }),
    { decision: 'accept', deadline: '2025-02-28' },
  ],
  [
    'not informed, leap-year edge: 1 March 2025 is too late',
    sampleWithdrawal({
      deliveries: ['2024-02-15'],
      informedOfWithdrawalRight: false,
      requestedAt: '2025-03-01',
    }),
    { decision: 'refuse', deadline: '2025-02-28' },
  ],
  [
    'informed late: 14 days from the information',
    sampleWithdrawal({
      informedOfWithdrawalRight: false,
      informedAt: '2027-03-10',
      requestedAt: '2027-03-24',
    }),
    {
      decision: 'accept',
      deadline: '2027-03-24',
      reasons: ['within_statutory_period', 'information_given_late'],
    },
  ],
  [
    'informed late: the day after is too late',
    sampleWithdrawal({
      informedOfWithdrawalRight: false,
      informedAt: '2027-03-10',
      requestedAt: '2027-03-25',
    }),
    { decision: 'refuse', deadline: '2027-03-24' },
  ],
  [
    'informed late on a Saturday before Easter 2027: ends Tuesday',
    sampleWithdrawal({
      informedOfWithdrawalRight: false,
      informedAt: '2027-03-13',
      requestedAt: '2027-03-30',
    }),
    { decision: 'accept', deadline: '2027-03-30' },
  ],
  [
    'information after the 12 months changes nothing',
    sampleWithdrawal({
      informedOfWithdrawalRight: false,
      informedAt: '2027-12-01',
      requestedAt: '2027-11-16',
    }),
    {
      decision: 'accept',
      deadline: '2027-11-16',
      reasons: ['within_statutory_period', 'extended_not_informed'],
    },
  ],
  [
    'seller 30 days admits day 18',
    sampleWithdrawal({ sellerReturnDays: 30, requestedAt: '2026-11-20' }),
    {
      decision: 'accept',
      deadline: '2026-12-02',
      reasons: ['within_seller_period'],
      refundBy: '2026-12-04',
    },
  ],
  [
    'seller 30 days: within 14 days the statute admits it',
    sampleWithdrawal({ sellerReturnDays: 30, requestedAt: '2026-11-16' }),
    { decision: 'accept', deadline: '2026-12-02', reasons: ['within_statutory_period'] },
  ],
  [
    'seller 30 days: day 31 is too late',
    sampleWithdrawal({ sellerReturnDays: 30, requestedAt: '2026-12-03' }),
    { decision: 'refuse', deadline: '2026-12-02' },
  ],
  [
    'seller 30 days ending on 24 Dec 2026 moves to 28 Dec',
    sampleWithdrawal({
      deliveries: ['2026-11-24'],
      sellerReturnDays: 30,
      requestedAt: '2026-12-28',
    }),
    { decision: 'accept', deadline: '2026-12-28', reasons: ['within_seller_period'] },
  ],
  [
    'a seller window under 14 days changes nothing',
    sampleWithdrawal({ sellerReturnDays: 10, requestedAt: '2026-11-16' }),
    { decision: 'accept', deadline: '2026-11-16', reasons: ['within_statutory_period'] },
  ],
  [
    'programme 30 days admits day 23',
    sampleWithdrawal({ programme: { name: 'amazon', returnDays: 30 }, requestedAt: '2026-11-25' }),
    { decision: 'accept', deadline: '2026-12-02', reasons: ['within_programme_period'] },
  ],
  [
    'seller 21 and programme 30: the narrowest admitting window is named',
    sampleWithdrawal({
      sellerReturnDays: 21,
      programme: { name: 'amazon', returnDays: 30 },
      requestedAt: '2026-11-20',
    }),
    { decision: 'accept', deadline: '2026-12-02', reasons: ['within_seller_period'] },
  ],
  [
    'a 14-day programme adds nothing for a consumer',
    sampleWithdrawal({ programme: { name: 'allegro', returnDays: 14 }, requestedAt: '2026-11-17' }),
    { decision: 'refuse', deadline: '2026-11-16' },
  ],
  [
    'a business has no statutory withdrawal',
    sampleWithdrawal({ buyer: 'business', sellerReturnDays: 30 }),
    {
      decision: 'refuse',
      reasons: ['no_statutory_right'],
      deadline: null,
      refundBy: null,
      regime: 'none',
    },
  ],
  [
    'a business programme admits a business',
    sampleWithdrawal({
      buyer: 'business',
      programme: { name: 'shop', returnDays: 30, includesBusiness: true },
      requestedAt: '2026-11-20',
    }),
    {
      decision: 'accept',
      deadline: '2026-12-02',
      reasons: ['within_programme_period'],
      regime: 'none',
    },
  ],
]

describe('evaluateCase: withdrawal periods with exact dates', () => {
  it.each(scenarios)('%s', (_name, facts, expected) => {
    expect(evaluateCase(facts)).toMatchObject(expected)
  })
})
