import { Alert, Button, FileButton, SimpleGrid, Stack } from '@mantine/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { captureFrame } from './capture-frame'

type CameraState = 'off' | 'starting' | 'live' | 'unavailable'

/**
 * The device camera with a live preview and a capture button; without a camera or permission it
 * falls back to the file picker, which on phones opens the camera app (capture="environment").
 */
export function CameraCapture({ onPhoto }: { onPhoto: (photo: Blob) => void }) {
  const { t } = useTranslation()
  const [state, setState] = useState<CameraState>('off')
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream | null>(null)

  const stop = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop()
    stream.current = null
  }, [])
  // The camera light must go off when the packer leaves the page.
  useEffect(() => stop, [stop])

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setState('unavailable')
    setState('starting')
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      })
      setState('live')
    } catch {
      setState('unavailable')
    }
  }

  useEffect(() => {
    if (state === 'live' && video.current && stream.current) {
      video.current.srcObject = stream.current
      void video.current.play().catch(() => {})
    }
  }, [state])

  const capture = async () => {
    if (video.current) onPhoto(await captureFrame(video.current))
  }
  const close = () => {
    stop()
    setState('off')
  }

  return (
    <Stack gap="sm">
      {state === 'live' && (
        <>
          <video
            ref={video}
            autoPlay
            playsInline
            muted
            data-testid="pack-camera-preview"
            style={{ width: '100%', maxHeight: 360, background: '#000', borderRadius: 8 }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Button size="lg" onClick={capture} data-testid="pack-camera-capture">
              {t('pack.capture')}
            </Button>
            <Button size="lg" variant="default" onClick={close} data-testid="pack-camera-close">
              {t('pack.closeCamera')}
            </Button>
          </SimpleGrid>
        </>
      )}
      {state === 'unavailable' && (
        <Alert color="yellow" variant="light" data-testid="pack-camera-unavailable">
          {t('pack.cameraUnavailable')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {state !== 'live' && (
          <Button
            size="lg"
            onClick={start}
            loading={state === 'starting'}
            disabled={state === 'unavailable'}
            data-testid="pack-camera-start"
          >
            {t('pack.takePhoto')}
          </Button>
        )}
        <FileButton
          onChange={(files) => {
            for (const file of files) onPhoto(file)
          }}
          accept="image/*"
          capture="environment"
          multiple
        >
          {(props) => (
            <Button size="lg" variant="default" {...props} data-testid="pack-photo-upload">
              {t('pack.uploadPhoto')}
            </Button>
          )}
        </FileButton>
      </SimpleGrid>
    </Stack>
  )
}
