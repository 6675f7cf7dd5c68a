import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/** A stored file's address and digest. */
export interface StoredFile {
  key: string
  sha256: string
  size: number
}

/** Content-addressed files under `<dataDir>/files`: the same bytes stored twice are one file. */
export class FileStore {
  constructor(private readonly root: string) {}

  /** Writes bytes for a workspace (atomically, via rename) and returns their key. */
  async put(workspaceId: string, content: Buffer): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(content).digest('hex')
    const key = `${workspaceId}/${sha256.slice(0, 2)}/${sha256}`
    const file = this.pathOf(key)
    await fs.mkdir(path.dirname(file), { recursive: true })
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    )
    if (!exists) {
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`
      await fs.writeFile(temp, content)
      await fs.rename(temp, file)
    }
    return { key, sha256, size: content.length }
  }

  /** Reads a stored file's bytes. */
  async read(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key))
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error('Bad file key')
    return path.join(this.root, key)
  }
}
