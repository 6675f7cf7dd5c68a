import { useCallback, useEffect, useRef, useState } from 'react'
import { type PackPhoto, uploadPackPhoto } from '../../api/pack'

/** A photo on its way to the server or already stored. */
export interface PhotoUpload {
  localId: string
  previewUrl: string
  progress: number
  status: 'uploading' | 'done' | 'failed'
  photo: PackPhoto | null
  error: unknown
}

/** Uploads photos as they are taken and tracks each one's progress for the thumbnails. */
export function usePackPhotoUploads(orderId: string | null) {
  const [uploads, setUploads] = useState<PhotoUpload[]>([])
  const urls = useRef<string[]>([])
  const update = useCallback(
    (localId: string, change: Partial<PhotoUpload>) =>
      setUploads((all) => all.map((u) => (u.localId === localId ? { ...u, ...change } : u))),
    [],
  )

  const add = useCallback(
    (blob: Blob) => {
      if (!orderId) return
      const localId = crypto.randomUUID()
      const previewUrl = URL.createObjectURL(blob)
      urls.current.push(previewUrl)
      setUploads((all) => [
        ...all,
        { localId, previewUrl, progress: 0, status: 'uploading', photo: null, error: null },
      ])
      uploadPackPhoto(orderId, blob, (progress) => update(localId, { progress })).then(
        (photo) => update(localId, { status: 'done', progress: 1, photo }),
        (error: unknown) => update(localId, { status: 'failed', error }),
      )
    },
    [orderId, update],
  )

  const reset = useCallback(() => {
    for (const url of urls.current) URL.revokeObjectURL(url)
    urls.current = []
    setUploads([])
  }, [])

  useEffect(() => reset, [reset])

  // One parcel photo can be uploaded twice (same bytes): the server answers with the same id.
  const photoIds = [...new Set(uploads.flatMap((u) => (u.photo ? [u.photo.id] : [])))]
  return {
    uploads,
    photoIds,
    uploading: uploads.some((u) => u.status === 'uploading'),
    add,
    reset,
  }
}
