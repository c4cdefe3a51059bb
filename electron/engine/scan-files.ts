// Scans many files with a bounded number in flight, so memory stays flat however many are given.

import type { FileReport } from '../../shared/model/report';
import type { ScanOptions } from './jobs';
import { scanFile } from './scan-file';
import type { WorkerPool } from './worker-pool';

export interface ScanFilesOptions extends ScanOptions {
  readonly onFileDone?: (report: FileReport, done: number) => void;
}

export async function scanFiles(
  paths: readonly string[],
  pool: WorkerPool,
  { onFileDone, ...options }: ScanFilesOptions = {},
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  // Two files per worker keep every worker busy while the main thread reads and hashes the next file.
  const lanes = Array.from({ length: Math.min(pool.size * 2, paths.length) }, async () => {
    while (next < paths.length) {
      const index = next++;
      const report = await scanFile(paths[index]!, pool, options);
      reports[index] = report;
      done += 1;
      onFileDone?.(report, done);
    }
  });
  await Promise.all(lanes);
  return reports;
}
