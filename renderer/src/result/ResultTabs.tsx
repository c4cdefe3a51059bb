// The report's tabs, a WAI-ARIA tablist: arrow keys, Home and End move between tabs and show them.

import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

import type { MessageReport } from '../../../shared/model/report';
import { useMailLens, type Tab } from '../store';
import { AttachmentsTab } from './AttachmentsTab';
import { FindingsTab } from './FindingsTab';
import { HeadersTab } from './HeadersTab';
import { LinksTab } from './LinksTab';
import { RightsTab } from './RightsTab';
import { SourceTab } from './SourceTab';

const TABS: readonly Tab[] = ['findings', 'links', 'headers', 'source', 'attachments', 'rights'];

function tabLabel(t: TFunction<'ui'>, tab: Tab, report: MessageReport): string {
  switch (tab) {
    case 'findings':
      return t('tabs.findings', { count: report.references.length });
    case 'links':
      return t('tabs.links', { count: report.links.length });
    case 'headers':
      return t('tabs.headers');
    case 'source':
      return t('tabs.source');
    case 'attachments':
      return t('tabs.attachments', { count: report.attachments.length });
    case 'rights':
      return t('tabs.rights');
  }
}

function TabPanel({ tab, report }: { readonly tab: Tab; readonly report: MessageReport }) {
  switch (tab) {
    case 'findings':
      return <FindingsTab report={report} />;
    case 'links':
      return <LinksTab report={report} />;
    case 'headers':
      return <HeadersTab report={report} />;
    case 'source':
      return <SourceTab report={report} />;
    case 'attachments':
      return <AttachmentsTab report={report} />;
    case 'rights':
      return <RightsTab report={report} />;
  }
}

export function ResultTabs({ report }: { readonly report: MessageReport }) {
  const { t } = useTranslation('ui');
  const active = useMailLens((state) => state.tab);
  const setTab = useMailLens((state) => state.setTab);
  const buttons = useRef(new Map<Tab, HTMLButtonElement>());

  const move = (event: KeyboardEvent) => {
    const current = TABS.indexOf(active);
    const next: Record<string, number> = {
      ArrowRight: (current + 1) % TABS.length,
      ArrowLeft: (current - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = TABS[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    setTab(target);
    buttons.current.get(target)?.focus();
  };

  return (
    <section className="report-pane">
      <div role="tablist" aria-label={t('tabs.label')} className="tablist" onKeyDown={move}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) buttons.current.set(tab, element);
              else buttons.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            data-testid={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={tab === active ? `panel-${tab}` : undefined}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setTab(tab)}
          >
            {tabLabel(t, tab, report)}
          </button>
        ))}
      </div>
      {/* Panels without controls of their own take the focus, so the keyboard can scroll them. Keyed by
          tab: each tab's panel starts at its top, not at the scroll position of the last one. */}
      <div
        key={active}
        role="tabpanel"
        id={`panel-${active}`}
        aria-labelledby={`tab-${active}`}
        className="tabpanel"
        tabIndex={active === 'headers' || active === 'attachments' ? 0 : undefined}
      >
        <TabPanel tab={active} report={report} />
      </div>
    </section>
  );
}
