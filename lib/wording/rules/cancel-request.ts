/**
 * cancel-request: a seller who cannot fill an order must cancel it; asking the buyer to cancel
 * shifts the seller's cancellation onto the buyer and breaks Amazon's rules (DOMAIN.md §2;
 * the pre-fulfilment cancel rate of §4 is what sellers try to dodge). "We have cancelled your
 * order" is fine: the patterns need the buyer as the one who cancels.
 */
import type { Rule } from '../types';

export const cancelRequestRules: Rule[] = [
  {
    id: 'ask-buyer-to-cancel',
    category: 'cancel-request',
    severity: 'block',
    languages: {
      en: [
        '(?<=\\b(?:please|kindly|could you|can you|would you|you need to|you must|you should|we ask you to|we need you to|you have to|ask you to)(?: please| kindly)? )(?:cancel|request (?:a |the )?cancell?ation)\\b',
        '\\bcancel(?:l?ing)? (?:it |the order |your order |this order |the purchase )?(?:from|on) your (?:side|end)\\b',
        '(?<=\\b(?:need|want|ask|asking|require) you to |(?<!\\bno need )\\bfor you to )cancel\\b',
        '(?<=\\b(?:would you mind|do you mind) )cancell?ing\\b',
        '\\brequest (?:a |the )?cancell?ation (?:from|on) your (?:side|end)\\b',
      ],
      de: [
        '\\bstornieren sie (?:bitte )?(?:die|ihre|diese) bestellung\\b',
        '\\bbitte stornieren sie\\b',
        '\\bdass sie (?:die|ihre|diese) bestellung (?:bitte )?(?:selbst |selber )?stornieren\\b',
        '\\b(?:konnen|konnten|wurden|mussen) sie (?:bitte )?(?:die|ihre|diese) bestellung (?:bitte )?stornieren\\b',
        '\\b(?:beantragen|veranlassen) sie (?:bitte )?(?:die )?stornierung\\b',
        '\\bsie (?:die|ihre) bestellung (?:bitte )?(?:selbst|selber) stornieren\\b',
        '\\b(?:auf|von) ihrer seite (?:aus )?(?:zu )?stornieren\\b',
      ],
      fr: [
        "\\b(?:veuillez|merci d'|merci de bien vouloir|je vous prie de bien vouloir|pourriez-vous|pouvez-vous|vous devez|je vous prie d') ?(?:annuler|demander l'annulation)\\b",
        '\\bannuler (?:la|votre) commande de votre cote\\b',
        '\\bannulez (?:votre|la|cette) commande\\b',
      ],
      es: [
        '\\b(?:cancele|anule) (?:usted )?(?:su|el|este) pedido\\b',
        '\\b(?:debe|tiene que|le pedimos que|le rogamos que) (?:cancelar|cancele) (?:su|el|este) pedido\\b',
        '\\bsolicite la cancelacion\\b',
        '\\b(?:seria tan amable de|le importaria|tenga la amabilidad de) (?:cancelar|anular)\\b',
        '\\bcancelar (?:el|su) pedido desde su (?:cuenta|lado)\\b',
      ],
      it: [
        "\\bannulli (?:l'|il suo |il )?ordine\\b",
        "\\b(?:deve|le chiediamo di) annullare (?:l'|il suo |il )?ordine\\b",
        "\\brichieda l'annullamento\\b",
        "\\b(?:procedere|procede|proceda) (?:lei )?con l'annullamento\\b",
        '\\b(?:puo|potrebbe|potreste) (?:gentilmente|cortesemente|per favore) annullare\\b',
      ],
      ja: [
        'キャンセル(?:して|を)(?:いただけ|頂け|ください|下さい|お願い)',
        'キャンセル(?:申請|手続き|リクエスト)(?:を)?(?:して|お願い|いただけ|頂け)',
        '(?:お客様|ご自身)(?:で|の方で)(?:ご注文(?:を|の))?(?:キャンセル|取り消し|取消)(?![^.!?\\n]{0,20}?(?:必要は(?:ございません|ありません)|不要|必要ございません))',
        '(?:注文|ご注文)の?(?:取り消し|取消|キャンセル)(?:の)?(?:お?手続き|申請)?(?:を)?(?:お願い|して|いただけ|頂け)',
      ],
      zh: [
        '(?:请|麻烦|能否|可否|能不能|可不可以)(?:您)?(?:帮忙)?(?:申请)?取消(?:一下)?(?:这个|该|您的)?订单',
        '(?:请|麻烦|能否|可否|能不能|可不可以)(?:您)?(?:在后台|在亚马逊(?:上|后台)?|在订单页面?|在您的订单(?:里|中))(?:点(?:一下)?)?(?:申请)?取消(?:一下)?(?:这个|该|您的)?订单',
        '(?<![为帮替])(?:您|你)(?:那边|自己|这边)?(?:申请)?取消(?:一下)(?:订单)?',
        '(?:您|你)(?:那边|自己)(?:申请)?取消',
      ],
    },
    message: {
      en: 'Asking the buyer to cancel is not allowed: when you cannot fill an order, you cancel it yourself in Seller Central (Amazon order cancellation rules; Buyer-Seller Messaging guidelines).',
      zh_CN:
        '不允许要求买家取消订单：无法发货时，应由卖家自己在卖家平台取消（亚马逊订单取消规则；亚马逊买家与卖家消息指南）。',
    },
    examples: {
      flag: [
        'The item is out of stock, could you cancel the order?',
        'Please request a cancellation from your side.',
        'Bitte stornieren Sie die Bestellung.',
        'Veuillez annuler votre commande.',
        'Por favor, cancele su pedido.',
        "Per favore annulli l'ordine.",
        'お客様の方でキャンセルしていただけますでしょうか。',
        '麻烦您取消一下订单',
        'Would you mind cancelling the order on your end?',
      ],
      pass: [
        'We have cancelled your order and you will not be charged.',
        'Wir haben Ihre Bestellung storniert.',
        'Nous avons annulé votre commande.',
        'Hemos cancelado su pedido.',
        "Abbiamo annullato l'ordine.",
        'ご注文をキャンセルいたしました。',
        '我们已为您取消订单。',
        'We cancelled the duplicate order, so there is no need for you to cancel anything.',
      ],
    },
  },
  {
    id: 'suggest-buyer-cancel',
    category: 'cancel-request',
    severity: 'warn',
    languages: {
      en: [
        '(?<=\\byou (?:can|could|may|might want to) (?:always )?)(?:cancel|request (?:a |the )?cancell?ation)\\b',
        '(?<=\\bit (?:would be|is) )(?:best|better) (?:if you|to) cancel\\b',
      ],
      de: ['\\bsie (?:konnen|konnten) (?:die|ihre) bestellung (?:auch |gerne )?stornieren\\b'],
      fr: ['\\bvous (?:pouvez|pourriez) annuler (?:votre|la) commande\\b'],
      es: ['\\b(?:puede|podria) (?:usted )?cancelar (?:su|el) pedido\\b'],
      it: ["\\b(?:puo|potrebbe) annullare (?:l'|il suo |il )?ordine\\b"],
      ja: [
        '(?<!(?:こちら|当店|弊社|私ども)(?:で|にて|の方で)(?:ご注文を|ご注文の)?)キャンセル(?:する)?(?:ことも)?(?:可能|できます)',
      ],
      zh: ['(?:您|你)(?:也)?可以(?:申请)?取消'],
    },
    message: {
      en: 'Suggesting that the buyer cancel can count as asking them to; if you cannot fill the order, cancel it yourself (Amazon order cancellation rules).',
      zh_CN: '建议买家取消订单可能被视为要求买家取消；如果无法发货，请自行取消订单（亚马逊订单取消规则）。',
    },
    examples: {
      flag: [
        'If you prefer, you can cancel the order.',
        'Sie können die Bestellung auch stornieren.',
        'Puede cancelar su pedido si lo desea.',
        '您可以申请取消',
      ],
      pass: ['We can cancel the order for you if you wish.', 'Wir können die Bestellung für Sie stornieren.'],
    },
  },
];
