// Scans many files with a bounded number in flight, so memory stays flat however many are given.

import type { FileReport } from '../../shared/model/report';
import { scanFile } from './scan-file';
import type { WorkerPool } from './worker-pool';

export async function scanFiles(
  paths: readonly string[],
  pool: WorkerPool,
  onFileDone?: (report: FileReport, done: number) => void,
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  // Two files per worker keep every worker busy while the main thread reads and hashes the next file.
  const lanes = Array.from({ length: Math.min(pool.size * 2, paths.length) }, async () => {
    while (next < paths.length) {
      const index = next++;
      const report = await scanFile(paths[index]!, pool);
      reports[index] = report;
      done += 1;
      onFileDone?.(report, done);
    }
  });
  await Promise.all(lanes);
  return reports;
}
