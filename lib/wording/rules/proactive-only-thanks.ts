/**
 * proactive-only-thanks: a message the seller starts must be needed to complete the order.
 * One that only thanks, confirms the order or shipment (Amazon already sends those) or says
 * "contact us if there is a problem" is not permitted (Buyer-Seller Messaging guidelines;
 * DOMAIN.md §2). The same words inside a real answer are fine, so this runs for proactive
 * messages only and looks at the message as a whole.
 */
import type { Rule } from '../types';

/** The rest of the sentence after a filler phrase (it is part of the filler). */
const REST = '[^.!?\\n]{0,60}';

export const proactiveOnlyThanksRules: Rule[] = [
  {
    id: 'proactive-only-thanks',
    category: 'proactive-only-thanks',
    severity: 'warn',
    onlyFor: ['proactive'],
    languages: {
      en: [
        `\\b(?:thank you|thanks|many thanks)\\b${REST}`,
        `\\b(?:we (?:are|'re) )?(?:happy|glad|pleased|delighted) to (?:let you know|inform you|confirm|tell you)${REST}`,
        `\\byour (?:order|package|parcel|item|items|shipment|purchase)\\b${REST}\\b(?:shipped|dispatched|sent|confirmed|received|delivered|on (?:its|the) way|processed|packed|handed)${REST}`,
        `\\b(?:is|are|has been|was) (?:now )?(?:on (?:its|their|the) way|shipped|dispatched)${REST}`,
        `\\b(?:should|will|is expected to|expected to) (?:arrive|be delivered|reach you)${REST}`,
        `\\b(?:tracking (?:number|id|info(?:rmation)?)|you can track)${REST}`,
        `\\bif you have any (?:questions|problems|issues|concerns|queries|trouble)${REST}`,
        `\\b(?:please )?(?:feel free to|do not hesitate to|don't hesitate to) (?:contact|message|reach|let)${REST}`,
        `\\b(?:we )?hope you (?:enjoy|like|love|will enjoy|are happy with|have a)${REST}`,
        `\\benjoy your\\b${REST}`,
        `\\b(?:we )?hope (?:the|your|it)\\b${REST}`,
        '\\bjust a (?:quick|short) note to say\\b',
        '\\bhave a (?:nice|great|wonderful|good|lovely) (?:day|week|weekend|time)\\b',
        '\\b(?:we )?(?:appreciate|value) your (?:business|order|purchase|trust|support)\\b',
        "\\b(?:we are|we're) (?:always )?here (?:to help|for you)\\b",
      ],
      de: [
        `\\b(?:vielen|herzlichen|besten) dank\\b${REST}`,
        `\\bdanke\\b${REST}`,
        `\\b(?:ihre|ihr) (?:bestellung|sendung|lieferung|paket)\\b${REST}\\b(?:versandt|verschickt|unterwegs|bestatigt|zugestellt|auf dem weg|versendet)\\w*${REST}`,
        `\\bwir haben ihre bestellung (?:erhalten|bekommen)${REST}`,
        `\\b(?:sendungsnummer|sendungsverfolgung)${REST}`,
        `\\b(?:bei fragen|wenn sie fragen haben|falls sie fragen haben|sollten sie fragen haben)${REST}`,
        `\\b(?:wir wunschen ihnen|viel) (?:viel )?(?:spass|freude)${REST}`,
      ],
      fr: [
        `\\bmerci\\b${REST}`,
        `\\bvotre (?:commande|colis)\\b${REST}\\b(?:expedie|envoye|en route|en chemin|confirme|livre|remis|pris en charge|parti)e?s?${REST}`,
        `\\bnumero de suivi${REST}`,
        `\\bsi vous avez (?:des|la moindre|une|un) (?:questions?|problemes?)${REST}`,
        `\\bn'hesitez pas a nous contacter${REST}`,
        `\\bnous esperons que${REST}`,
        '\\bbonne (?:journee|utilisation|reception)\\b',
      ],
      es: [
        `\\b(?:muchas )?gracias\\b${REST}`,
        `\\bsu (?:pedido|paquete)\\b${REST}\\b(?:enviado|en camino|confirmado|entregado|despachado|salido|preparado)${REST}`,
        `\\bnumero de seguimiento${REST}`,
        `\\bsi tiene (?:alguna|cualquier) (?:pregunta|duda|problema)${REST}`,
        `\\bno dude en contactarnos${REST}`,
        `\\besperamos que${REST}`,
        `\\bque (?:lo )?disfrute\\w*${REST}`,
      ],
      it: [
        `\\bgrazie\\b${REST}`,
        `\\bil (?:suo )?(?:ordine|pacco)\\b${REST}\\b(?:spedito|in viaggio|confermato|consegnato|partito|affidato|preso in carico)${REST}`,
        `\\bnumero di (?:tracciamento|tracking)${REST}`,
        `\\bper qualsiasi (?:domanda|problema|dubbio)${REST}`,
        `\\bnon esiti a contattarci${REST}`,
        `\\bsperiamo che${REST}`,
        '\\bbuona giornata\\b',
      ],
      ja: [
        '(?:この度は|このたびは)?[^.!?\\n]{0,40}?(?:ありがとうございま(?:す|した)|御礼申し上げます|感謝申し上げます)',
        '(?:ご注文|商品|お荷物)[^.!?\\n]{0,30}?(?:発送(?:いたしました|しました|させていただきました|済み|完了)|出荷(?:いたしました|しました)|お届け(?:予定|いたします|します))[^.!?\\n]{0,20}',
        '(?:追跡番号|お問い合わせ番号|配送状況)[^.!?\\n]{0,40}',
        '(?:何か|なにか)?(?:ご不明な点|問題|ご質問|不具合)[^.!?\\n]{0,40}?(?:ご連絡|お問い合わせ|お知らせ)(?:ください|下さい)',
        '(?:お楽しみ|気に入って)[^.!?\\n]{0,20}?(?:ください|幸いです|いただければ)',
      ],
      zh: [
        '(?:非常)?(?:感谢|谢谢)[^.!?\\n]{0,40}',
        '(?:您的)?(?:订单|包裹|商品)[^.!?\\n]{0,20}?(?:已发货|已经发货|已寄出|已发出|已送达|正在运输|在路上|已确认|交给|已交|已揽收|已出库)[^.!?\\n]{0,20}',
        '(?:物流|快递|追踪|跟踪)(?:单号|号码|信息)[^.!?\\n]{0,40}',
        '(?:如有|如果有|若有)(?:任何)?(?:问题|疑问)[^.!?\\n]{0,30}',
        '(?:祝您|希望您)[^.!?\\n]{0,30}',
      ],
    },
    whole: {
      maxResidualWords: 3,
      frame: {
        en: [
          '\\b(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\\b[^.!?\\n,]{0,30}',
          '\\b(?:best|kind|warm|warmest)? ?regards\\b',
          '\\b(?:sincerely|cheers|best wishes|yours truly|all the best)\\b',
          '\\b(?:customer (?:service|care|support)|team|store|shop)\\b',
        ],
        de: [
          '\\b(?:sehr geehrte[rs]?|liebe[rs]?|hallo|guten tag)\\b[^.!?\\n,]{0,30}',
          '\\b(?:mit )?freundlichen grussen\\b',
          '\\b(?:viele|beste|liebe) grusse\\b',
          '\\b(?:kundenservice|team|shop)\\b',
        ],
        fr: [
          '\\b(?:bonjour|bonsoir|cher|chere|madame|monsieur)\\b[^.!?\\n,]{0,30}',
          '\\bcordialement\\b',
          '\\bbien a vous\\b',
          "\\b(?:service client|l'equipe|equipe)\\b",
        ],
        es: [
          '\\b(?:hola|estimad[oa]|buenos dias|buenas tardes)\\b[^.!?\\n,]{0,30}',
          '\\b(?:saludos(?: cordiales)?|atentamente|un saludo)\\b',
          '\\b(?:el equipo|equipo|atencion al cliente)\\b',
        ],
        it: [
          '\\b(?:gentile|caro|cara|buongiorno|salve|ciao)\\b[^.!?\\n,]{0,30}',
          '\\b(?:cordiali saluti|distinti saluti|saluti)\\b',
          '\\b(?:il team|team|servizio clienti)\\b',
        ],
        ja: [
          '[^.!?\\n]{0,20}?(?:様|さま)',
          '(?:いつも|平素は)[^.!?\\n]{0,30}?(?:お世話になって|ご愛顧)[^.!?\\n]{0,15}',
          'よろしくお願い(?:いたします|します|申し上げます)',
          '今後とも[^.!?\\n]{0,20}',
          '[^.!?\\n]{0,15}(?:ストア|ショップ|カスタマーサポート|カスタマーサービス|担当)',
        ],
        zh: [
          '(?:亲爱的|尊敬的)?[^.!?\\n]{0,10}?(?:您好|你好)',
          '(?:祝好|此致|敬礼|顺祝商祺)',
          '[^.!?\\n]{0,15}(?:客服|团队|店铺)',
        ],
      },
    },
    message: {
      en: 'A proactive message that only thanks the buyer, confirms the order or shipment, or says "contact us if there is a problem" is not permitted: Amazon already sends those, and messages must be needed to complete the order (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '主动发送的消息如果只是感谢买家、确认订单或发货、或只说"如有问题请联系我们"，是不被允许的：亚马逊已经会发送这些通知，主动消息必须是完成订单所必需的（亚马逊买家与卖家消息指南）。',
    },
    examples: {
      flag: [
        'Hi Anna,\nThank you for your order! Your package has shipped and is on its way. If you have any questions, feel free to contact us.\nBest regards,\nHomeGlow Team',
        'Hallo Herr Weber,\nvielen Dank für Ihre Bestellung! Ihr Paket ist bereits unterwegs.\nMit freundlichen Grüßen\nIhr HomeGlow Team',
        'この度はご注文いただき誠にありがとうございます。ご注文の商品を本日発送いたしました。何かご不明な点がございましたらお気軽にご連絡ください。',
        '您好！感谢您的购买，您的包裹已发货。如有任何问题请随时联系我们。',
      ],
      pass: [
        'Hi Anna,\nThank you for your order. The lamp needs the USB-C cable in the box; please do not use a phone charger above 20 W.\nBest regards',
        'Hello, your order is delayed by three days because the carrier missed the pickup; the new delivery date is 2026-11-25.',
        'Bonjour, merci pour votre commande. Pourriez-vous confirmer le texte de la gravure avant la production ?',
      ],
    },
  },
];
