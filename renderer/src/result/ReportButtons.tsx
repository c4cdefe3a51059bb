// Export report… and Print report… in the mail's toolbar, and what came of the last one (aria-live).

import { strings } from '../strings';
import { runReportAction, useReportStatus, type ReportStatus } from './report-actions';

export function reportStatusText(report: ReportStatus | null): string {
  if (!report) return '';
  const s = strings.evidence;
  if (report.status === 'no-mail') return s.openFirst;
  if (report.status === 'working') return report.action === 'export' ? s.exporting : s.printing;
  const { outcome } = report;
  switch (outcome.kind) {
    case 'saved':
      return report.action === 'export' ? s.saved(outcome.fileName) : s.printed;
    case 'canceled':
      return report.action === 'export' ? s.exportCanceled : s.printCanceled;
    case 'failed':
      return report.action === 'export' ? s.exportFailed(outcome.error) : s.printFailed(outcome.error);
  }
}

export function ReportButtons() {
  const working = useReportStatus((state) => state.report?.status === 'working');
  return (
    <>
      <button
        type="button"
        data-testid="export-report"
        title={strings.evidence.exportHint}
        disabled={working}
        onClick={() => void runReportAction('export')}
      >
        {strings.evidence.exportReport}
      </button>
      <button
        type="button"
        data-testid="print-report"
        title={strings.evidence.printHint}
        disabled={working}
        onClick={() => void runReportAction('print')}
      >
        {strings.evidence.printReport}
      </button>
    </>
  );
}

/** Always in the page while a mail is shown, so that screen readers announce what it comes to say. */
export function ReportStatusLine() {
  const report = useReportStatus((state) => state.report);
  const failed = report?.status === 'done' && report.outcome.kind === 'failed';
  return (
    <span role="status" className={failed ? 'report-status notice' : 'report-status'} data-testid="report-status">
      {reportStatusText(report)}
    </span>
  );
}

/** On the start and mailbox screens: File > Export Report… / Print Report… with no mail shown. */
export function OpenMailFirst() {
  const noMail = useReportStatus((state) => state.report?.status === 'no-mail');
  if (!noMail) return null;
  return (
    <p role="alert" className="notice" data-testid="report-open-first">
      {strings.evidence.openFirst}
    </p>
  );
}
