/**
 * SellerLens's own nodes in the page: a tier badge, a countdown chip, the unrecognised mark,
 * the wording guard's overlay and its style. The page session ignores their coming and going
 * (drawing a badge must never make the page be read again), and readers never read them.
 */
const OUR_ATTRIBUTES = ['data-sellerlens-badge', 'data-sellerlens-chip', 'data-sellerlens-highlight'];
const OUR_IDS = new Set(['sellerlens-unrecognised-mark']);
const OUR_TAGS = new Set(['sellerlens-guard']);

export function isOurs(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return OUR_TAGS.has(el.localName) || OUR_IDS.has(el.id) || OUR_ATTRIBUTES.some((a) => el.hasAttribute(a));
}
