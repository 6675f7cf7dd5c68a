/** The returns page with its "new case" form open, prefilled with the order and conversation. */
export function newCaseLink(link: { orderId?: string | null; conversationId?: string }): string {
  const params = new URLSearchParams({ new: '1' })
  if (link.orderId) params.set('orderId', link.orderId)
  if (link.conversationId) params.set('conversationId', link.conversationId)
  return `/returns?${params.toString()}`
}
