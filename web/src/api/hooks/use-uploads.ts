import { useMutation } from '@tanstack/react-query'
import { api } from '../client'
import type { Upload } from '../inbox-types'

/** Uploads one file as a raw body and returns the reference a reply can attach. */
export function useUpload() {
  return useMutation({
    mutationFn: (file: File) =>
      api<Upload>('/uploads', {
        method: 'POST',
        query: { filename: file.name, contentType: file.type || 'application/octet-stream' },
        rawBody: file,
      }),
  })
}
