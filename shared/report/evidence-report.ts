// The evidence report: one message's analysis as a document that stands on its own — what was examined
// (file, hashes, tool and table versions, when), what the mail says about itself (headers as written,
// authentication, relays), and every finding with who, how recognised, how sure, what it would learn and
// whether it identifies the reader. Plain JSON-able data; renderReportHtml prints it.

import type { LinkReport } from '../analysis/analyse-links';
import type { ReadReceiptRequest, PlatformMatch, ListUnsubscribe } from '../analysis/analyse-headers';
import { explainLearning } from '../analysis/describe-learning';
import type { Verdict } from '../analysis/analyse-message';
import type { MessagePreview } from '../ipc/contract';
import { READING_MODES, type ReadingMode } from '../knowledge/what-a-fetch-reveals';
import type { Finding, IdentifyingToken, Learned, Signal } from '../model/finding';
import type { MailAddress, MailFormat, MailHeader } from '../model/mail';
import type { ReferenceLocation, Trigger } from '../model/reference';
import type { AttachmentSummary, MessageReport } from '../model/report';
import type { RecipientLeak } from '../analysis/recipient-leak';
import type { TrackerTableVersion } from '../trackers/table-version';
import { formatAnalysisTime, type AnalysisTime } from './analysis-time';
import {
  certaintyLabel,
  CONDITION_TEXT,
  eeaText,
  findingTitle,
  identifiesLabel,
  MATCHED_BY,
  TOKEN_REASON,
  TRIGGER_TEXT,
} from './finding-words';
import { allHeaders, firstHeader } from './header-block';
import { findingOrder } from './number-findings';
import { previewTexts } from './preview-markers';

export const NETWORK_STATEMENT =
  'No network connection was made while analysing this mail and rendering this report: MailLens reads the ' +
  'saved file on this computer only and never fetches any of the addresses listed here. This report itself ' +
  'can load nothing: its Content-Security-Policy forbids every fetch and it contains no script.';

export interface EvidenceReportInput {
  readonly file: {
    readonly name: string;
    readonly size: number;
    readonly format: MailFormat;
    readonly sha256: string;
  };
  /** The message reported on: its 1-based index and the SHA-256 of its bytes (for an mbox, as extracted). */
  readonly message: { readonly index: number; readonly sha256: string };
  readonly report: MessageReport;
  readonly preview: MessagePreview | null;
  /** The message's header fields as written (see parseHeaderBlock); empty when the file has none. */
  readonly headers: readonly MailHeader[];
  readonly mailLensVersion: string;
  readonly trackerTable: TrackerTableVersion;
  readonly analysedAt: Date;
}

export interface ReadingModeOutcome {
  readonly mode: ReadingMode;
  readonly label: string;
  readonly ipAddress: boolean;
  readonly userAgent: boolean;
  readonly openTime: 'each-open' | 'first-open' | 'near-delivery' | 'none';
  /** Whether the fetch, when it happens, still tells the reader apart: the URL is fetched as it is. */
  readonly identity: boolean;
  readonly says: string;
  readonly source: string;
}

export interface EvidenceFinding {
  /** The number in the list and on the preview's marker. */
  readonly number: number;
  /** Position in the analysis' `references`. */
  readonly index: number;
  readonly title: string;
  readonly url: string;
  readonly vector: string;
  readonly trigger: Trigger;
  readonly triggerText: string;
  readonly location: ReferenceLocation;
  readonly hidden: readonly string[];
  readonly condition: string | null;
  readonly certainty: Finding['certainty'];
  readonly certaintyLabel: string;
  /** Who runs it: the tracker, else the operator of the host; null when nobody is known. */
  readonly runner: {
    readonly role: 'tracker' | 'operator';
    readonly name: string;
    readonly company: string;
    readonly country: string;
    readonly eea: boolean | null;
    readonly eeaText: string;
    readonly matchedBy: string;
    readonly evidence: string;
    readonly source: string;
  } | null;
  readonly imageProxy: { readonly name: string; readonly original: string } | null;
  readonly signals: readonly Signal[];
  readonly learns: readonly Learned[];
  /** Only for what loads on opening: what each way of reading the mail would let it learn. */
  readonly readingModes: readonly ReadingModeOutcome[];
  /** "Identifies you: …" (or "… if you click"); null when the URL does not tie the fetch to the reader. */
  readonly identifies: string | null;
  readonly recipientLeak: readonly RecipientLeak[];
  readonly tokens: readonly (IdentifyingToken & { readonly reasonText: string })[];
  /** Whether the preview shows a marker with this number. */
  readonly inPreview: boolean;
}

export interface EvidenceLink extends LinkReport {
  readonly number: number | null;
  /** The words (or image) one clicks, from the preview; empty when not shown there. */
  readonly text: string;
  readonly identifies: string | null;
}

export interface ReceivedHopEvidence {
  readonly from: string;
  readonly by: string;
  /** The time as the relay wrote it (after the last `;`), with its time zone; null when there is none. */
  readonly writtenTime: string | null;
  /** The same time in UTC, as read; null when it could not be read. */
  readonly utc: string | null;
  readonly delaySeconds: number | null;
}

export interface EvidenceReport {
  readonly kind: 'maillens-evidence-report';
  readonly version: 1;
  readonly file: EvidenceReportInput['file'];
  readonly message: {
    readonly index: number;
    readonly sha256: string;
    /** True when the message is one of an mbox: its hash is then of its own bytes, not the file's. */
    readonly withinMbox: boolean;
  };
  readonly tool: {
    readonly name: 'MailLens';
    readonly version: string;
    readonly trackerTable: TrackerTableVersion;
  };
  readonly analysedAt: AnalysisTime;
  readonly networkStatement: string;
  readonly headers: {
    readonly from: string | null;
    readonly to: string | null;
    readonly cc: string | null;
    /** Exactly as written, with its own time zone. */
    readonly date: string | null;
    /** Decoded (the raw value may hold encoded words). */
    readonly subject: string;
    readonly subjectRaw: string | null;
    readonly messageId: string | null;
    readonly returnPath: string | null;
    readonly fromAddresses: readonly MailAddress[];
    readonly toAddresses: readonly MailAddress[];
  };
  readonly authentication: {
    readonly dkim: MessageReport['authentication']['dkim'];
    readonly results: MessageReport['authentication']['authentication'];
    /** Oldest hop first. */
    readonly received: readonly ReceivedHopEvidence[];
  };
  readonly verdict: Verdict | null;
  readonly preview: MessagePreview | null;
  readonly findings: readonly EvidenceFinding[];
  readonly links: readonly EvidenceLink[];
  readonly readReceipt: readonly ReadReceiptRequest[];
  readonly listUnsubscribe: ListUnsubscribe | null;
  readonly platform: readonly PlatformMatch[];
  readonly attachments: readonly AttachmentSummary[];
  readonly warnings: readonly string[];
}

const MODES = Object.keys(READING_MODES) as ReadingMode[];

function readingModesOf(finding: Finding): ReadingModeOutcome[] {
  if (finding.trigger !== 'open') return [];
  return MODES.map((mode) => {
    const facts = READING_MODES[mode];
    return {
      mode,
      label: facts.label,
      ipAddress: facts.ipAddress,
      userAgent: facts.userAgent,
      openTime: facts.openTime,
      identity: finding.identifies !== null && facts.openTime !== 'none',
      says: facts.says,
      source: facts.source,
    };
  });
}

function runnerOf(finding: Finding): EvidenceFinding['runner'] {
  const info = finding.tracker ?? finding.operator;
  if (!info) return null;
  return {
    role: finding.tracker ? 'tracker' : 'operator',
    name: info.name,
    company: info.company,
    country: info.country,
    eea: info.eea,
    eeaText: eeaText(info),
    matchedBy: MATCHED_BY[info.matchedBy],
    evidence: info.evidence,
    source: info.source,
  };
}

function evidenceFinding(finding: Finding, index: number, number: number, inPreview: boolean): EvidenceFinding {
  return {
    number,
    index,
    title: findingTitle(finding),
    url: finding.url,
    vector: finding.vector,
    trigger: finding.trigger,
    triggerText: TRIGGER_TEXT[finding.trigger],
    location: finding.location,
    hidden: finding.hidden ?? [],
    condition: finding.condition ? CONDITION_TEXT[finding.condition] : null,
    certainty: finding.certainty,
    certaintyLabel: certaintyLabel(finding),
    runner: runnerOf(finding),
    imageProxy: finding.imageProxy ? { name: finding.imageProxy.name, original: finding.imageProxy.original } : null,
    signals: finding.signals,
    learns: explainLearning(finding),
    readingModes: readingModesOf(finding),
    identifies: identifiesLabel(finding),
    recipientLeak: finding.recipientLeak,
    tokens: finding.tokens.map((token) => ({ ...token, reasonText: TOKEN_REASON[token.reason] })),
    inPreview,
  };
}

/** The time part of a Received header: what follows its last `;` (RFC 5321 section 4.4). */
function writtenTimeOf(received: string): string | null {
  const at = received.lastIndexOf(';');
  return at < 0 ? null : received.slice(at + 1).trim() || null;
}

function receivedHops(input: EvidenceReportInput): ReceivedHopEvidence[] {
  // Relays prepend Received, the analysis lists the oldest first: the raw values are reversed to match.
  const written = allHeaders(input.headers, 'received').reverse();
  const hops = input.report.authentication.received;
  return hops.map((hop, i) => ({
    from: hop.from,
    by: hop.by,
    writtenTime: hops.length === written.length ? writtenTimeOf(written[i]!) : null,
    utc: hop.date,
    delaySeconds: hop.delaySeconds,
  }));
}

export function buildEvidenceReport(input: EvidenceReportInput): EvidenceReport {
  const { report, preview, headers } = input;
  const order = findingOrder(report.references);
  const numberOf = new Map(order.map((index, i) => [index, i + 1]));
  const offset = preview?.referenceOffset ?? 0;
  const texts = preview ? previewTexts(preview.html) : new Map<number, string>();
  const shown = (index: number) => texts.has(index - offset);
  const findings = order.map((index, i) => evidenceFinding(report.references[index]!, index, i + 1, shown(index)));
  // Link i is the i-th `a-href` finding (shared/analysis/analyse-message.ts).
  const linkFindings = report.references.flatMap((finding, index) => (finding.vector === 'a-href' ? [index] : []));
  const links = report.links.map((link, i): EvidenceLink => {
    const index = linkFindings[i];
    const finding = index === undefined ? undefined : report.references[index];
    return {
      ...link,
      number: index === undefined ? null : (numberOf.get(index) ?? null),
      text: index === undefined ? '' : (texts.get(index - offset) ?? ''),
      identifies: finding ? identifiesLabel(finding) : null,
    };
  });
  return {
    kind: 'maillens-evidence-report',
    version: 1,
    file: input.file,
    message: { index: input.message.index, sha256: input.message.sha256, withinMbox: input.file.format === 'mbox' },
    tool: { name: 'MailLens', version: input.mailLensVersion, trackerTable: input.trackerTable },
    analysedAt: formatAnalysisTime(input.analysedAt),
    networkStatement: NETWORK_STATEMENT,
    headers: {
      from: firstHeader(headers, 'from'),
      to: firstHeader(headers, 'to'),
      cc: firstHeader(headers, 'cc'),
      date: firstHeader(headers, 'date'),
      subject: report.subject,
      subjectRaw: firstHeader(headers, 'subject'),
      messageId: firstHeader(headers, 'message-id'),
      returnPath: firstHeader(headers, 'return-path'),
      fromAddresses: report.from,
      toAddresses: report.to,
    },
    authentication: {
      dkim: report.authentication.dkim,
      results: report.authentication.authentication,
      received: receivedHops(input),
    },
    verdict: report.verdict,
    preview,
    findings,
    links,
    readReceipt: report.readReceipt,
    listUnsubscribe: report.listUnsubscribe,
    platform: report.platform,
    attachments: report.attachments,
    warnings: report.warnings,
  };
}
