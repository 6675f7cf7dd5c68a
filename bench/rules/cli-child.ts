// The rules CLI as its own process over real pipes: what `aftersale rules evaluate` runs once
// server/src/cli.ts hands the command over (no database, no configuration).
import { runRulesCommand } from '../../server/src/modules/returns/cli/rules-evaluate.js'

process.exitCode = await runRulesCommand(process.argv.slice(2), process.stdin, process.stdout)
