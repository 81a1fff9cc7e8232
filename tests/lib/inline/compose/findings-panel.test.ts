import { getByRole, queryAllByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingsPanel, type PanelItem } from '@/lib/inline/compose/findings-panel';
import { overlayFor } from '@/lib/inline/compose/overlay';
import { currentMessage } from '../../../support/i18n';

const t = (key: string, ...subs: (string | number)[]) => currentMessage(key, subs.map(String));
const item = (
  key: string,
  ruleId: string,
  severity: PanelItem['severity'],
  excerpt: string,
  edit?: PanelItem['edit'],
): PanelItem => ({
  key,
  ruleId,
  severity,
  excerpt,
  why: `why ${ruleId}`,
  ...(edit ? { edit, fix: `fix ${ruleId}` } : {}),
});
const counts = (items: PanelItem[]) => ({
  block: items.filter((i) => i.severity === 'block').length,
  warn: items.filter((i) => i.severity === 'warn').length,
  info: items.filter((i) => i.severity === 'info').length,
});
const VIEW = { width: 1280, height: 800 };
const box = (right: number) => new DOMRect(300, 300, right - 300, 140);

let root: ShadowRoot;
beforeEach(() => {
  root = overlayFor(document).root;
});
afterEach(() => {
  overlayFor(document).remove();
});

function panel(actions = { apply: vi.fn(), show: vi.fn() }) {
  const p = new FindingsPanel(root, t, actions);
  return { p, actions, region: () => getByRole(root as unknown as HTMLElement, 'region', { hidden: true }) };
}

describe('the findings panel', () => {
  it('stays hidden with nothing to say', () => {
    const { p, region } = panel();
    p.render([], { block: 0, warn: 0, info: 0 });
    expect(region().hidden).toBe(true);
  });

  it('lists each finding with its severity in words, its words and why', () => {
    const { p } = panel();
    const items = [
      item('0', 'email-address', 'block', 'a@b.example', 'remove'),
      item('1', 'urgency', 'info', 'ASAP'),
    ];
    p.render(items, counts(items));
    p.place(box(900), VIEW);
    const rows = queryAllByRole(root as unknown as HTMLElement, 'listitem');
    expect(rows.map((r) => [r.dataset.ruleId, r.dataset.severity])).toEqual([
      ['email-address', 'block'],
      ['urgency', 'info'],
    ]);
    expect(rows[0]?.textContent).toContain('Blocked');
    expect(rows[0]?.textContent).toContain('a@b.example');
    expect(rows[0]?.textContent).toContain('why email-address');
    expect(root.querySelector('.summary')?.textContent).toBe('1 Amazon blocks · 1 notes');
  });

  it('offers Apply only where there is a suggestion, and calls back with the current item', async () => {
    const { p, actions } = panel();
    const first = [
      item('0', 'email-address', 'block', 'a@b.example', 'remove'),
      item('1', 'urgency', 'info', 'ASAP'),
    ];
    p.render(first, counts(first));
    p.place(box(900), VIEW);
    expect(root.querySelectorAll('button[data-action="apply"]')).toHaveLength(1);
    // The text changed before it: the same finding now has another index; its row is reused.
    const row = root.querySelector('li[data-rule-id="email-address"]');
    const moved = [
      item('0', 'urgency', 'info', 'ASAP'),
      item('1', 'email-address', 'block', 'a@b.example', 'remove'),
    ];
    p.render(moved, counts(moved));
    expect(root.querySelector('li[data-rule-id="email-address"]')).toBe(row);
    await userEvent.click(
      root.querySelector('li[data-rule-id="email-address"] button[data-action="apply"]') as HTMLElement,
    );
    expect(actions.apply).toHaveBeenCalledWith(
      expect.objectContaining({ key: '1', ruleId: 'email-address' }),
    );
    await userEvent.click(
      root.querySelector('li[data-rule-id="urgency"] button[data-action="show"]') as HTMLElement,
    );
    expect(actions.show).toHaveBeenCalledWith(expect.objectContaining({ key: '0', ruleId: 'urgency' }));
  });

  it('opens beside a box with room to its right, and folds into its corner without', async () => {
    const { p, region } = panel();
    const items = [item('0', 'email-address', 'block', 'a@b.example')];
    p.render(items, counts(items));
    p.place(box(900), VIEW);
    const toggle = root.querySelector('header button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region().style.left).toBe('908px');
    p.place(box(1200), VIEW);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region().style.right).toBe('88px');
    // The seller's choice wins from then on, and Escape folds it.
    await userEvent.click(toggle);
    p.place(box(1200), VIEW);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.focus();
    await userEvent.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the rows a keystroke took off for the check that finds them again, and no longer', () => {
    const { p } = panel();
    const items = [
      item('0', 'email-address', 'block', 'a@b.example', 'remove'),
      item('1', 'urgency', 'info', 'ASAP'),
    ];
    p.render(items, counts(items));
    const [email, urgency] = queryAllByRole(root as unknown as HTMLElement, 'listitem');
    p.render([], counts([])); // a keystroke before both: their words moved
    p.render(items, counts(items)); // the check finds them again, further on
    expect(queryAllByRole(root as unknown as HTMLElement, 'listitem')).toEqual([email, urgency]);
    p.render([items[1] as PanelItem], counts([items[1] as PanelItem]));
    p.render([], counts([]));
    p.render(items, counts(items));
    // Gone for two changes: built anew.
    expect(queryAllByRole(root as unknown as HTMLElement, 'listitem')[0]).not.toBe(email);
  });

  it('lists at most 25 findings, then counts the rest', () => {
    const { p } = panel();
    const items = Array.from({ length: 30 }, (_, i) => item(String(i), `rule-${i}`, 'warn', `w${i}`));
    p.render(items, counts(items));
    const rows = queryAllByRole(root as unknown as HTMLElement, 'listitem');
    expect(rows).toHaveLength(26);
    expect(rows.at(-1)?.textContent).toBe('and 5 more');
  });

  it('shows page text as text only', () => {
    const { p } = panel();
    const items = [item('0', 'html-markup', 'block', '<img src=x onerror=alert(1)>')];
    p.render(items, counts(items));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('li')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
