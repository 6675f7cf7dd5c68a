/** Longest side of a captured photo: enough to read a label, small enough for warehouse Wi-Fi. */
const MAX_SIDE = 1600

/** Draws the video's current frame to a canvas and encodes it as a JPEG. */
export function captureFrame(video: HTMLVideoElement): Promise<Blob> {
  const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight, 1))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(video.videoWidth * scale)
  canvas.height = Math.round(video.videoHeight * scale)
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The camera frame is empty.'))),
      'image/jpeg',
      0.85,
    ),
  )
}
