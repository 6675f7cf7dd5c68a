import { isSmall } from '../lib/table.js'

/** How much data one workspace gets. */
export interface WorkspaceSize {
  conversations: number
  customers: number
}

/** The measured workspace: 1,000,000 conversations, ~5,000,000 messages (small: 1/20). */
export const MAIN: WorkspaceSize = isSmall
  ? { conversations: 50_000, customers: 20_000 }
  : { conversations: 1_000_000, customers: 400_000 }

/** Two small neighbours, so row-level security has rows to filter out. */
export const NEIGHBOURS: WorkspaceSize = isSmall
  ? { conversations: 1_000, customers: 400 }
  : { conversations: 20_000, customers: 8_000 }

/** Conversations per INSERT … SELECT, so progress can be reported while generating. */
export const CHUNK = isSmall ? 25_000 : 100_000
