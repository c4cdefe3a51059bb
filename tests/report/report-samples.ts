// The mails the report tests run over: every vector fixture, and a fixed, spread sample of the corpus
// (every Nth file of corpusFiles(); a file that is not readable mail gives way to the next one).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { evidenceReportForFile } from '../../electron/cli/report-command';
import type { WorkerPool } from '../../electron/engine/worker-pool';
import type { EvidenceReport } from '../../shared/report/evidence-report';
import { renderReportHtml } from '../../shared/report/render-html';
import { corpusFiles } from '../helpers/corpus';
import { loadVectorFixtures } from '../helpers/vector-fixtures';

export const CORPUS_SAMPLE = 50;

export interface WrittenReport {
  readonly mail: string;
  readonly report: EvidenceReport;
  readonly html: string;
  readonly path: string;
}

async function tryReport(mail: string, pool: WorkerPool): Promise<EvidenceReport | null> {
  try {
    return await evidenceReportForFile(mail, 1, new Date(), pool);
  } catch {
    return null;
  }
}

/** Writes the HTML report of every sample mail into `folder`. */
export async function writeSampleReports(folder: string, pool: WorkerPool): Promise<WrittenReport[]> {
  mkdirSync(folder, { recursive: true });
  const written: WrittenReport[] = [];
  const add = (mail: string, report: EvidenceReport) => {
    const html = renderReportHtml(report);
    const path = join(folder, `report-${written.length + 1}.html`);
    writeFileSync(path, html);
    written.push({ mail, report, html, path });
  };
  for (const fixture of loadVectorFixtures()) {
    const report = await tryReport(fixture.path, pool);
    if (!report) throw new Error(`no report for the vector fixture ${fixture.name}`);
    add(fixture.path, report);
  }
  const files = corpusFiles();
  const step = Math.floor(files.length / CORPUS_SAMPLE);
  for (let i = 0; i < CORPUS_SAMPLE; i++) {
    for (let at = i * step; at < (i + 1) * step; at++) {
      const report = await tryReport(files[at]!, pool);
      if (report) {
        add(files[at]!, report);
        break;
      }
    }
  }
  return written;
}
