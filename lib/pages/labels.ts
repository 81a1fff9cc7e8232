/**
 * The words Seller Central prints, per UI language. English labels come from the public
 * evidence (SELLER-CENTRAL.md); the other languages are Amazon's usual translations and are
 * NOT confirmed by a screenshot: each list is a set of alternatives, so a new wording is
 * one line here.
 */
import type { OrderStatus } from '../messages/reading';

export const ITEM_LABELS = {
  quantity: ['Quantity', 'Qty', 'Menge', 'Quantité', 'Quantità', 'Cantidad', '数量'],
  itemSubtotal: [
    'Item subtotal',
    'Zwischensumme des Artikels',
    'Artikelzwischensumme',
    "Sous-total de l'article",
    'Sous-total',
    'Subtotale articolo',
    'Subtotal del producto',
    'Subtotal del artículo',
    '商品の小計',
    '商品小计',
  ],
  sku: ['SKU'],
  asin: ['ASIN'],
} as const;

export const SHIPPING_LABELS = {
  shipBy: [
    'Ship by date',
    'Ship by',
    // British English dispatches: Amazon.co.uk's wording for "ship".
    'Dispatch by date',
    'Dispatch by',
    'Versand bis',
    'Versanddatum bis',
    'Expédier avant le',
    'Spedire entro',
    'Enviar antes de',
    '出荷期限',
    '发货截止日期',
  ],
  deliverBy: [
    'Deliver by date',
    'Deliver by',
    'Zustellung bis',
    'Lieferung bis',
    'Livrer avant le',
    'Consegnare entro',
    'Entregar antes de',
    'お届け予定日',
    '送达截止日期',
  ],
} as const;

/** Status words → the normalised status. Lower case; compared after trimming. */
const STATUS_WORDS: [OrderStatus, string[]][] = [
  [
    'pending',
    ['pending', 'ausstehend', 'en attente', 'in sospeso', 'pendiente', '保留中', '保留', '等待中', '待处理'],
  ],
  [
    'unshipped',
    [
      'unshipped',
      'nicht versandt',
      'non expédiée',
      'non expédié',
      'non spedito',
      'no enviado',
      'sin enviar',
      '未出荷',
      '未发货',
      'payment complete',
      'paymentcomplete',
    ],
  ],
  [
    'shipped',
    [
      'shipped',
      'versandt',
      'expédiée',
      'expédié',
      'spedito',
      'enviado',
      '出荷済み',
      '已发货',
      'sent',
      'dispatched',
    ],
  ],
  [
    'delivered',
    ['delivered', 'zugestellt', 'livrée', 'livré', 'consegnato', 'entregado', '配達済み', '已送达', '已妥投'],
  ],
  [
    'cancelled',
    [
      'cancelled',
      'canceled',
      'storniert',
      'annulée',
      'annulé',
      'annullato',
      'cancelado',
      'キャンセル済み',
      'キャンセル',
      '已取消',
    ],
  ],
  [
    'refunded',
    [
      'refunded',
      'erstattet',
      'rückerstattet',
      'remboursée',
      'remboursé',
      'rimborsato',
      'reembolsado',
      '返金済み',
      '已退款',
    ],
  ],
  [
    'returned',
    [
      'returned',
      'zurückgegeben',
      'retourniert',
      'retournée',
      'retourné',
      'reso',
      'devuelto',
      '返品済み',
      '已退货',
    ],
  ],
];

const STATUS_BY_WORD = new Map<string, OrderStatus>(
  STATUS_WORDS.flatMap(([status, words]) => words.map((w) => [w, status] as const)),
);

export function normaliseStatus(text: string): OrderStatus | undefined {
  return STATUS_BY_WORD.get(text.replace(/\s+/g, ' ').trim().toLowerCase());
}
