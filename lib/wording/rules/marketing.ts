/**
 * marketing: buyer messages exist to complete an order, never to sell the next one. Coupons
 * and codes for future purchases, cross-selling, newsletters, "follow us" and new-product
 * news are forbidden (DOMAIN.md §2; seed 001: such offers belong in Amazon's own tools, e.g.
 * Manage Your Customer Engagement). A partial refund or replacement that fixes this order's
 * problem is not marketing, so "refund" and "replacement" appear in no pattern here.
 */
import type { Rule } from '../types';
import { CJK_GAP, NEAR } from './pattern-kit';

/** "15%" / "15 %", matched from the "%" (a literal the checker can look for first). */
const PCT = '(?<=\\d ?)%';
const FUTURE_EN = '\\bnext (?:order|purchase|time you (?:order|buy|shop))\\b';
/** A newsletter, unless it is Amazon's own ("the newsletter from Amazon", "den Newsletter von Amazon"). */
const NEWSLETTER = "(?<!\\bamazon(?:'s|s)?[- ]?)\\bnewsletters?\\b(?! (?:from|von|bei|de|di|d') ?amazon)";
/** "our new spring collection": a season between the adjective and what is sold. */
const SEASON = '(?:(?:spring|summer|autumn|fall|winter|holiday|christmas) )?';

export const marketingRules: Rule[] = [
  {
    id: 'coupon-code',
    category: 'marketing',
    severity: 'block',
    languages: {
      en: [
        '\\b(?:coupon|promo|promotion(?:al)?|discount|voucher) codes?\\b(?! (?:that )?you (?:used|entered|applied|tried|mentioned))',
        `${PCT} off\\b${NEAR}\\b(?:this week|today|until|in our|at our|store-?wide|site-?wide|everything|all (?:items|products))\\b`,
        `\\b(?:discount|coupon|voucher|code|deal|offer|savings?|credit)\\b${NEAR}${FUTURE_EN}`,
        `${PCT} off\\b${NEAR}${FUTURE_EN}`,
        `${FUTURE_EN}${NEAR}(?:\\b(?:discount|coupon|voucher|code)\\b|\\d{1,2} ?%)`,
        '\\b(?:exclusive|special|vip) (?:discount|offer|deal|coupon|price)s? (?:for|to) (?:you|our (?:loyal|valued) customers)\\b',
        '\\b(?:use|enter|apply) (?:the )?(?:code|coupon) [a-z]+\\d+\\b',
      ],
      de: [
        '\\b(?:gutschein|rabatt|aktions|promo|coupon)-?code\\w*',
        `(?:\\brabatt\\w*|\\bgutschein\\w*|${PCT})${NEAR}\\bnachste(?:n|r)? (?:bestellung|einkauf|kauf)\\b`,
        `\\bnachste(?:n|r)? (?:bestellung|einkauf|kauf)${NEAR}\\b(?:rabatt|gutschein|\\d{1,2} ?%)`,
      ],
      fr: [
        '\\bcodes? (?:promo|de reduction|promotionnel|de remise)\\b',
        '\\bbons? de reduction\\b',
        '\\b(?:avec|utilisez|saisissez|entrez) (?:le )?code [a-z]{3,}\\d{1,3}\\b',
        `${PCT} sur (?:toute la boutique|tout le (?:magasin|site)|tous nos (?:produits|articles)|l'ensemble de (?:la boutique|nos produits))`,
        `(?:\\b(?:reduction|remise|code|bon)|${PCT})${NEAR}\\b(?:prochaine commande|prochain achat)\\b`,
        `\\b(?:prochaine commande|prochain achat)${NEAR}\\b(?:reduction|remise|code|\\d{1,2} ?%)`,
      ],
      es: [
        '\\bcodigos? (?:de descuento|promocional|promo)\\b',
        '\\bcupon(?:es)? de descuento\\b',
        `(?:\\b(?:descuento|cupon|codigo)|${PCT})${NEAR}\\b(?:(?:proxima|siguiente) compra|(?:proximo|siguiente) pedido)\\b`,
        `\\b(?:(?:proxima|siguiente) compra|(?:proximo|siguiente) pedido)${NEAR}\\b(?:descuento|cupon|codigo|\\d{1,2} ?%)`,
      ],
      it: [
        '\\bcodic[ei] (?:sconto|promozionale|promo|coupon)\\b',
        '\\bbuoni? sconto\\b',
        `(?:\\b(?:sconto|coupon|codice)|${PCT})${NEAR}\\bprossimo (?:acquisto|ordine)\\b`,
        `\\bprossimo (?:acquisto|ordine)${NEAR}\\b(?:sconto|coupon|codice|\\d{1,2} ?%)`,
      ],
      ja: [
        '(?:割引|クーポン|プロモーション)コード',
        `次回(?:の)?(?:ご購入|ご注文|お買い物|購入)${CJK_GAP}(?:割引|クーポン|\\d+ ?%|オフ|off)`,
        `(?:割引|クーポン)${CJK_GAP}次回`,
        `次回${CJK_GAP}クーポン`,
        `${PCT} ?(?:off|オフ|割引)(?![^.!?\\n]{0,15}?(?:返金|返還))`,
      ],
      zh: [
        '(?:优惠|優惠|折扣|促销)(?:码|碼)',
        // A coupon handed out for later, not the one the buyer used at checkout.
        '(?:送|赠送|发放|领取|赠|给您|送您)[^.!?\\n]{0,6}?(?:优惠券|優惠券|代金券)',
        '下次[^.!?\\n]{0,10}?(?:优惠券|優惠券|代金券)',
        `下次(?:购买|购物|下单|購買)${CJK_GAP}(?:优惠|折扣|折|减)`,
        '(?:1|2|3|4|5|6|7|8|9|一|二|三|四|五|六|七|八|九)(?:\\.\\d)?折(?!叠|疊|页|頁|伞|傘|扇|垫|墊|床|屏|式|型)',
        '专属(?:优惠|折扣)',
      ],
    },
    message: {
      en: 'Coupons, codes or discounts for a future purchase are marketing, which Amazon forbids in buyer messages (Communication Guidelines). Offers belong in Amazon tools such as Manage Your Customer Engagement.',
      zh_CN:
        '为下次购买提供优惠券、优惠码或折扣属于营销，亚马逊禁止在买家消息中发送（亚马逊沟通指南）。此类优惠应通过"管理客户互动"等亚马逊工具发布。',
    },
    examples: {
      flag: [
        'Use code SAVE15 for 15% off your next order.',
        'Here is a coupon code for you: THANKS10',
        'Mit dem Gutscheincode HERBST erhalten Sie 10 % Rabatt.',
        'Voici un code promo pour votre prochaine commande.',
        'Le regalamos un código de descuento.',
        'Ecco un codice sconto per il prossimo acquisto.',
        '次回のご購入で使える10%割引クーポンをお送りします。',
        '您曾购买XX产品，现升级款限时8折',
      ],
      pass: [
        'We have issued a partial refund of $8.00 for the scratch.',
        'Wir haben Ihnen 10 € erstattet.',
        'Nous vous envoyons un remplacement gratuit.',
        '我们已为您办理部分退款。',
        '三折叠支架会单独发货。',
        '三折伞的伞骨如有弯折，请拍照回复此消息。',
        'The coupon code you entered at checkout only applied to the 2-pack.',
      ],
    },
  },
  {
    id: 'promotion-mention',
    category: 'marketing',
    severity: 'warn',
    languages: {
      en: [
        '\\b(?:black friday|cyber monday|prime day|holiday|christmas|summer|flash|big|upcoming) (?:sale|deals?|discounts?)\\b(?! (?:volume|rush|traffic|backlog|demand|period))',
      ],
      de: ['\\brabattaktion\\w*', '\\bsonderangebot\\w*', '\\b(?:black friday|prime day)\\b'],
      fr: ['\\bsoldes\\b', '\\boffres? (?:speciales?|exclusives?)\\b', '\\bventes? flash\\b'],
      es: ['\\brebajas\\b', '\\bofertas? (?:especial|exclusiva)(?:es)?\\b'],
      it: [
        '\\b(?:i|dei|ai|nei|coi) saldi\\b',
        '\\bsaldi (?:estivi|invernali|di fine stagione)\\b',
        '\\bin saldo\\b',
        '\\bofferte? (?:speciali|esclusive|speciale|esclusiva)\\b',
      ],
      ja: ['タイムセール', '(?:セール|キャンペーン)(?:中|開催|実施)'],
      zh: ['促销', '大促', '秒杀', '满减', '会员日', '黑五'],
    },
    message: {
      en: 'Announcing sales and deals is promotion; Amazon does not allow promotion in buyer messages unless it answers the buyer’s question about this order (Communication Guidelines).',
      zh_CN:
        '宣传促销和优惠活动属于推广内容；除非是回答买家关于本订单的问题，亚马逊不允许在买家消息中推广（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'Our Black Friday sale starts tomorrow!',
        'Aktuell gibt es ein Sonderangebot.',
        '现在店铺大促，欢迎选购',
      ],
      pass: ['Your refund was processed today.', 'The sale price was charged correctly.'],
    },
  },
  {
    id: 'cross-selling',
    category: 'marketing',
    severity: 'block',
    languages: {
      en: [
        `\\b(?:check(?: out)?|take a look at|have a look at|browse|visit|see|explore|discover|shop) (?:our|my) (?:other|new|latest|full|whole|entire) ${SEASON}(?:products?|items?|collection|range|models?|listings?)\\b`,
        '\\b(?:check out|take a look at|have a look at|browse|visit|explore|discover) (?:our|my) (?:amazon )?(?:store|shop|storefront|brand store|collection|catalog(?:ue)?)\\b',
        '(?<=\\byou (?:may|might|will|would) )also (?:like|love|enjoy|be interested in)\\b',
        '\\b(?:other|more|similar) (?:products|items) (?:from|in) (?:our|my) (?:store|shop|brand)\\b',
        '(?<=\\bwe )also (?:sell|offer|carry|make) (?:other|more|similar|matching|great)\\b',
        '\\bsearch (?:for )?(?!(?:this|that|them|your|it|the|order)\\b)[a-z][a-z0-9-]{3,} on amazon\\b',
        "\\bif you(?:'d| would)? like (?:a second|another) one for (?:the|your) (?:bedroom|kitchen|office|car|living room|kids|home)\\b",
        "(?<!\\b(?:don't|dont|do not|never|no need to|not need to|n't need to|needn't|don't have to|not have to) )\\b(?:buy|order|purchase) (?:another|more|one more|a second)\\b",
      ],
      de: [
        `\\b(?:besuchen|entdecken|schauen) sie ${NEAR}\\bunser(?:e[mnrs]?)? (?:amazon-?)?(?:shop|store|markenshop|sortiment)\\b`,
        '\\bunsere (?:anderen|weiteren|neuen) (?:produkte|artikel)\\b',
        '\\bdas konnte ihnen auch gefallen\\b',
        '\\bwir verkaufen auch\\b',
      ],
      fr: [
        '\\bnos autres (?:produits|articles)\\b',
        '\\b(?:visitez|decouvrez|consultez) notre (?:boutique|magasin|gamme|collection)\\b',
        '\\bnos nouveaux (?:produits|articles)\\b',
        '\\bvous aimerez aussi\\b',
      ],
      es: [
        '\\bnuestros otros (?:productos|articulos)\\b',
        '\\b(?:visite|visita|descubra|descubre) nuestra (?:tienda|coleccion)\\b',
        '\\bnuestros nuevos productos\\b',
        '\\btambien le (?:puede|podria|pueden|podrian) interesar\\b',
      ],
      it: [
        '\\bnostri (?:altri|nuovi) (?:prodotti|articoli)\\b',
        '\\b(?:sul|nel) nostro (?:negozio|store|shop)\\b[^.!?\\n]{0,30}?\\b(?:trova|troverete|puo trovare|anche)\\b',
        '\\b(?:visiti|visita|scopra|scopri) il nostro (?:negozio|store|shop|catalogo)\\b',
        '\\bpotrebbe(?:ro)? interessarle anche\\b',
      ],
      ja: [
        '(?:他の|ほかの|その他の)(?:商品|製品)(?:も|を)(?:ぜひ|是非)?(?:ご覧|チェック|ご検討|見て)',
        '(?:当店|弊社|弊店|ストア)(?:の)?(?:他の|ほかの)?(?:商品|ページ)(?:も|を)(?:ぜひ|是非)?(?:ご覧|チェック|ご検討)',
        '(?:ストア|ショップ)(?:ページ)?(?:も|を)(?:ぜひ|是非)?(?:ご覧|チェック|見て)',
        '姉妹品',
        '(?:ぜひ|是非)?併せて(?:ご検討|ご購入|お買い求め)',
      ],
      zh: [
        '(?:我们|本店|店铺|我们店)(?:的)?(?:其他|其它|更多)(?:产品|商品|宝贝)',
        '(?:逛逛|浏览|看看|光临)(?:我们的|本)?(?:店铺|店|旗舰店|小店)',
        '(?:欢迎|期待)(?:您)?(?:再次)?(?:回购|复购|再次购买|再来购买)',
        '(?:搭配|配套)购买|(?:搭配|配套)使用(?:我们|本店|店里)',
      ],
    },
    message: {
      en: 'Pointing the buyer to your other products or your store is cross-selling, which Amazon forbids in buyer messages (Communication Guidelines).',
      zh_CN: '向买家推荐您的其他产品或店铺属于交叉销售，亚马逊禁止在买家消息中这样做（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'Feel free to check out our other products on Amazon.',
        'Check our new spring collection with 20% off!',
        'You may also like our matching desk lamp.',
        'Entdecken Sie auch unseren Markenshop.',
        'Découvrez notre boutique pour plus d’idées.',
        'También le podría interesar nuestra funda.',
        'Scopri il nostro negozio su Amazon.',
        '当店の他の商品もぜひご覧ください。',
        '欢迎逛逛我们的店铺',
      ],
      pass: [
        'Please see the product manual, page 4.',
        'Please check our return policy on the product page.',
        'Please check the new item we sent before you open the old one.',
        'We will send you another unit at no cost.',
        '別の商品と交換いたします。',
        '我们会给您补发一个新的。',
        '需要配套使用E27灯座，我们已在说明书第3页标出。',
        "Please don't order another one - a new heating plate is already on its way.",
      ],
    },
  },
  {
    id: 'follow-us-newsletter',
    category: 'marketing',
    severity: 'block',
    languages: {
      en: [
        '\\bfollow us\\b',
        '\\blike (?:us|our page) on\\b',
        '\\b(?:subscribe|sign up|join) (?:to |for )?(?:our )?(?:newsletter|mailing list|email list|vip club|fan club|community|group|channel|youtube|instagram|facebook|tiktok|page)\\b',
        NEWSLETTER,
      ],
      de: [
        '\\bfolgen sie uns\\b',
        NEWSLETTER,
        '\\babonnieren sie\\b',
        '\\bunserer? (?:facebook|instagram)-?(?:gruppe|seite)\\b',
      ],
      fr: [
        '\\bsuivez-nous\\b',
        NEWSLETTER,
        '\\babonnez-vous\\b',
        "\\blettre d'information\\b",
        '\\brejoignez (?:notre|nos)\\b',
      ],
      es: [
        '\\b(?:siganos|siguenos)\\b',
        '\\bboletin\\b',
        NEWSLETTER,
        '\\b(?:suscribase|suscribete)\\b',
        '\\b(?:unase|unete) a nuestr[ao]\\b',
      ],
      it: [
        '\\b(?:seguiteci|seguici|ci segua)\\b',
        NEWSLETTER,
        '\\b(?:iscriviti|si iscriva|iscrivetevi)\\b',
        '\\b(?:unisciti|si unisca) al nostro\\b',
      ],
      ja: [
        'フォロー(?:を|も)?(?:して|お願い|ください)',
        'メルマガ',
        'メールマガジン',
        'ニュースレター',
        '公式(?:アカウント|インスタ|sns)',
      ],
      zh: [
        '关注我们',
        '关注(?:我们的)?(?:公众号|店铺|微博|抖音|小红书|ins|facebook)',
        '订阅(?:一下)?(?:我们|本店|店铺|品牌|频道|公众号|邮件|资讯|简报|电子报|newsletter)',
        '粉丝群',
        '会员群',
        '加入(?:我们的)?(?:群|社群|会员)',
      ],
    },
    message: {
      en: '"Follow us", newsletters and groups are marketing; Amazon forbids them in buyer messages (Communication Guidelines).',
      zh_CN: '"关注我们"、订阅简报、加入群组都属于营销，亚马逊禁止在买家消息中出现（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'Follow us on Instagram for tips!',
        'Subscribe to our newsletter for news.',
        'Folgen Sie uns auf Facebook.',
        'Suivez-nous sur Instagram.',
        'Síguenos en redes sociales.',
        'Seguici su Instagram!',
        'インスタのフォローをお願いします。',
        '关注我们的公众号获取更多资讯',
      ],
      pass: [
        'We will follow up with the carrier.',
        'Please follow the steps in the manual.',
        'Bitte folgen Sie der Anleitung.',
        '请按照说明书操作。',
        'Sie können den Newsletter von Amazon in Ihren Kontoeinstellungen abbestellen.',
        '您开通的是亚马逊的订阅省（Subscribe & Save），可在账户中随时取消。',
      ],
    },
  },
  {
    id: 'new-product-news',
    category: 'marketing',
    severity: 'warn',
    languages: {
      en: [
        '\\bnew arrivals?\\b',
        '\\bjust (?:launched|released)\\b',
        `(?<=\\b(?:our|a) )new ${SEASON}(?:products?|models?|collection|line|version)s? (?:is|are|has|have|will|just|launch|launches|coming)\\b(?! (?:been |be |being )?(?:sent|shipped|dispatched|mailed|posted|delivered|on its way|arriving))`,
        '\\bcoming soon\\b',
        '\\bnew (?:product )?launch\\b',
      ],
      de: ['\\bneuheit(?:en)?\\b', '\\bneue (?:produkte|kollektion)\\b', '\\bbald erhaltlich\\b'],
      fr: ['\\bnouveautes?\\b', '\\bnouvelle collection\\b', '\\bbientot disponible\\b'],
      es: ['\\bnuestras novedades\\b', '\\bnueva coleccion\\b', '\\bnuevo lanzamiento\\b'],
      it: ['\\b(?:le nostre|ultime) novita\\b', '\\bnuova collezione\\b', '\\bnuovo lancio\\b'],
      ja: ['新商品', '新製品', '新発売', '新登場', '新作'],
      zh: [
        '新品(?:上市|上架|发布|推荐|首发)',
        '上新',
        '新款上市',
        '升级款(?:上市|上架|来了|上线|推荐|限时)',
        '(?:推出|新出)(?:了)?升级款',
        '新上架',
        '上架了(?:新|同款)',
        '同款(?:加大|升级|新)',
      ],
    },
    message: {
      en: 'News about new products is marketing, which Amazon forbids in buyer messages (Communication Guidelines).',
      zh_CN: '新品资讯属于营销内容，亚马逊禁止在买家消息中发送（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'Our new model is coming next month!',
        'Our new summer collection is here.',
        'Entdecken Sie unsere Neuheiten.',
        '新商品のお知らせです。',
        '店铺上新啦',
      ],
      pass: [
        'We will send you a new unit.',
        '我们将为您补发新品。',
        'Appena avremo novità sulla spedizione le scriveremo.',
      ],
    },
  },
];
