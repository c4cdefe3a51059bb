// Every message of the team corpus (deduplicated by the SHA-256 of its bytes), analysed by MailLens and
// looked at the way the peers would: their rules on each image URL, their heuristics on each <img>.
// Used by tests/engine/peer-coverage.test.ts and by `npm run stats`. The HTML bodies come from MailLens'
// readers (the only way to reach the RTF-encapsulated HTML of .msg files); what the peers would do with
// that HTML is decided by tests/peers/peer-rules.ts alone.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';

import { readMboxMessages } from '../../electron/readers/mbox-reader';
import { detectFormat, readMessage } from '../../electron/readers/read-mail';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import type { MailMessage } from '../../shared/model/mail';
import type { Certainty, Finding } from '../../shared/model/finding';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { CORPUS, corpusFiles } from '../helpers/corpus';
import { peerHeuristicFlags, peerImages, peerNames, type PeerFlag, type PeerName } from './peer-rules';

/** One image URL that MailLens fetches on open and a peer rule names. */
export interface PeerNamedImage {
  readonly url: string;
  readonly certainty: Certainty;
  readonly service: string | null;
  readonly names: readonly PeerName[];
}

export interface MessageComparison {
  /** Corpus-relative file, with `#n` for the n-th message of an mbox. */
  readonly id: string;
  /** First folder level (`eml/phishing-pot-sample`, `msg`, `mbox`, `fixtures`), for per-folder figures. */
  readonly folder: string;
  /** Best MailLens certainty among the images and other references fetched on open. */
  readonly best: Certainty | null;
  /** The open finding with that certainty (first in the mail), for listing by hand. */
  readonly top: { readonly url: string; readonly service: string | null } | null;
  readonly possibleCount: number;
  /** MailLens' open-triggered `<img src>` findings that a peer rule names. */
  readonly peerNamed: readonly PeerNamedImage[];
  /** Whether a peer rule names any remote <img src> of the HTML as htmlparser2 reads it. */
  readonly peerNamedByParse: boolean;
  /** Peer heuristic flags over the HTML as htmlparser2 reads it. */
  readonly peerFlags: ReadonlySet<PeerFlag>;
}

const RANK: Readonly<Record<Certainty, number>> = { named: 3, likely: 2, possible: 1, 'remote-content': 0 };

function htmlBodies(message: MailMessage): string[] {
  return [
    ...message.bodies.filter((body) => body.kind !== 'text' && body.rendersOnOpen).map((body) => body.content),
    ...message.attachedMessages.flatMap(htmlBodies),
  ];
}

function folderOf(path: string): string {
  const parts = relative(CORPUS, path).split(sep);
  return parts[0] === 'eml' ? `eml/${parts[1]}` : (parts[0] ?? '');
}

export function compareMessage(id: string, folder: string, message: MailMessage): MessageComparison {
  const analysis = analyseMessage(message, findRemoteReferences(message), { matcher: trackerMatcher() });
  const opened = analysis.findings.filter((finding) => finding.trigger === 'open');
  let top: Finding | null = null;
  for (const finding of opened) if (top === null || RANK[finding.certainty] > RANK[top.certainty]) top = finding;
  const peerNamed: PeerNamedImage[] = [];
  const seen = new Set<string>();
  for (const finding of opened.filter((candidate: Finding) => candidate.vector === 'img-src')) {
    if (seen.has(finding.url)) continue;
    seen.add(finding.url);
    const names = peerNames(finding.url);
    if (names.length) {
      peerNamed.push({ url: finding.url, certainty: finding.certainty, service: finding.tracker?.name ?? null, names });
    }
  }
  const images = htmlBodies(message).flatMap(peerImages);
  const peerFlags = new Set<PeerFlag>();
  for (const image of images) for (const flag of peerHeuristicFlags(image)) peerFlags.add(flag);
  return {
    id,
    folder,
    best: top?.certainty ?? null,
    top: top ? { url: top.url, service: top.tracker?.name ?? null } : null,
    possibleCount: opened.filter((finding) => finding.certainty === 'possible').length,
    peerNamed,
    peerNamedByParse: images.some((image) => peerNames(image.src).length > 0),
    peerFlags,
  };
}

/** Messages of one corpus file: the file itself, or each message of an mbox. */
async function* messagesOf(path: string): AsyncGenerator<{ index: number; bytes: Buffer; format: 'eml' | 'msg' }> {
  const bytes = readFileSync(path);
  const format = detectFormat(bytes.subarray(0, 64), basename(path));
  if (format !== 'mbox') {
    yield { index: 1, bytes, format };
    return;
  }
  for await (const message of readMboxMessages(path)) {
    if (!message.error) yield { index: message.index, bytes: message.bytes, format: 'eml' };
  }
}

export interface CorpusComparison {
  readonly messages: readonly MessageComparison[];
  readonly files: number;
  readonly duplicates: number;
  readonly unreadable: number;
}

export async function compareCorpus(): Promise<CorpusComparison> {
  const files = corpusFiles();
  const hashes = new Set<string>();
  const messages: MessageComparison[] = [];
  let duplicates = 0;
  let unreadable = 0;
  for (const path of files) {
    const folder = folderOf(path);
    const isMbox = detectFormat(readFileSync(path).subarray(0, 64), basename(path)) === 'mbox';
    for await (const { index, bytes, format } of messagesOf(path)) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (hashes.has(hash)) {
        duplicates += 1;
        continue;
      }
      hashes.add(hash);
      let message: MailMessage;
      try {
        message = await readMessage(bytes, format);
      } catch {
        unreadable += 1;
        continue;
      }
      const id = relative(CORPUS, path) + (isMbox ? `#${index}` : '');
      messages.push(compareMessage(id, folder, message));
    }
  }
  return { messages, files: files.length, duplicates, unreadable };
}
