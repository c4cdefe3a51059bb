// Reports for the rights tests, read with the engine exactly as the CLI reads them: the vector fixtures,
// the DUO-like letter and the corpus's real newsletters (../shared/corpus/eml/unspy-newsletters).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { summariseMessage, type MessageReport } from '../../shared/model/report';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { corpusFiles } from '../helpers/corpus';
import { loadVectorFixtures } from '../helpers/vector-fixtures';

export const DUO_LIKE = join(__dirname, '..', 'fixtures', 'duo-like', 'betaling-studiefinanciering.eml');

export interface NamedReport {
  readonly name: string;
  readonly report: MessageReport;
}

export async function reportOf(bytes: Buffer): Promise<MessageReport> {
  const message = await readEml(bytes);
  return summariseMessage(
    message,
    analyseMessage(message, findRemoteReferences(message), { matcher: trackerMatcher() }),
  );
}

export async function vectorReports(): Promise<NamedReport[]> {
  return Promise.all(
    loadVectorFixtures().map(async (fixture) => ({ name: fixture.name, report: await reportOf(fixture.bytes) })),
  );
}

export async function newsletterReports(): Promise<NamedReport[]> {
  const files = corpusFiles(join('eml', 'unspy-newsletters')).filter((path) => path.endsWith('.eml'));
  return Promise.all(files.map(async (path) => ({ name: path, report: await reportOf(readFileSync(path)) })));
}

export async function duoLikeReport(): Promise<MessageReport> {
  return reportOf(readFileSync(DUO_LIKE));
}
