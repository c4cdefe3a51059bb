// The evidence report's HTML with the section "Your rights" (shared/rights/) before its footer: what the
// CLI writes and what the app exports and prints.

import type { MessageReport } from '../model/report';
import { renderRightsHtml, rightsSectionTitle } from '../rights/render-rights';
import { rightsFacts } from '../rights/rights-facts';
import type { Lang } from '../rights/model';
import type { EvidenceReport } from './evidence-report';
import { renderReportHtml } from './render-html';

export function renderEvidenceHtml(evidence: EvidenceReport, report: MessageReport, lang: Lang = 'en'): string {
  const rights = {
    id: 'your-rights',
    title: rightsSectionTitle(lang),
    html: renderRightsHtml(rightsFacts(report), lang),
  };
  return renderReportHtml(evidence, { extraSections: [rights] });
}
