// ARIA tabs (WAI-ARIA Authoring Practices, automatic activation): one tab stop for the tab list, arrow keys,
// Home and End move between tabs, and the selected panel is the next tab stop.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
  /** Shown after the label ("Speakers 4"), and read out with it. */
  count?: number;
  render: () => ComponentChildren;
}

interface TabsProps {
  label: string;
  tabs: TabSpec[];
  initial?: string;
}

export function Tabs({ label, tabs, initial }: TabsProps) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];

  function select(index: number) {
    const tab = tabs[(index + tabs.length) % tabs.length];
    setSelected(tab.id);
    buttons.current[(index + tabs.length) % tabs.length]?.focus();
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key]);
  }

  return (
    <div class="cp-tabs">
      <div role="tablist" aria-label={label} class="cp-tablist">
        {tabs.map((tab, index) => {
          const isSelected = tab.id === current?.id;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                buttons.current[index] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              class="cp-tab"
              onClick={() => setSelected(tab.id)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              {tab.label}
              {tab.count !== undefined && <span class="cp-tab-count"> {tab.count}</span>}
            </button>
          );
        })}
      </div>
      {current && (
        <div key={current.id} role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0} class="cp-tabpanel">
          {current.render()}
        </div>
      )}
    </div>
  );
}
