import { describe, expect, it } from 'vitest'
import { readSmsapiAnswer } from './read-smsapi-answer.js'

describe('readSmsapiAnswer', () => {
  it('reads the first message of an accepted send', () => {
    const body = JSON.stringify({ count: 1, list: [{ id: 'ABC', points: 0.16, status: 'QUEUE' }] })
    expect(readSmsapiAnswer(200, body)).toEqual({ providerId: 'ABC', points: 0.16 })
  })

  it('treats error 53 (idx already used with check_idx) as already sent', () => {
    expect(readSmsapiAnswer(200, '{"error":53,"message":"Not unique idx"}')).toBe('duplicate')
    expect(readSmsapiAnswer(400, '{"error":"53","message":"Not unique idx"}')).toBe('duplicate')
  })

  it('marks overloads and internal errors retriable, request errors final', () => {
    const attempt = (status: number, text: string) => {
      try {
        readSmsapiAnswer(status, text)
      } catch (error) {
        return error as { name: string; retriable: boolean; code: number | null }
      }
      throw new Error('expected a refusal')
    }
    expect(attempt(502, '<html>502 Bad Gateway</html>')).toMatchObject({
      retriable: true,
      code: null,
    })
    expect(attempt(200, '{"error":203,"message":"Too many requests"}')).toMatchObject({
      retriable: true,
    })
    expect(attempt(200, '{"error":11,"message":"Too long"}')).toMatchObject({
      retriable: false,
      code: 11,
    })
    expect(attempt(403, '')).toMatchObject({ name: 'SmsCredentialsRejectedError', code: null })
    expect(attempt(200, '{"count":0,"list":[]}')).toMatchObject({ name: 'SmsSendError' })
  })
})
