import { useState } from 'react'
import { useUpload } from '../../../api/hooks/use-uploads'
import type { Upload } from '../../../api/inbox-types'

export interface PendingFile {
  key: string
  name: string
  size: number
  upload: Upload | null
  failed: boolean
}

let counter = 0

/** Files picked in the composer: each uploads at once (`POST /uploads`) and is attached on send. */
export function usePendingUploads() {
  const [files, setFiles] = useState<PendingFile[]>([])
  const upload = useUpload()

  const patch = (key: string, change: Partial<PendingFile>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)))

  const add = (picked: File[]) => {
    for (const file of picked) {
      counter += 1
      const key = `f${counter}`
      setFiles((list) => [
        ...list,
        { key, name: file.name, size: file.size, upload: null, failed: false },
      ])
      upload.mutate(file, {
        onSuccess: (done) => patch(key, { upload: done }),
        onError: () => patch(key, { failed: true }),
      })
    }
  }

  return {
    files,
    add,
    remove: (key: string) => setFiles((list) => list.filter((f) => f.key !== key)),
    clear: () => setFiles([]),
    uploads: files.flatMap((f) => (f.upload ? [f.upload] : [])),
    busy: files.some((f) => !f.upload && !f.failed),
  }
}
