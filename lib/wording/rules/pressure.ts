/**
 * pressure: threats to buyers and asking them to withdraw an A-to-z claim or chargeback.
 * Seed 003: "never threaten a buyer to withdraw a claim: once proven, the account is banned
 * for good". The A-to-z claim is the buyer's right; the seller answers Amazon's request
 * within 48 h instead (DOMAIN.md §1).
 */
import type { Rule } from '../types';
import { CJK_GAP, NEAR } from './pattern-kit';

export const pressureRules: Rule[] = [
  {
    id: 'claim-withdrawal-request',
    category: 'pressure',
    severity: 'block',
    languages: {
      en: [
        '\\b(?:withdraw|cancel|close|retract|drop|remove|revoke|take back)\\w* (?:your|the|this|that) (?:a-to-z |a-z |atoz |a to z )?(?:guarantee )?(?:claim|chargeback|dispute)\\b',
        `\\b(?:withdraw|cancel|close|retract|drop|revoke)\\w*${NEAR}\\b(?:a-to-z|a-z|atoz|a to z)\\b`,
        '\\b(?:claim|chargeback|dispute) (?:to be |be )?(?:withdrawn|cancell?ed|closed|retracted|dropped)\\b',
        '\\b(?:withdraw|cancel|close|retract|drop)\\w* (?:the|your|this) (?:case|claim|complaint|dispute|request) (?:you (?:opened|filed|raised|submitted|made) )?(?:with|on|at|through) amazon\\b',
        '\\b(?:withdraw|cancel|close|retract|drop)\\w* (?:the|your|this) (?:case|claim|complaint|dispute) you (?:opened|filed|raised|submitted|made)\\b',
      ],
      de: [
        `\\b(?:a-bis-z|a-z)\\S*${NEAR}\\b(?:zuruckziehen|zuruckzunehmen|zuruckzuziehen|schliessen|stornieren|zuruck)\\b`,
        `\\b(?:antrag|anspruch|garantieantrag|reklamation|ruckbuchung)\\w*${NEAR}\\bzuruck(?:ziehen|zunehmen|zuziehen)?\\b`,
      ],
      fr: [
        `\\b(?:retirer|annuler|fermer|clore|cloturer|cloturez|retirez|annulez|fermez)${NEAR}\\b(?:reclamation|garantie a-z|garantie de a a z|litige|retrofacturation)\\b`,
      ],
      es: [
        `\\b(?:retirar|cancelar|cerrar|retire|cancele|cierre|retira|cancela|cierra)${NEAR}\\b(?:reclamacion|garantia de la a a la z|garantia a-z|disputa|contracargo)\\b`,
      ],
      it: [
        `\\b(?:ritirare|annullare|chiudere|ritiri|annulli|chiuda|chiude|ritira)${NEAR}\\b(?:reclamo|garanzia dalla a alla z|garanzia a-z|contestazione|chargeback)\\b`,
      ],
      ja: [
        `(?:aからz|a-z|a-to-z|マーケットプレイス保証|保証申請|クレーム|チャージバック)${CJK_GAP}(?:取り下げ|取下げ|取り消し|取消|撤回)`,
      ],
      zh: [
        '(?:撤销|撤回|取消|关闭)(?:一下)?[^.!?\\n]{0,8}?(?:a-to-z|a-z|atoz|索赔|投诉|申诉|拒付|纠纷)',
        '撤诉',
        `(?:a-to-z|索赔|拒付)${CJK_GAP}(?:撤销|撤回|取消|关闭)`,
      ],
    },
    message: {
      en: 'Asking a buyer to withdraw an A-to-z claim or chargeback is forbidden; sellers have been banned for it. Answer Amazon’s request for information instead (seller guides; Amazon A-to-z Guarantee).',
      zh_CN:
        '要求买家撤销 A-to-z 索赔或拒付是被禁止的，已有卖家因此被永久封号。请改为答复亚马逊的信息请求（跨境卖家指南；亚马逊 A-to-z 保障）。',
    },
    examples: {
      flag: [
        'Please withdraw your A-to-z claim, we will refund you.',
        'Could you close the chargeback?',
        'Bitte ziehen Sie den A-bis-z-Garantieantrag zurück.',
        'Merci de retirer votre réclamation A-à-z.',
        'Por favor, retire la reclamación.',
        'La preghiamo di ritirare il reclamo.',
        'Aからz保証の申請を取り下げていただけますか。',
        '请撤销A-to-Z索赔',
      ],
      pass: [
        'We have replied to Amazon about your claim.',
        'You can file an A-to-z claim if the parcel does not arrive.',
        '我们已向亚马逊提交了相关信息。',
      ],
    },
  },
  {
    id: 'claim-discouraging',
    category: 'pressure',
    severity: 'block',
    languages: {
      en: [
        "\\b(?:do not|don't|please don't|never) (?:open|file|start|raise|submit) (?:a |an |any )?(?:a-to-z |a-z |amazon )?(?:claim|dispute|chargeback|case)\\b",
      ],
      de: [
        '\\b(?:keinen?|bitte keinen?) (?:a-bis-z-)?(?:antrag|garantieantrag|reklamation|streitfall|ruckbuchung)\\w*(?![^.!?\\n]{0,20}?\\b(?:notig|erforderlich|notwendig)\\b)',
      ],
      fr: [
        "\\b(?:ne pas|n'ouvrez pas|ne deposez pas) (?:ouvrir |deposer |faire )?(?:de |d'|un |une )?(?:litige|reclamation|retrofacturation)\\b",
      ],
      es: [
        '\\bno (?:abra|presente|inicie|haga|abrir|presentar) (?:una |ninguna )?(?:reclamacion|disputa|contracargo)\\b',
      ],
      it: [
        '\\bnon (?:aprire|apra|presentare|presenti|aprite) (?:una |un |alcun[ao]? )?(?:controversia|reclamo|contestazione|chargeback)\\b',
      ],
      ja: ['(?:申請|申し立て|クレーム|チャージバック)(?:は|を)(?:しないで|お控え|ご遠慮|なさらないで)'],
      zh: ['(?:不要|请勿|别|请不要)(?:申请|提交|发起|开)?(?:a-to-z|索赔|投诉|纠纷|拒付|争议)'],
    },
    message: {
      en: 'Asking a buyer not to open an A-to-z claim, dispute or chargeback puts pressure on a right Amazon guarantees; solve the problem instead (Amazon A-to-z Guarantee; seller guides).',
      zh_CN:
        '要求买家不要提出 A-to-z 索赔、纠纷或拒付，是对亚马逊保障的买家权利施压；请直接解决问题（亚马逊 A-to-z 保障；跨境卖家指南）。',
    },
    examples: {
      flag: [
        "Please don't open an A-to-z claim, we will fix it.",
        'Merci de ne pas ouvrir de litige.',
        'Por favor, no abra una reclamación.',
        '请不要申请索赔，我们会处理。',
      ],
      pass: [
        'You can open an A-to-z claim if the parcel does not arrive.',
        'We will open a case with the carrier.',
      ],
    },
  },
  {
    id: 'buyer-threat',
    category: 'pressure',
    severity: 'block',
    languages: {
      en: [
        '\\b(?:legal action|(?<=\\btake (?:you|this) to )court|sue you|(?<=\\bwe will )sue|(?<=\\bour )lawyers?|(?<=\\bour )legal (?:team|department)|(?<=\\bour )attorneys?|report you to (?:amazon|the police|the authorities)|(?<=\\bcall the )police on you|blacklist(?:ed)?|(?<=\\byou will )regret|consequences for you)\\b',
        '(?<=\\byour (?:amazon )?)account (?:will|could|may|can) be (?:suspended|closed|banned|blocked|reported|flagged)\\b',
        '(?<=\\bwe (?:will|shall|are going to) )(?:report|sue|charge|pursue|expose) you\\b',
      ],
      de: [
        '\\b(?:rechtliche schritte|unser anwalt|unseren anwalt|vor gericht|anzeige gegen sie|schwarze liste|verklagen)\\b',
        '\\bwir werden sie (?:melden|verklagen|anzeigen)\\b',
      ],
      fr: [
        '\\b(?:poursuites judiciaires|action en justice|notre avocat|porter plainte contre vous|liste noire)\\b',
        "\\b(?:porter|poursuivre|aller) (?:l'affaire |cela |ceci )?en justice\\b",
        '\\bnous allons vous (?:signaler|poursuivre)\\b',
      ],
      es: [
        '\\b(?:acciones legales|nuestro abogado|lista negra)\\b',
        '\\b(?:vamos a|le vamos a) (?:denunciar|demandar|reportar)\\w*',
      ],
      it: [
        '\\b(?:azioni legali|vie legali|il nostro avvocato|lista nera|procedere legalmente|agire legalmente)\\b',
        '\\b(?:la|vi) (?:denunceremo|segnaleremo)\\b',
      ],
      ja: [
        '法的(?:措置|手段|な対応)',
        '弁護士',
        '訴え(?:ます|る)',
        'ブラックリスト',
        '通報(?:します|いたします)',
      ],
      zh: ['起诉', '律师', '法律(?:行动|手段|责任)', '拉黑', '黑名单', '后果自负', '举报你', '投诉你'],
    },
    message: {
      en: 'Threatening a buyer (legal action, reports, "your account will be suspended") is forbidden and can get the seller account banned (Communication Guidelines; seller guides).',
      zh_CN:
        '威胁买家（法律行动、举报、"您的账号会被封"等）是被禁止的，可能导致卖家账号被封（亚马逊沟通指南；跨境卖家指南）。',
    },
    examples: {
      flag: [
        'If you do not pay, we will take legal action.',
        'We will report you to Amazon for abuse.',
        'Wir werden rechtliche Schritte einleiten.',
        'Nous allons vous signaler à Amazon.',
        'Si no devuelve el artículo, tomaremos acciones legales.',
        'Procederemo per vie legali.',
        '法的措置を取らせていただきます。',
        '再不撤销我们就起诉你',
      ],
      pass: [
        'If the parcel was stolen, you can file a police report.',
        'Your account settings are on the Your Account page.',
        '如包裹丢失，您可以联系承运商。',
      ],
    },
  },
  {
    id: 'buyer-ultimatum',
    category: 'pressure',
    severity: 'warn',
    languages: {
      en: ['\\b(?:last|final) (?:warning|notice)\\b', '\\bfailure to (?:respond|reply|comply)\\b'],
      de: ['\\bletzte (?:warnung|mahnung)\\b'],
      fr: ['\\bdernier avertissement\\b'],
      es: ['\\b(?:ultimo aviso|ultima advertencia)\\b'],
      it: ['\\b(?:ultimo avviso|ultimo avvertimento)\\b'],
      ja: ['最終(?:警告|通告)'],
      zh: ['最后警告', '最后通牒'],
    },
    message: {
      en: 'Ultimatums and warnings put pressure on the buyer; Amazon expects courteous, professional messages (Communication Guidelines).',
      zh_CN: '最后通牒和警告会给买家施加压力；亚马逊要求消息礼貌、专业（亚马逊沟通指南）。',
    },
    examples: {
      flag: ['This is your final warning.', 'Letzte Warnung!', '这是最后警告'],
      pass: ['This is the final step of the setup.', 'Please note the warning label on the box.'],
    },
  },
];
