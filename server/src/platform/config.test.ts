import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(3000)
    expect(config.host).toBe('127.0.0.1')
    expect(config.databaseUrl).toBeNull()
    expect(config.dataDir.endsWith('/data')).toBe(true)
    expect(config.demo).toBe(true)
  })

  it.each([
    ['PORT', 'abc', 'PORT must be an integer port from 0 to 65535 (0 picks a free one), got "abc"'],
    ['PORT', '70000', 'PORT must be an integer port'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    ['AFTERSALE_DEMO', 'maybe', 'AFTERSALE_DEMO must be 1 or 0'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
    [
      'AFTERSALE_APP_DB_ROLE',
      'Robert"; drop',
      'AFTERSALE_APP_DB_ROLE must be a lower-case SQL role name',
    ],
  ])('rejects %s=%s with one line naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(message)
    try {
      loadConfig({ [name]: value })
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(1)
    }
  })
})
