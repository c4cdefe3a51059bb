// One mail file, read and analysed in-process the way a worker does it, as the report's first message.

import { readFileSync } from 'node:fs';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { summariseMessage, type MessageReport } from '../../shared/model/report';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';

const matcher = trackerMatcher();

export async function reportOfEml(path: string): Promise<MessageReport> {
  const message = await readEml(readFileSync(path));
  const references = findRemoteReferences(message);
  return summariseMessage(message, analyseMessage(message, references, { matcher }));
}
