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
    'Subtotal',
    'Zwischensumme des Artikels',
    'Zwischensumme Artikel',
    'Artikel-Zwischensumme',
    'Artikelzwischensumme',
    'Zwischensumme',
    'Sous-total article',
    'Subtotale',
    'Subtotal artículo',
    "Sous-total de l'article",
    'Sous-total',
    'Subtotale articolo',
    'Subtotal del producto',
    'Subtotal del artículo',
    '商品の小計',
    '小計',
    '商品小计',
    '小计',
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
    'Spedizione entro',
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
    'Consegna entro',
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

/**
 * The labels of an order's values in the UI languages. English "Buyer name" and "Sales
 * channel" are evidenced (the orders list's details cell, SELLER-CENTRAL.md); the others are
 * Amazon's usual wording, as alternatives.
 */
export const ORDER_LABELS = {
  buyerName: [
    'Buyer name',
    'Buyer',
    'Customer name',
    'Käufername',
    'Name des Käufers',
    'Käufer',
    "Nom de l'acheteur",
    'Acheteur',
    "Nome dell'acquirente",
    'Nome acquirente',
    'Acquirente',
    'Nombre del comprador',
    'Comprador',
    '購入者名',
    '購入者',
    '买家姓名',
    '买家名称',
    '买家',
    '買家姓名',
  ],
  purchasedAt: [
    'Order date',
    'Purchase date',
    'Ordered on',
    'Bestelldatum',
    'Kaufdatum',
    'Date de commande',
    "Date d'achat",
    "Data dell'ordine",
    'Data ordine',
    'Data di acquisto',
    'Fecha del pedido',
    'Fecha de compra',
    '注文日',
    '購入日',
    '注文日時',
    '订购日期',
    '订单日期',
    '下单日期',
    '购买日期',
  ],
  status: [
    'Order status',
    'Status',
    'Bestellstatus',
    'Statut de la commande',
    'Statut',
    "Stato dell'ordine",
    'Stato',
    'Estado del pedido',
    'Estado',
    '注文ステータス',
    'ステータス',
    '订单状态',
    '状态',
  ],
  total: [
    'Order total',
    'Grand total',
    'Gesamtsumme',
    'Bestellsumme',
    'Total de la commande',
    "Totale dell'ordine",
    'Totale ordine',
    'Total pedido',
    'Total commande',
    'Total del pedido',
    '注文合計',
    '合計',
    '订单总额',
    '订单总计',
  ],
  salesChannel: [
    'Sales channel',
    'Vertriebskanal',
    'Verkaufskanal',
    'Canal de vente',
    'Canale di vendita',
    'Canal de venta',
    '販売チャネル',
    '销售渠道',
  ],
  fulfillment: [
    'Fulfilment method',
    'Fulfillment method',
    'Fulfillment',
    'Fulfilment',
    'Fulfilled by',
    'Gestione',
    'Gestito da',
    'Gestión',
    'Expédié par',
    'Fulfilment channel',
    'Fulfillment channel',
    'Versandmethode',
    'Versand durch',
    "Mode d'expédition",
    'Metodo di gestione',
    'Método de gestión logística',
    '出荷方法',
    '配送方式',
  ],
} as const;

/**
 * Where the recipient's address is shown: never a buyer name (the recipient may be someone
 * else), and never read at all (SellerLens keeps no address).
 */
export const SHIP_TO_LABELS = {
  shipTo: [
    'Ship to',
    'Shipping address',
    'Deliver to',
    'Dispatch to',
    'Recipient',
    'Lieferadresse',
    'Versandadresse',
    'Versand an',
    'Empfänger',
    'Adresse de livraison',
    'Expédier à',
    'Destinataire',
    'Indirizzo di spedizione',
    'Spedire a',
    'Destinatario',
    'Dirección de envío',
    'Enviar a',
    'お届け先',
    '配送先',
    '配送先住所',
    '收货人',
    '收货地址',
    '配送地址',
  ],
} as const;
