/** The server may answer with a path or a full URL; show a full URL either way. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).toString()
  } catch {
    return url
  }
}
