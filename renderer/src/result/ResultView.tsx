// An opened mail: its header and verdict, the preview with its markers, and the report's tabs.

import { useEffect, useMemo } from 'react';

import { applyComparison } from '../../../shared/analysis/apply-comparison';
import { useShownComparison } from '../compare/compare-copy';

import { returnToMailbox } from '../mailbox/mailbox-data';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { PreviewPane } from '../preview/PreviewPane';
import { useFocusOnMount } from '../ui/use-focus-on-mount';
import { MailHeader } from './MailHeader';
import { ResultTabs } from './ResultTabs';

export function ResultView() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const mail = useMailLens((state) => state.mail);
  const scanned = useMailLens((state) => state.mail?.messages[state.message] ?? null);
  // After a comparison with another copy, every part of the view shows what the two copies proved.
  const comparison = useShownComparison();
  const report = useMemo(
    () => (scanned && comparison ? applyComparison(scanned, comparison) : scanned),
    [scanned, comparison],
  );
  const fromMailbox = useMailLens((state) => state.fromMailbox);
  const title = report?.subject || mail?.fileName || strings.appName;

  // The window's title follows the page's (main sets no title of its own once the page has loaded).
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = strings.appName;
    };
  }, [title]);

  // Alt+Left goes back to the mailbox, as Back does in a browser.
  useEffect(() => {
    if (!fromMailbox) return;
    const back = (event: KeyboardEvent) => {
      if (event.altKey && event.key === 'ArrowLeft') {
        event.preventDefault();
        returnToMailbox();
      }
    };
    window.addEventListener('keydown', back);
    return () => window.removeEventListener('keydown', back);
  }, [fromMailbox]);

  if (!mail || !report) return null;
  return (
    <main className="result" data-testid="result" aria-label={strings.result.label}>
      <MailHeader mail={mail} report={report} headingRef={heading} />
      <div className="result-body">
        <PreviewPane report={report} />
        <ResultTabs report={report} />
      </div>
    </main>
  );
}
