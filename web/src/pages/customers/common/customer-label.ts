/** A customer's name, else e-mail, else phone, else the fallback ("Customer without a name"). */
export function customerName(
  customer: { name: string | null; email: string | null; phone?: string | null },
  fallback: string,
): string {
  return customer.name || customer.email || customer.phone || fallback
}
