// Asks main to compare the shown message with another copy the reader picks in main's dialog (the
// page never sees a path), and keeps the answer in the store for the findings to show their proof.

import type { ComparedItem } from '../../../shared/analysis/compare-copies';
import { useMailLens } from '../store';

export async function compareWithCopy(): Promise<void> {
  const store = useMailLens.getState();
  const report = store.mail?.messages[store.message];
  if (!report || store.comparison?.status === 'comparing') return;
  const { mail } = store;
  const index = report.index;
  const previous = store.comparison;
  store.setComparison({ status: 'comparing', index });
  let next: Parameters<typeof store.setComparison>[0];
  try {
    const outcome = await window.maillens.compareWithCopy(index);
    next =
      outcome.kind === 'compared'
        ? { status: 'done', index, fileName: outcome.fileName, comparison: outcome.comparison }
        : outcome.kind === 'failed'
          ? { status: 'failed', index, fileName: outcome.fileName, error: outcome.error }
          : previous; // canceled: what was shown before stays
  } catch (error) {
    next = { status: 'failed', index, fileName: '', error: error instanceof Error ? error.message : String(error) };
  }
  // Another file may have been opened meanwhile: the answer is about the one that was shown.
  if (useMailLens.getState().mail === mail) useMailLens.getState().setComparison(next);
}

/** The comparison of the shown message, when it is done and proves something (copies to two readers). */
export function useShownComparison() {
  return useMailLens((state) => {
    const shown = state.mail?.messages[state.message];
    const comparison = state.comparison;
    if (!shown || comparison?.status !== 'done' || comparison.index !== shown.index) return null;
    return comparison.comparison.verdict === 'compared' ? comparison.comparison : null;
  });
}

/** What the comparison says about reference `index` of the shown message, if anything. */
export function useComparedReference(index: number): ComparedItem | null {
  const comparison = useShownComparison();
  return comparison?.references.find((item) => item.a === index) ?? null;
}
