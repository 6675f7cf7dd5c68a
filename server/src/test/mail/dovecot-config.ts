import { execFileSync } from 'node:child_process'
import { userInfo } from 'node:os'

/** The passwd-file of the test users: `user:{PLAIN}password::::::` per line. */
export function usersFile(users: Record<string, string>): string {
  return Object.entries(users)
    .map(([user, password]) => `${user}:{PLAIN}${password}::::::\n`)
    .join('')
}

/** The accounts Dovecot's processes run as (see the recipe). */
interface RunAs {
  login: string
  internal: string
  group: string
  mailUid: string
  mailGid: string
}

// Login processes refuse to run as root, so as root the recipe's dedicated users serve; as
// anyone else Dovecot runs every process as that user.
function runAs(): RunAs {
  if (process.getuid?.() === 0) {
    return {
      login: 'dovenull',
      internal: 'dovecot',
      group: 'dovecot',
      mailUid: 'dovecot',
      mailGid: 'dovecot',
    }
  }
  const self = userInfo()
  const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim()
  return {
    login: self.username,
    internal: self.username,
    group,
    mailUid: String(self.uid),
    mailGid: String(self.gid),
  }
}

/**
 * The recipe's dovecot.conf (shared/recipes/imap-test-server.md) for a directory and port;
 * `imapCapability` replaces the capability list, e.g. to play a server without IDLE.
 */
export function dovecotConfig(options: {
  dir: string
  port: number
  imapCapability?: string | undefined
}) {
  const { dir, port, imapCapability } = options
  const as = runAs()
  const lines = [
    `base_dir = ${dir}/run`,
    'protocols = imap',
    'listen = 127.0.0.1',
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    `default_login_user = ${as.login}`,
    `default_internal_user = ${as.internal}`,
    `default_internal_group = ${as.group}`,
    'first_valid_uid = 1',
    `mail_location = maildir:${dir}/mail/%u`,
    `log_path = ${dir}/log`,
    // Tests wait for IDLE notifications; the default re-check is 30 s where inotify is missing.
    'mailbox_idle_check_interval = 1 secs',
    // Tests try wrong passwords on purpose; the anti-guessing delays would only slow them down.
    'auth_failure_delay = 0',
    'passdb {',
    '  driver = passwd-file',
    `  args = scheme=PLAIN ${dir}/users`,
    '}',
    'userdb {',
    '  driver = static',
    `  args = uid=${as.mailUid} gid=${as.mailGid} home=${dir}/mail/%u`,
    '}',
    'service imap-login {',
    '  inet_listener imap {',
    '    address = 127.0.0.1',
    `    port = ${port}`,
    '  }',
    '  inet_listener imaps {',
    '    port = 0',
    '  }',
    '  chroot =',
    '}',
    'service anvil {',
    '  chroot =',
    '  unix_listener anvil-auth-penalty {',
    '    mode = 0',
    '  }',
    '}',
    'protocol imap {',
    '  mail_max_userip_connections = 100',
    ...(imapCapability ? [`  imap_capability = ${imapCapability}`] : []),
    '}',
  ]
  return `${lines.join('\n')}\n`
}
