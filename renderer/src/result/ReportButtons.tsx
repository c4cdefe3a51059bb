// Export report… and Print report… in the mail's toolbar, and what came of the last one (aria-live).

import { useTranslation } from 'react-i18next';

import { ui } from '../i18n';
import { runReportAction, useReportStatus, type ReportStatus } from './report-actions';

export function reportStatusText(report: ReportStatus | null): string {
  if (!report) return '';
  if (report.status === 'no-mail') return ui('evidence.openFirst');
  if (report.status === 'working')
    return report.action === 'export' ? ui('evidence.exporting') : ui('evidence.printing');
  const { outcome } = report;
  switch (outcome.kind) {
    case 'saved':
      return report.action === 'export' ? ui('evidence.saved', { fileName: outcome.fileName }) : ui('evidence.printed');
    case 'canceled':
      return report.action === 'export' ? ui('evidence.exportCanceled') : ui('evidence.printCanceled');
    case 'failed':
      return report.action === 'export'
        ? ui('evidence.exportFailed', { error: outcome.error })
        : ui('evidence.printFailed', { error: outcome.error });
  }
}

export function ReportButtons() {
  const { t } = useTranslation('ui');
  const working = useReportStatus((state) => state.report?.status === 'working');
  return (
    <>
      <button
        type="button"
        data-testid="export-report"
        title={t('evidence.exportHint')}
        disabled={working}
        onClick={() => void runReportAction('export')}
      >
        {t('evidence.exportReport')}
      </button>
      <button
        type="button"
        data-testid="print-report"
        title={t('evidence.printHint')}
        disabled={working}
        onClick={() => void runReportAction('print')}
      >
        {t('evidence.printReport')}
      </button>
    </>
  );
}

/** Always in the page while a mail is shown, so that screen readers announce what it comes to say. */
export function ReportStatusLine() {
  useTranslation('ui'); // re-renders the status in a new language
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
  const { t } = useTranslation('ui');
  const noMail = useReportStatus((state) => state.report?.status === 'no-mail');
  if (!noMail) return null;
  return (
    <p role="alert" className="notice" data-testid="report-open-first">
      {t('evidence.openFirst')}
    </p>
  );
}
