import { type CopyFacts, type NotificationCopy, withPeriod } from './notification-copy.js'

/** English: friendly and plain, British spelling; the fallback for every other language. */
export const COPY_EN: NotificationCopy = {
  language: 'en',
  subject: (f) =>
    ({
      order_received: `We've received your order ${f.orderNumber}`,
      shipped: `Your order ${f.orderNumber} is on its way`,
      out_for_delivery: `Your order ${f.orderNumber} is out for delivery`,
      delivered: `Your order ${f.orderNumber} has been delivered`,
      delay_notice: `Your order ${f.orderNumber} is delayed – we're sorry`,
    })[f.kind],
  greeting: (f) => (f.customerName ? `Hello ${f.customerName},` : 'Hello,'),
  paragraphs: (f: CopyFacts) => {
    switch (f.kind) {
      case 'order_received':
        return [
          `Thank you for shopping at ${f.shopName}. We've received your order ${f.orderNumber} and are getting it ready.`,
          'You can check its status at any time.',
        ]
      case 'shipped':
        return [`Good news: your order ${f.orderNumber} has been shipped.`]
      case 'out_for_delivery':
        return [`Your order ${f.orderNumber} is out for delivery and should reach you today.`]
      case 'delivered':
        return [
          `According to the carrier, your order ${f.orderNumber} has been delivered. We hope everything is just as you expected.`,
          'Thank you for shopping with us!',
        ]
      case 'delay_notice':
        return [
          f.carrier
            ? `We're sorry: your parcel with order ${f.orderNumber} is taking longer to arrive than we planned.`
            : `We're sorry: your order ${f.orderNumber} hasn't been shipped yet, as preparing it is taking longer than we planned.`,
          f.expectedLong
            ? `The new estimated delivery date is ${withPeriod(f.expectedLong)}`
            : "We'll let you know as soon as we know more.",
          'You can check the current status on the tracking page at any time. We apologise for the inconvenience.',
        ]
    }
  },
  labels: {
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    expectedDelivery: 'Estimated delivery',
    summary: 'Order summary',
    total: 'Total',
    trackParcel: 'Track your parcel',
    orderStatus: 'View order status',
    closing: 'Best regards,',
  },
  questions: (email) => `Any questions? Just reply to this e-mail or write to us at ${email}.`,
  sms: (f) => {
    const s = f.shopName
    const n = f.orderNumber
    switch (f.kind) {
      case 'order_received':
        return [
          `${s}: thank you for your order ${n}. Check its status: ${f.url}`,
          `${s}: thanks for order ${n}. ${f.url}`,
          `Order ${n} received: ${f.url}`,
        ]
      case 'shipped':
        return [
          `${s}: your order ${n} has shipped${f.carrier ? ` with ${f.carrier}` : ''}. Track your parcel: ${f.url}`,
          `${s}: order ${n} shipped. Track: ${f.url}`,
          `Order ${n} shipped: ${f.url}`,
        ]
      case 'out_for_delivery':
        return [
          `${s}: your order ${n} is out for delivery today. Track your parcel: ${f.url}`,
          `${s}: order ${n} out for delivery. ${f.url}`,
          `Order ${n} out for delivery: ${f.url}`,
        ]
      case 'delivered':
        return [
          `${s}: your order ${n} has been delivered. Thank you for shopping with us!`,
          `${s}: order ${n} delivered. Thank you!`,
          `Order ${n} delivered. Thank you!`,
        ]
      case 'delay_notice':
        return [
          `${s}: we're sorry, your order ${n} is delayed.${f.expectedShort ? ` New estimate: ${withPeriod(f.expectedShort)}` : ''} Status: ${f.url}`,
          `${s}: sorry, order ${n} is delayed. ${f.url}`,
          `Order ${n} is delayed, sorry: ${f.url}`,
        ]
    }
  },
}
