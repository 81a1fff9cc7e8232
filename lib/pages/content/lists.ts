/**
 * Lists found by repetition: the children of one element that share an outline (tag and ARIA
 * role) and each hold what a row of the list holds (a time, for the messaging inbox). Found in
 * the light DOM and in open shadow roots, whatever the list is called: a table body, an ARIA
 * list, grid or listbox, a run of divs.
 */
import { composedParent, deepElements } from './deep';

const signature = (el: Element): string => `${el.localName}|${el.getAttribute('role') ?? ''}`;

export interface RepeatedGroup {
  parent: Element | ShadowRoot;
  rows: Element[];
}

/**
 * Groups of siblings sharing an outline, keeping the members that hold at least one and at
 * most `maxMarks` marks (more would be a whole column or pane, not a row).
 */
export function repeatedGroups(root: ParentNode, marks: readonly Node[], maxMarks: number): RepeatedGroup[] {
  const count = new Map<Element, number>();
  for (const mark of marks) {
    for (let el = composedParent(mark); el; el = composedParent(el)) count.set(el, (count.get(el) ?? 0) + 1);
  }
  const parents = new Set<Element | ShadowRoot>();
  for (const el of deepElements(root)) {
    if (!count.has(el)) continue;
    const parent = el.parentNode;
    if (parent && (parent.nodeType === 1 || parent.nodeType === 11))
      parents.add(parent as Element | ShadowRoot);
  }
  const groups: RepeatedGroup[] = [];
  for (const parent of parents) {
    const bySignature = new Map<string, Element[]>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const n = count.get(child) ?? 0;
      if (n === 0 || n > maxMarks) continue;
      const key = signature(child);
      bySignature.set(key, [...(bySignature.get(key) ?? []), child]);
    }
    for (const rows of bySignature.values()) groups.push({ parent, rows });
  }
  return groups;
}
