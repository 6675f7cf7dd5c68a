import { createInterface } from 'node:readline'
import { evaluateCase } from '../rules/evaluate-case.js'
import { parseCaseFacts } from '../rules/parse-case-facts.js'
import type { CaseEvaluation } from '../rules/types.js'

const USAGE = `Usage: aftersale rules evaluate [--explain]
Reads JSON Lines of cases on stdin and writes one JSON line per case (docs/returns-rules.md).
  --explain   write the full evaluation (regime, item outcomes, return and deemed-acceptance dates)`

// Lines are gathered and written once per turn of the event loop: one write per line would cost
// more than evaluating the case, and an interactive user still sees each answer at once.
const FLUSH_BYTES = 64 * 1024

function contractLine(id: string | number, evaluation: CaseEvaluation): string {
  // The contract fixes these keys in this order (docs/returns-rules.md, "CLI contract").
  return JSON.stringify({
    id,
    decision: evaluation.decision,
    reasons: evaluation.reasons,
    deadline: evaluation.deadline,
    respondBy: evaluation.respondBy,
    refundBy: evaluation.refundBy,
  })
}

function explainLine(id: string | number, evaluation: CaseEvaluation): string {
  // The input's id (a number stays a number) goes first, as in the contract's line.
  return JSON.stringify(Object.assign({ id }, evaluation, { id }))
}

/** The output line for one input line (without the newline), or null for a blank line. */
export function evaluateLine(line: string, explain: boolean): string | null {
  if (line.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return JSON.stringify({ id: null, error: 'json: not a valid JSON line' })
  }
  const parsed = parseCaseFacts(value)
  if ('error' in parsed) return JSON.stringify({ id: parsed.id, error: parsed.error })
  let evaluation: CaseEvaluation
  try {
    evaluation = evaluateCase(parsed.facts)
  } catch (error) {
    // The engine names the field in its RangeErrors; one bad case must not stop the stream.
    const message = error instanceof Error ? error.message : String(error)
    return JSON.stringify({ id: parsed.id, error: message })
  }
  return explain ? explainLine(parsed.id, evaluation) : contractLine(parsed.id, evaluation)
}

/** Runs `aftersale rules <argv>`: `evaluate [--explain]` streams JSON Lines cases from stdin to decisions on stdout; returns the exit code (0 even with bad lines, 1 on an I/O failure, 64 on usage errors). */
export async function runRulesCommand(
  argv: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [command, ...options] = argv
  const explain = options.includes('--explain')
  const unknown = options.filter((option) => option !== '--explain')
  if (command !== 'evaluate' || unknown.length > 0) {
    stderr.write(`${USAGE}\n`)
    return 64 // EX_USAGE
  }
  return new Promise<number>((resolve) => {
    let pending = ''
    let flushScheduled = false
    let waitingForDrain = false
    let inputClosed = false
    let ending = false
    let finished = false
    const lines = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY })
    const finish = (code: number) => {
      if (finished) return
      finished = true
      lines.close()
      resolve(code)
    }
    const flush = () => {
      flushScheduled = false
      if (waitingForDrain || finished) return
      if (pending !== '') {
        const chunk = pending
        pending = ''
        if (!stdout.write(chunk)) {
          // Backpressure: stop reading until the reader of our output catches up; lines that
          // readline had already split keep collecting in `pending` meanwhile.
          waitingForDrain = true
          if (!inputClosed) lines.pause()
          stdout.once('drain', () => {
            waitingForDrain = false
            if (!inputClosed) lines.resume()
            flush()
          })
          return
        }
      }
      if (inputClosed && !ending) {
        ending = true
        // Resolve once everything written has been handed to the stream.
        stdout.write('', () => finish(0))
      }
    }
    lines.on('line', (line) => {
      const out = evaluateLine(line, explain)
      if (out === null) return
      pending += `${out}\n`
      if (pending.length >= FLUSH_BYTES) flush()
      else if (!flushScheduled) {
        flushScheduled = true
        setImmediate(flush)
      }
    })
    lines.on('close', () => {
      inputClosed = true
      flush()
    })
    stdin.on('error', () => finish(1))
    stdout.on('error', () => finish(1))
  })
}
