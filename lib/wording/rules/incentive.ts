/**
 * incentive: anything of value in exchange for a review or feedback: money, gift cards, free
 * or discounted products, refunds ("好评返现"). Forbidden outright; it is also how accounts
 * lose their reviews wholesale (Customer Product Reviews policy; DOMAIN.md §2; seed 004).
 */
import type { Rule } from '../types';
import { CJK_GAP, GAP, NEAR, NEXT_SENTENCE } from './pattern-kit';

const REWARD_EN =
  '(?:\\b(?:full refund|refund|gift cards?|amazon gift|free \\w+|cash ?back|reward|bonus|compensation|voucher|coupon|discount|money|paypal)\\b|[$€£¥] ?\\d+|(?<=\\d ?)% off\\b)';
const REVIEW_LIVE_EN =
  '(?<=\\b(?:once|when|after|as soon as|if) (?:your|the) (?:\\w+ )?)(?:review|rating|feedback) (?:is|goes|has been|gets|appears) (?:live|up|posted|published|online|visible)\\b';
/** A positive or 5-star review, per language: next to a reward it is an incentive. */
const POSITIVE_DE =
  '\\b(?:(?:5|funf)[- ]?stern\\w*|positive\\w* (?:bewertung|rezension)|gute\\w* (?:bewertung|rezension))';
const POSITIVE_FR = '\\b(?:(?:5|cinq) etoiles|avis positif|bonne note|bon avis|evaluation positive)';
const POSITIVE_ES =
  '\\b(?:(?:5|cinco) estrell(?:as|itas)|(?:resena|valoracion|opinion) positiva|buena (?:resena|valoracion))';
const POSITIVE_IT =
  '\\b(?:(?:5|cinque) stell(?:e|ine)|recensione positiva|buona recensione|valutazione positiva)';
const REWARD_FR =
  "\\b(?:rembours|cadeau|gratuit|bon d'achat|carte cadeau|argent|offert|offrons|offrirons)\\w*";
// "le regalamos" is a gift to the buyer; "nos regalaría una valoración" is the buyer giving one.
const REWARD_ES =
  '\\b(?:reembols\\w*|devolve\\w*|regalos?|le regal\\w*|gratis|gratuit\\w*|tarjeta regalo|dinero|cupon\\w*|descuento\\w*)';
const REWARD_IT = '\\b(?:rimbors|regal|gratis|gratuit|buono|soldi|coupon|sconto)\\w*';
const POSITIVE_EN = '(?:positive|good|great|5-star|five-star|5 star|five star)';
const LEAVE_EN =
  '(?:leave|leaving|left|write|writing|wrote|post|posting|posted|give|giving|share|sharing|submit)';

/**
 * Gifts that only ever reward (a refund or a free replacement may fix this order's problem):
 * next to a positive review asked in the sentence before or after, they are an incentive.
 */
const GIFT_EN = '\\b(?:gift cards?|amazon gift|free gifts?|cash ?back|vouchers?|coupons?|rewards?|bonus)\\b';
/** Asked for, not thanked for: "leave us a 5-star review", never "the positive feedback you left". */
const ASK_POSITIVE_EN = `\\b(?:leave|give|write|post|share|submit)\\b${NEAR}\\b${POSITIVE_EN} (?:review|rating|feedback)\\b`;
const GIFT_DE = '\\b(?:gutschein|geschenk|amazon-gutschein)\\w*';
const POSITIVE_JA = '(?:高評価|星5|星５|★5|5つ星|星5つ)';
const GIFT_JA = '(?:プレゼント|ギフト|特典|クーポン|キャッシュバック)';
const POSITIVE_ZH = '(?:好评|好評|五星)';
const GIFT_ZH = '(?:返现|返現|红包|礼品|赠品|免单)';

export const incentiveRules: Rule[] = [
  {
    id: 'review-incentive',
    category: 'incentive',
    severity: 'block',
    languages: {
      en: [
        '(?<=\\bin )(?:exchange|return) for (?:a |an |your |the )?(?:\\w+ )?(?:review|feedback|rating|stars?)\\b',
        `${REWARD_EN}${GAP}\\b(?:for|after|once|when|if)(?: you)? ${LEAVE_EN}${NEAR}\\b(?:review|feedback|rating|stars?)\\b`,
        `${REWARD_EN}${GAP}\\b(?:if|once|after|when) you (?:remove|delete|change|update|revise)${NEAR}\\breview\\b`,
        `\\b${LEAVE_EN}${GAP}\\b(?:review|feedback|rating)${GAP}\\b(?:and|to) (?:get|receive|earn|claim|we(?:'ll| will) (?:send|give|refund|pay|offer))\\b`,
        `\\b(?:after|once|when) (?:you )?(?:have )?${LEAVE_EN}${NEAR}\\b(?:review|feedback|rating)${GAP}${REWARD_EN}`,
        '\\b(?:review|feedback)[- ](?:reward|cashback|bonus|gift)\\b',
        // "… once your review is live", either way round.
        `${REWARD_EN}${GAP}${REVIEW_LIVE_EN}`,
        `${REVIEW_LIVE_EN}${GAP}${REWARD_EN}`,
        `\\b${POSITIVE_EN} (?:review|rating|feedback)\\b${GAP}${REWARD_EN}`,
        `${REWARD_EN}${GAP}\\b${POSITIVE_EN} (?:review|rating|feedback)\\b`,
        `${ASK_POSITIVE_EN}${NEXT_SENTENCE}${GIFT_EN}`,
        `${GIFT_EN}${NEXT_SENTENCE}${ASK_POSITIVE_EN}`,
        // Proof of a review plus anything of value, in any order on one line.
        `\\b${LEAVE_EN}\\b${NEAR}\\b(?:review|rating|feedback)\\b${NEAR}\\bscreenshots?\\b[^\\n]{0,80}?(?:${REWARD_EN}|\\breimburs\\w*)`,
        `\\bscreenshots? of (?:your |the )?(?:\\w+ )?(?:review|rating|feedback)\\b[^\\n]{0,80}?(?:${REWARD_EN}|\\breimburs\\w*)`,
        `(?:${REWARD_EN}|\\breimburs\\w*)[^\\n]{0,80}?\\bscreenshots? of (?:your |the )?(?:\\w+ )?(?:review|rating|feedback)\\b`,
        `\\b(?:as a (?:small |little )?thank[- ]you|to thank you|in appreciation) for (?:your|leaving a|writing a|the) (?:\\w+ )?(?:review|rating|feedback)\\b${GAP}${REWARD_EN}`,
      ],
      de: [
        '\\b(?:im austausch|als dankeschon|als gegenleistung) (?:fur|gegen) (?:eine|ihre) (?:\\w+ )?(?:bewertung|rezension)\\b',
        `\\b(?:gutschein|erstattung|ruckerstattung|geschenk|gratis|kostenlos|geld|rabatt)\\w*${GAP}\\b(?:fur|nach|gegen) (?:eine |ihre )?(?:\\w+ )?(?:bewertung|rezension)`,
        `(?<!\\b(?:danke|dank) fur (?:ihre |die )?)\\b(?:bewertung|rezension)\\w*(?! (?:gelesen|gesehen|zur kenntnis))${GAP}\\b(?:erhalten sie|bekommen sie|schenken wir|erstatten wir|senden wir ihnen)\\b`,
        `\\bscreenshot\\w*${GAP}\\b(?:bewertung|rezension)\\w*[^\\n]{0,80}?\\b(?:erstatt\\w*|ruckerstatt\\w*|uberweis\\w*|gutschein\\w*|geld|euro|geschenk\\w*|gratis|kostenlos)`,
        `${POSITIVE_DE}${GAP}\\b(?:gutschein|erstatt|ruckerstatt|geschenk|gratis|kostenlos|rabatt|geld)\\w*`,
        `\\b(?:gutschein|erstatt|ruckerstatt|geschenk|gratis|kostenlos|rabatt|geld)\\w*${GAP}\\b(?:sobald|wenn|nachdem) (?:ihre|die) (?:bewertung|rezension) (?:online|veroffentlicht|sichtbar|freigeschaltet)`,
        `\\b(?:gutschein|erstatt|ruckerstatt|geschenk|gratis|kostenlos|rabatt|geld)\\w*${GAP}${POSITIVE_DE}`,
        `${POSITIVE_DE}${NEXT_SENTENCE}${GIFT_DE}`,
        `${GIFT_DE}${NEXT_SENTENCE}${POSITIVE_DE}`,
      ],
      fr: [
        "\\ben echange d'(?:un|une) (?:\\w+ )?(?:avis|evaluation|commentaire)\\b",
        '\\bcontre (?:un|une|votre) (?:\\w+ )?(?:avis|evaluation|commentaire)\\b',
        `\\b(?:rembours|cadeau|gratuit|bon d'achat|carte cadeau|argent)\\w*${GAP}\\b(?:pour|apres|si vous laissez|une fois) ${NEAR}\\b(?:avis|evaluation|commentaire)\\b`,
        `(?<!\\b(?:lu|vu|merci pour|merci de|remercions pour|concernant) (?:votre |l'|cet |ce )?)\\b(?:avis|evaluation)${GAP}\\b(?:nous vous (?:offrons|offrirons|rembourserons|enverrons|ferons)|vous recevrez)\\b`,
        `${POSITIVE_FR}${GAP}${REWARD_FR}`,
        `${REWARD_FR}${GAP}${POSITIVE_FR}`,
        `\\b(?:rembours|cadeau|gratuit|bon|carte cadeau|argent|offrir|offrirons|offrons)\\w*${GAP}\\b(?:des que|une fois que|quand|apres que|si) (?:votre|vous) ${NEAR}\\b(?:avis|commentaire|evaluation)\\b`,
      ],
      es: [
        '(?<=\\ba )cambio de (?:una|su) (?:\\w+ )?(?:resena|valoracion|opinion)\\b',
        `\\b(?:reembols|devolve|regal|gratis|gratuit|tarjeta regalo|dinero|cupon|descuento)\\w*${GAP}\\b(?:por|despues de|si|al|cuando|una vez que) (?:nos )?(?:deja|dejar|publica|publicar|escribe|escribir|pone|poner|comparte)\\w*${NEAR}\\b(?:resena|valoracion|opinion)\\b`,
        `(?<!\\b(?:leido|visto|gracias por|agradecemos|sobre) (?:su |tu |la )?)\\b(?:resena|valoracion|opinion)${GAP}\\b(?:le (?:envi|reembols|regal|devolv|dar)\\w*|recibira)\\b`,
        `\\b(?:tras|despues de|al|una vez) (?:publicar|dejar|escribir|enviar)(?:nos)? (?:su|una|tu) (?:\\w+ )?(?:resena|opinion|valoracion)\\b${GAP}${REWARD_ES}`,
        `${POSITIVE_ES}${GAP}${REWARD_ES}`,
        `${REWARD_ES}${GAP}${POSITIVE_ES}`,
      ],
      it: [
        '\\bin cambio di una (?:\\w+ )?(?:recensione|valutazione)\\b',
        `\\b(?:rimbors|regalo|gratis|gratuit|buono|soldi|coupon)\\w*${GAP}\\b(?:per|dopo|se lascia|lasciando) ${NEAR}\\b(?:recensione|valutazione|feedback)\\b`,
        `(?<!\\b(?:letto|visto|grazie per|ringraziamo per) (?:la sua |la |sua )?)\\b(?:recensione|valutazione)${GAP}\\b(?:le (?:invi|rimbors|regal|offr|mand|dar)\\w*|ricevera)\\b`,
        `${POSITIVE_IT}${GAP}${REWARD_IT}`,
        `${REWARD_IT}${GAP}${POSITIVE_IT}`,
      ],
      ja: [
        `(?:レビュー|評価)(?:を?投稿|を?記入|を書いて|を書いた|をいただいた|をいただけた|後)${CJK_GAP}(?:プレゼント|返金|ギフト|無料|特典|割引|クーポン|キャッシュバック)`,
        `(?:プレゼント|返金|ギフト券|特典|キャッシュバック)${CJK_GAP}(?:レビュー|評価)(?:投稿|記入|を書|をいただ|と引き換え)`,
        'レビュー特典',
        '(?:レビュー|評価|ご感想|感想)(?:を)?(?:ご)?(?:投稿|記入|お書き)[^.!?\\n]{0,30}?(?:プレゼント|返金|ギフト|無料|特典|割引|クーポン|キャッシュバック|お返し)',
        `(?:高評価|星5|星５|★5|5つ星|星5つ)${CJK_GAP}(?:プレゼント|返金|ギフト|特典|クーポン|キャッシュバック|無料)`,
        `(?:プレゼント|返金|ギフト券|特典|クーポン|キャッシュバック)${CJK_GAP}(?:高評価|星5|★5|5つ星|星5つ)`,
        `${POSITIVE_JA}${NEXT_SENTENCE}${GIFT_JA}`,
        `${GIFT_JA}${NEXT_SENTENCE}${POSITIVE_JA}`,
      ],
      zh: [
        `(?:好评|好評|五星|留评|晒图|评价后)${CJK_GAP}(?:返现|返現|返款|退款|退全款|全额退款|退钱|返钱|红包|礼品|礼物|领取|赠品|免单|送|返)`,
        `(?:返现|返現|返款|红包|礼品|免单|赠品)${CJK_GAP}(?:好评|好評|五星|评价|留评|晒图)`,
        `${POSITIVE_ZH}${NEXT_SENTENCE}${GIFT_ZH}`,
        `${GIFT_ZH}${NEXT_SENTENCE}${POSITIVE_ZH}`,
      ],
    },
    message: {
      en: 'Offering money, refunds, gifts or free products in exchange for a review or feedback is forbidden outright and can cost the account its reviews (Customer Product Reviews policy).',
      zh_CN:
        '以金钱、退款、礼品或免费产品换取评论或反馈（如"好评返现"）是被明令禁止的，可能导致店铺评论被清除（亚马逊买家商品评论政策）。',
    },
    examples: {
      flag: [
        'We will send you a free gift in exchange for a review.',
        'Get a $10 gift card after you leave a 5-star review!',
        'We offer a full refund if you delete the review.',
        'Als Dankeschön für Ihre Bewertung erhalten Sie einen Gutschein.',
        "Nous vous offrons un cadeau en échange d'un avis.",
        'Le enviaremos un regalo a cambio de una reseña.',
        'Le regaleremo un buono in cambio di una recensione.',
        'レビュー投稿でAmazonギフト券をプレゼント！',
        '好评返现5美元',
        'Please leave a 5-star review. We will send you a $10 gift card.',
        'Bitte geben Sie uns eine 5-Sterne-Bewertung. Sie erhalten dann einen Gutschein.',
        '星5つのレビューをお願いします。Amazonギフト券を差し上げます。',
        '请给我们五星好评。我们会给您发红包。',
        'Leave an honest review and send us the screenshot. We will then reimburse the full price.',
      ],
      pass: [
        'Your gift card balance was not charged. Thank you for the positive feedback you left last year.',
        'We sent a free replacement. If you have a moment, a review helps other buyers.',
        '星5つの評価ありがとうございます。返金は本日処理しました。',
        'We have refunded the shipping cost.',
        'We will send you a free replacement right away.',
        'Wir senden Ihnen kostenlos einen Ersatz.',
        '我们会免费为您补发一个新的。',
        'Wir haben Ihre Bewertung gelesen; gerne senden wir Ihnen eine neue Anleitung.',
      ],
    },
  },
];
