// Export report… and Print report…: main builds the evidence report of the shown message and saves or
// prints it (the page never writes a file). The toolbar's buttons and File > Export Report… / Print
// Report… (main's 'app:export-report-requested' / 'app:print-report-requested') both come here.

import { create } from 'zustand';

import type { ExportOutcome } from '../../../shared/ipc/contract';
import { useMailLens } from '../store';

export type ReportAction = 'export' | 'print';

export type ReportStatus =
  | { readonly status: 'working'; readonly action: ReportAction }
  | { readonly status: 'done'; readonly action: ReportAction; readonly outcome: ExportOutcome }
  /** Asked from the menu with no mail shown. */
  | { readonly status: 'no-mail'; readonly action: ReportAction };

export const useReportStatus = create<{ readonly report: ReportStatus | null }>()(() => ({ report: null }));

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CALLS: Readonly<Record<ReportAction, (index: number) => Promise<ExportOutcome>>> = {
  export: (index) => window.maillens.exportReport(index),
  print: (index) => window.maillens.printReport(index),
};

export async function runReportAction(action: ReportAction): Promise<void> {
  const { mail, message, screen } = useMailLens.getState();
  const report = screen === 'result' ? mail?.messages[message] : undefined;
  if (!report) {
    useReportStatus.setState({ report: { status: 'no-mail', action } });
    return;
  }
  if (useReportStatus.getState().report?.status === 'working') return;
  useReportStatus.setState({ report: { status: 'working', action } });
  let outcome: ExportOutcome;
  try {
    outcome = await CALLS[action](report.index);
  } catch (error) {
    outcome = { kind: 'failed', error: describe(error) };
  }
  useReportStatus.setState({ report: { status: 'done', action, outcome } });
}

/** A new mail (or none) shown: what was said about the last one no longer applies. */
export function clearReportStatus(): void {
  if (useReportStatus.getState().report?.status !== 'working') useReportStatus.setState({ report: null });
}
