/**
 * The names the performance pages give their metrics, per UI language. English comes from
 * the screenshots (reference/in-2026-07-*.png; US wording from Amazon's help pages); the
 * German, French, Italian, Spanish, Japanese and Chinese names are Amazon's usual
 * translations, NOT confirmed by a screenshot.
 * A name matches when it is the whole text of its element, or is followed by a colon.
 */
export const DASHBOARD_METRICS = {
  odr: [
    'Order Defect Rate',
    'Bestellmängelquote',
    'Taux de défaut de commande',
    'Tasso di difettosità degli ordini',
    'Tasa de defectos en pedidos',
    '注文不良率',
    '订单缺陷率',
  ],
  negativeFeedback: [
    'Negative feedback',
    'Negative Feedback-Bewertungen',
    'Negatives Feedback',
    'Commentaires négatifs',
    'Feedback negativi',
    'Valoraciones negativas',
    '否定的な評価',
    '负面反馈',
  ],
  atoz: [
    'A-to-z Guarantee claims',
    'A-to-Z Guarantee claims',
    'A-bis-z-Garantieanträge',
    'Réclamations au titre de la Garantie A à z',
    'Reclami per la Garanzia dalla A alla Z',
    'Reclamaciones de la Garantía de la A a la Z',
    'Amazonマーケットプレイス保証申請',
    '亚马逊商城交易保障索赔',
  ],
  chargeback: [
    'Chargeback claims',
    'Service chargebacks',
    'Rückbelastungsanträge',
    'Réclamations de rétrofacturation',
    'Reclami di chargeback',
    'Reclamaciones de devolución de cargo',
    'チャージバック申請',
    '信用卡拒付索赔',
  ],
  accountHealthRating: [
    'Account Health Rating',
    'Kontostatus-Bewertung',
    'Évaluation de la santé du compte',
    "Valutazione dello stato dell'account",
    'Calificación del estado de la cuenta',
    'アカウント健全性評価',
    '账户状况评级',
  ],
  lateShipment: [
    'Late Shipment Rate',
    'Late Dispatch Rate',
    'Quote verspäteter Lieferungen',
    "Taux d'expéditions en retard",
    'Tasso di spedizioni in ritardo',
    'Tasa de envíos con retraso',
    '出荷遅延率',
    '迟发率',
  ],
  preFulfillmentCancel: [
    'Pre-fulfillment Cancel Rate',
    'Pre-fulfilment Cancel Rate',
    'Stornierungsquote vor Versand',
    "Taux d'annulation avant expédition",
    "Tasso di cancellazione prima dell'evasione",
    'Tasa de cancelaciones previas al envío',
    '出荷前キャンセル率',
    '配送前取消率',
  ],
  validTracking: [
    'Valid Tracking Rate',
    'Quote gültiger Sendungsverfolgung',
    'Taux de suivi valide',
    'Tasso di tracciabilità valida',
    'Tasa de seguimiento válido',
    '有効な追跡率',
    '有效追踪率',
  ],
} as const;

export type DashboardMetric = keyof typeof DASHBOARD_METRICS;

/** The defect-type rows of the customer-service page, and its time window line. */
export const CUSTOMER_SERVICE_METRICS = {
  negativeFeedback: DASHBOARD_METRICS.negativeFeedback,
  atoz: DASHBOARD_METRICS.atoz,
  chargeback: DASHBOARD_METRICS.chargeback,
  timeWindow: ['Time Window', 'Zeitfenster', 'Période', '対象期間'],
} as const;

/** "Target: under 1%" is a goal, not a figure: lines starting with these words are skipped. */
export const TARGET_WORDS = ['Target', 'Ziel', 'Objectif', 'Obiettivo', 'Objetivo', '目標', '目标'] as const;
