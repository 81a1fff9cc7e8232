/**
 * The order page's labels beyond the list's (lib/pages/labels.ts), in the UI languages. The
 * evidenced page names its values by test id; these are the words a person reads beside them
 * on a layout without those ids (Amazon's usual wording, as alternatives).
 */
export const DETAIL_LABELS = {
  orderId: [
    'Order ID',
    'Order #',
    'Order number',
    'Bestellnummer',
    'Bestell-Nr.',
    'N° de commande',
    'Numéro de commande',
    'ID commande',
    'Numero ordine',
    "ID dell'ordine",
    'N.º de pedido',
    'Nº de pedido',
    'Número de pedido',
    'ID del pedido',
    '注文番号',
    '订单编号',
    '订单号',
  ],
  shippingService: [
    'Shipping service',
    'Delivery service',
    'Versandservice',
    'Versandart',
    "Service d'expédition",
    'Servizio di spedizione',
    'Servicio de envío',
    '配送サービス',
    '配送方法',
    '配送服务',
  ],
  trackingId: [
    'Tracking ID',
    'Tracking number',
    'Sendungsnummer',
    'Sendungsverfolgungsnummer',
    'Numéro de suivi',
    'N° de suivi',
    'Numero di tracking',
    'ID di tracciabilità',
    'Número de seguimiento',
    'お問い合わせ伝票番号',
    '追跡番号',
    '追踪编码',
    '运单号',
  ],
} as const;
