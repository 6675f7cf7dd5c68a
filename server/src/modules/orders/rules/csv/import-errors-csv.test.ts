import { describe, expect, it } from 'vitest'
import { importErrorsCsvText } from './import-errors-csv.js'

describe('importErrorsCsvText', () => {
  it('writes line,column,message with RFC 4180 quoting and defused formulas', () => {
    const text = importErrorsCsvText([
      { line: 4, column: 'cena', message: 'cena "12,3,4" is not an amount' },
      { line: 9, column: null, message: 'not imported: order KK-2 has an error on line 4' },
      { line: 12, column: '=SUM(A1)', message: '=SUM(A1) is required' },
    ])
    expect(text).toBe(
      'line,column,message\r\n' +
        '4,cena,"cena ""12,3,4"" is not an amount"\r\n' +
        '9,,not imported: order KK-2 has an error on line 4\r\n' +
        "12,'=SUM(A1),'=SUM(A1) is required\r\n",
    )
  })
})
