/**
 * personal-data-request: Amazon forbids collecting buyers' contact details, and data misuse
 * is 12 % of penalties (DOMAIN.md §5; seeds 000, 003: "索要买家邮箱" is a common cause of
 * failure). Asking to confirm the shipping address, or for details a custom order needs, is
 * allowed, so no pattern here names the address alone.
 */
import type { Rule } from '../types';
import { NEAR } from './pattern-kit';

const CONTACT_EN =
  '(?:(?:email|e-mail)(?: address)?|phone(?: number)?|mobile(?: number)?|cell(?: number)?|telephone(?: number)?|whatsapp(?: number)?|wechat(?: id)?|telegram|contact (?:details|info(?:rmation)?|number)|facebook|instagram|social media(?: account)?|line id)';

export const personalDataRequestRules: Rule[] = [
  {
    id: 'ask-contact-details',
    category: 'personal-data-request',
    severity: 'block',
    languages: {
      en: [
        `\\b(?:send|giv(?:e|es|ing)|shar(?:e|es|ing)|provid(?:e|es|ing)|tell|leav(?:e|ing)|text|email|dm|forward|write down|let us have|let us know|confirm)\\w* (?:us |me )?(?:with )?your (?:personal |private |direct |best )?${CONTACT_EN}\\b(?!(?: number)? (?:in|on) (?:your )?(?:amazon|account))`,
        `\\bwhat(?:'s| is) your (?:personal |private )?${CONTACT_EN}\\b`,
        `(?<=\\byour (?:personal |private )?)${CONTACT_EN} (?:please|so (?:that )?(?:we|i)|to (?:contact|reach|call|text))\\b`,
        `\\b(?:can|could|may) (?:we|i) (?:have|get) your ${CONTACT_EN}\\b`,
        '\\b(?:give|send|share|provide|leave)\\w* (?:us |me )?(?:a|an|your) (?:phone |contact |mobile |cell )?(?:number|email(?: address)?)\\b[^.!?\\n]{0,30}?\\b(?:call|reach|text|contact|email) you\\b',
        `\\bdrop (?:us|me) (?:a line with )?your ${CONTACT_EN}\\b`,
        '(?<=\\b(?:best|your|a) (?:phone |contact |mobile |cell )?)(?:number|email|e-mail|email address) (?:to|where|we can use to) (?:reach|call|contact|text|email) you\\b',
      ],
      de: [
        `\\b(?:ihre|deine) (?:private |personliche )?(?:e-mail(?:-adresse)?|email(?:-adresse)?|telefonnummer|handynummer|whatsapp(?:-nummer)?|kontaktdaten)\\b${NEAR}\\b(?:mitteilen|senden|schicken|geben|nennen|zukommen|brauchen|brauchten|benotigen)`,
        '\\b(?:teilen|senden|schicken|geben|nennen) sie (?:uns |mir )?(?:bitte )?(?:ihre|deine) (?:e-mail|email|telefonnummer|handynummer|whatsapp|kontaktdaten)',
        '\\b(?:brauchen|benotigen|brauchten|benotigten) wir (?:noch )?(?:ihre|deine) (?:private |personliche )?(?:e-mail(?:-adresse)?|email(?:-adresse)?|telefonnummer|handynummer|whatsapp(?:-nummer)?|kontaktdaten)\\b',
      ],
      fr: [
        '\\b(?:envoyez|donnez|communiquez|indiquez|laissez)-(?:nous|moi) (?:votre|vos) (?:adresse (?:e-mail|email|mail)|e-mail|email|numero (?:de )?(?:telephone|portable|mobile|whatsapp)|telephone|whatsapp|coordonnees)\\b',
        '\\bquel est votre (?:e-mail|email|numero (?:de )?(?:telephone|portable|mobile|whatsapp)|telephone|whatsapp)\\b',
        '\\b(?:nous|me) (?:donner|envoyer|communiquer|indiquer|laisser) (?:votre|vos|un|une) (?:adresse (?:e-mail|email|mail)|e-mail|email|numero (?:de )?(?:telephone|portable|mobile|whatsapp)|telephone|whatsapp|coordonnees)\\b',
      ],
      es: [
        '\\b(?:envienos|envianos|denos|danos|indiquenos|facilitenos|compartanos|proporcionenos) (?:su|tu|sus) (?:correo(?: electronico)?|email|e-mail|numero de (?:telefono|movil|whatsapp|contacto)|telefono|whatsapp|datos de contacto)\\b',
        '\\b(?:(?:nos|me) (?:facilita|facilite|da|de|deja|deje|indica|indique|pasa|pase|envia|envie|manda|mande|proporciona|proporcione)|facilitarnos|darnos|enviarnos|indicarnos|pasarnos|mandarnos) (?:su|tu|sus) (?:correo(?: electronico)?|email|e-mail|numero de (?:telefono|movil|whatsapp|contacto)|telefono|whatsapp|datos de contacto)\\b',
        '\\bcual es su (?:correo|email|numero de (?:telefono|movil|whatsapp)|telefono|whatsapp)\\b',
      ],
      it: [
        '\\b(?:ci invii|inviaci|ci dia|ci fornisca|ci lasci|ci comunichi|mi invii|mi dia|ci scriva|mi scriva|ci indichi|ci mandi|mi mandi) (?:il suo |la sua |i suoi |il tuo |la tua )?(?:indirizzo email|email|e-mail|numero (?:di )?(?:telefono|cellulare|whatsapp)|telefono|cellulare|whatsapp|contatti|recapito)\\b',
        '\\bqual e il suo (?:indirizzo email|email|numero (?:di )?(?:telefono|cellulare|whatsapp)|telefono|whatsapp)\\b',
      ],
      ja: [
        '(?:メールアドレス|電話番号|携帯番号|携帯電話(?:の)?番号|電話の番号|連絡先|line ?id|ラインid)(?:を|の)?(?:教えて|お知らせ|ご記入|ご連絡|送って|お送り|いただけ|頂け|お伺い)',
      ],
      zh: [
        '(?:留下|留个|提供|告诉我们|告诉我|发一下|发给我们|给我们|给我)(?:一下)?(?:您的|你的)?(?:邮箱|电子邮件|联系电话|电话|手机号|手机号码|联系方式|微信号?|whatsapp|qq号?|号码)',
        '(?:您的|你的)(?:邮箱|电话|手机号|微信|联系方式)(?:是多少|是什么|多少)',
      ],
    },
    message: {
      en: 'Asking for the buyer’s email, phone number or social accounts is forbidden: Amazon does not allow sellers to collect buyers’ contact details (Buyer-Seller Messaging guidelines; Amazon Data Protection Policy).',
      zh_CN:
        '索要买家的邮箱、电话或社交账号是被禁止的：亚马逊不允许卖家收集买家的联系方式（亚马逊买家与卖家消息指南；亚马逊数据保护政策）。',
    },
    examples: {
      flag: [
        'Please send us your email address so we can send the manual.',
        'What is your WhatsApp number?',
        'Bitte teilen Sie uns Ihre Telefonnummer mit.',
        'Envoyez-nous votre numéro de téléphone.',
        'Envíenos su correo electrónico, por favor.',
        'Ci invii il suo numero di telefono.',
        'メールアドレスを教えていただけますか。',
        '请留下您的邮箱，我们发电子版说明书给您',
      ],
      pass: [
        'Please confirm your shipping address.',
        'Please send us a photo of the damaged box.',
        'Bitte bestätigen Sie Ihre Lieferadresse.',
        'お届け先のご住所をご確認ください。',
        '请确认您的收货地址。',
      ],
    },
  },
  {
    id: 'ask-personal-data',
    category: 'personal-data-request',
    severity: 'warn',
    languages: {
      en: [
        "\\b(?:send|give|share|provide|tell|confirm)\\w* (?:us |me )?(?:with )?your (?:date of birth|birthday|home address|id card|passport|driver'?s licen[cs]e|social security(?: number)?|bank (?:account|details)|iban|credit card(?: number)?|card number|paypal(?: account| email)?|password)\\b",
        "\\bwhat(?:'s| is) your (?:date of birth|birthday|bank account|iban|paypal)\\b",
      ],
      de: [
        '\\b(?:ihre?|deine?)[mnrs]? (?:geburtsdatum|personalausweis\\w*|reisepass|bankverbindung|iban|kreditkartennummer|paypal\\w*|passwort)\\b',
      ],
      fr: [
        "(?<!\\b(?:inutile de|pas besoin de|n'avez pas a|sans) (?:nous |me )?)\\b(?:envoy\\w*|donn\\w*|communiqu\\w*|indiqu\\w*|transmett\\w*|fourni\\w*)\\b[^.!?\\n]{0,20}?\\b(?:votre|vos) (?:date de naissance|carte d'identite|passeport|rib|iban|coordonnees bancaires|numero de carte|paypal|mot de passe)\\b",
      ],
      es: [
        '\\b(?:su|sus|tu|tus) (?:fecha de nacimiento|dni|pasaporte|iban|datos bancarios|cuenta bancaria|numero de tarjeta|paypal|contrasena)\\b',
      ],
      it: [
        "\\b(?:ci |mi )?(?:invii|inviarci|invia|mandi|mandarci|comunichi|comunicarci|fornisca|fornirci|dia|darci|indichi|indicarci|scriva|scriverci)\\b[^.!?\\n]{0,25}?\\b(?:data di nascita|carta d'identita|codice fiscale|passaporto|iban|coordinate bancarie|numero di carta|paypal|password)\\b",
      ],
      ja: [
        '(?:生年月日|身分証|パスポート|口座番号|銀行口座|クレジットカード番号|paypal|パスワード)(?:を|の)?[^.!?\\n]{0,8}?(?:教えて|お知らせ|送って|お送り|ご連絡|お伺い|共有)',
      ],
      zh: [
        '(?:提供|告诉|发给|发送|给我们|给我|留下|发一下|报一下)[^.!?\\n]{0,8}?(?:身份证|出生日期|护照|银行卡号?|银行账号|银行账户|信用卡号|paypal|支付宝账号|密码)',
      ],
    },
    message: {
      en: 'Asking for personal data such as bank details, ID or date of birth is not allowed; refunds go through Amazon, never to the buyer’s bank or PayPal (Amazon Data Protection Policy).',
      zh_CN:
        '索要银行信息、证件或出生日期等个人数据是不允许的；退款只能通过亚马逊办理，不能打到买家的银行账户或 PayPal（亚马逊数据保护政策）。',
    },
    examples: {
      flag: [
        'Please send us your PayPal email and we will refund you there.',
        'Bitte senden Sie uns Ihre IBAN für die Erstattung.',
        'Envíenos su cuenta bancaria para el reembolso.',
        '请提供您的银行卡号',
      ],
      pass: [
        'We have refunded you through Amazon.',
        'Please send us a photo of the label.',
        '退款已通过亚马逊原路退回。',
      ],
    },
  },
];
