/**
 * review-gating: steering unhappy buyers away from reviews ("happy? leave a review; not happy?
 * contact us first"). Forbidden outright because it filters which opinions get published
 * (Customer Product Reviews policy; DOMAIN.md §2).
 */
import type { Rule } from '../types';
import { CJK_GAP, GAP, NEAR } from './pattern-kit';

const UNHAPPY_EN = '(?:not (?:happy|satisfied|pleased)|unhappy|unsatisfied|dissatisfied)';
/** Up to 60 characters of the same line, across sentence ends. */
const LINE = '[^\\n]{0,60}?';
const NEGATIVE_FR =
  '\\b(?:(?:avis|evaluation|commentaire|note) (?:negati(?:f|ve))|(?:mauvais|mauvaise) (?:avis|evaluation|commentaire|note))\\b';
const NEGATIVE_ES =
  '\\b(?:(?:resena|valoracion|opinion|calificacion|comentario) negativa|(?:mala|baja) (?:resena|valoracion|opinion|calificacion|nota))\\b';
const NEGATIVE_EN = '(?:negative|bad|poor|low|1-star|one-star|1 star|one star|neutral|critical)';

export const reviewGatingRules: Rule[] = [
  {
    id: 'review-gating',
    category: 'review-gating',
    severity: 'block',
    languages: {
      en: [
        `\\b(?:before|instead of|rather than|prior to) (?:you )?(?:leaving|leave|writing|write|posting|post|giving|give|submitting|rating)${NEAR}\\b(?:review|feedback|rating)`,
        `\\b(?:do not|don't|dont|never) (?:leave|give|write|post)${NEAR}\\b${NEGATIVE_EN} (?:review|feedback|rating)`,
        `\\binstead of (?:a |an )?${NEGATIVE_EN} (?:review|feedback|rating)\\b`,
        '\\b(?:before|instead of|rather than) (?:reviewing|rating (?:us|it|the \\w+))\\b',
        `\\bbefore (?:you )?(?:write|post|say|leave|put) (?:anything|something)\\b${NEAR}\\b(?:talk|contact|message|speak|write) (?:to )?us\\b`,
        `(?<=\\b${NEGATIVE_EN} )(?:review|feedback|rating)${NEAR}\\b(?:contact|message|tell|email) us (?:first|before)\\b`,
        `(?<=\\bif (?:you are |you're |you were )?)(?:happy|satisfied|pleased)${GAP}\\b(?:review|feedback|rating)${GAP}\\b(?:if not|otherwise|if you are not|if you're not)\\b`,
        // Across sentences of one line: "Happy? Leave a review! Not happy? Contact us first."
        `\\b(?:happy|satisfied|pleased|love it)\\b${LINE}\\b(?:review|feedback|rating)\\b${LINE}\\b(?:${UNHAPPY_EN}|if not)\\b${LINE}\\b(?:contact|message|tell|email|reach|let us know)`,
        `\\b${UNHAPPY_EN}\\b${LINE}\\b(?:contact|message|tell|email|reach|let us know)\\b${LINE}\\b(?:happy|satisfied|pleased)\\b${LINE}\\b(?:review|feedback|rating)\\b`,
        `\\b(?:review|feedback|rating)\\b[^\\n]{0,80}?\\b(?:contact|message|tell|email|write to|reach out to) us first\\b`,
      ],
      de: [
        `\\bbevor sie ${NEAR}\\b(?:bewert|rezension|feedback)\\w*`,
        '\\b(?:statt|anstatt|anstelle) (?:einer? )?(?:negativen |schlechten )?(?:bewertung|rezension)',
        '\\b(?:keine|bitte keine) (?:negative|schlechte) (?:bewertung|rezension|feedback)',
        `\\bzuerst (?:bei uns|an uns|uns)${GAP}\\b(?:bewertung|rezension|feedback)\\w*`,
        '\\bnicht (?:gleich |sofort |direkt )?(?:mit )?(?:einer |eine )?(?:negativen|schlechten) (?:bewertung|rezension)',
        `\\bwenn sie zufrieden sind${GAP}\\b(?:bewert|rezension)\\w*${GAP}\\b(?:wenn nicht|andernfalls|falls nicht)`,
      ],
      fr: [
        `\\bavant de (?:laisser|donner|ecrire|publier|noter)${NEAR}\\b(?:avis|evaluation|commentaire|note)\\b`,
        '\\bau lieu de (?:laisser )?(?:un |une )?(?:avis|commentaire|evaluation) (?:negatif|negative)\\b',
        `\\bne (?:laissez|donnez|mettez) pas${NEAR}${NEGATIVE_FR}`,
        `\\b(?:ne pas|de ne pas) (?:laisser|donner|mettre)${NEAR}${NEGATIVE_FR}`,
        `\\bsi vous (?:etes|avez ete) (?:satisfait|content|ravi)e?s?${GAP}\\b(?:avis|evaluation|commentaire|note)\\b[^\\n]{0,60}?\\b(?:sinon|si ce n'est pas le cas|dans le cas contraire)\\b`,
      ],
      es: [
        `\\bantes de (?:dejar|escribir|publicar|poner)${NEAR}\\b(?:resena|valoracion|opinion|comentario|calificacion)\\b`,
        '\\ben lugar de (?:dejar )?(?:una )?(?:resena|valoracion|opinion) negativa\\b',
        `\\bantes de (?:valorar|calificar|puntuar)\\b${NEAR}\\b(?:en amazon|el producto|el articulo|su compra)\\b`,
        `\\bno (?:deje|dejes|ponga|nos ponga|nos deje)${NEAR}${NEGATIVE_ES}`,
      ],
      it: [
        `\\bprima di (?:lasciare|scrivere|pubblicare|dare)${NEAR}\\b(?:recensione|valutazione|feedback|opinione)\\b`,
        '\\binvece di (?:lasciare )?(?:una )?(?:recensione|valutazione|feedback) negativ[oa]\\b',
        `\\bprima di (?:valutare|recensire|votare)\\b${NEAR}\\b(?:ci contatti|ci scriva|contattateci|contattarci|scriverci|ci contatta)\\b`,
        `\\bnon (?:lasci|lasciate|dia)${NEAR}\\b(?:recensione|valutazione|feedback) negativ[oa]\\b`,
      ],
      ja: [
        `(?:低評価|悪い評価|星1|レビュー|評価)(?:を)?(?:つける|付ける|書く|投稿する|される|入れる)?前に${CJK_GAP}(?:ご連絡|連絡|お問い合わせ|ご相談)`,
        '(?:低評価|悪い評価)(?:は|を)(?:ご遠慮|控え|しないで|つけないで)',
      ],
      zh: [
        `(?:差评|中评|低分|一星|评价|评论)(?:之前|前)${CJK_GAP}(?:联系|告诉|找)`,
        '(?:不要|请勿|别|千万别|请不要)(?:直接|随便|轻易)?(?:给|留|打)?(?:我们)?(?:差评|中评|低分|一星)',
        `(?:先|请先)(?:联系|找)(?:我们|我)${CJK_GAP}(?:不要|而不是|再)${CJK_GAP}(?:差评|评价)`,
      ],
    },
    message: {
      en: 'Steering unhappy buyers away from reviews ("contact us before leaving a review", "please don’t leave negative feedback") is review gating, which Amazon forbids (Customer Product Reviews policy).',
      zh_CN:
        '引导不满意的买家不要留评（如"留评前请先联系我们""请不要给差评"）属于评论筛选，亚马逊明令禁止（亚马逊买家商品评论政策）。',
    },
    examples: {
      flag: [
        'If you are not satisfied, please contact us before leaving a review.',
        'Please don’t leave negative feedback, we will fix it.',
        'Happy? Leave a review! If not, contact us first.',
        'Bevor Sie eine negative Bewertung abgeben, kontaktieren Sie uns bitte.',
        'Avant de laisser un avis, contactez-nous.',
        'Antes de dejar una reseña negativa, contáctenos.',
        'Prima di lasciare una recensione negativa, ci contatti.',
        '低評価をつける前にご連絡ください。',
        '给差评之前请先联系我们',
      ],
      pass: [
        'If anything is wrong with the lamp, please reply to this message.',
        'Before using the lamp, remove the protective film.',
        'Bevor Sie das Gerät benutzen, lesen Sie bitte die Anleitung.',
        '使用前请先阅读说明书。',
      ],
    },
  },
];
