/**
 * Whether mutations are the page's own, not only our overlay coming or going. An attribute
 * change of the page counts: the contact page shows its "message sent" alert by un-hiding it,
 * and that is how a send is known (sent-watch.ts). A filter that judged every record by its
 * added and removed nodes took attribute records (which have none) for ours, and a send was
 * counted only when some other change happened to follow it.
 */
export function pageChanged(records: readonly MutationRecord[], isOurs: (node: Node) => boolean): boolean {
  return records.some((r) => {
    if (isOurs(r.target)) return false;
    if (r.type !== 'childList') return true;
    return [...r.addedNodes, ...r.removedNodes].some((node) => !isOurs(node));
  });
}
