import type { KeyboardEvent, ReactNode } from 'react';

export interface Tab<Id extends string> {
  id: Id;
  label: string;
  /** A count shown after the label (e.g. threads at risk). */
  badge?: number;
}

/** WAI-ARIA tabs: arrow keys move between tabs, the panel is labelled by its tab. */
export function Tabs<Id extends string>(props: {
  tabs: readonly Tab<Id>[];
  active: Id;
  onChange: (id: Id) => void;
  label: string;
  children: ReactNode;
}) {
  const { tabs, active, onChange, label, children } = props;
  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      onChange(next.id);
      document.getElementById(`sl-tab-${next.id}`)?.focus();
    }
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="sl-tabs">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`sl-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            aria-controls={`sl-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onChange(tab.id)}
            onKeyDown={move}
          >
            {tab.label}
            {tab.badge ? <span className="sl-tab-badge">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sl-panel-${active}`} aria-labelledby={`sl-tab-${active}`}>
        {children}
      </div>
    </>
  );
}
