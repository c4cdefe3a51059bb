// The evidence report as ONE self-contained HTML file: no external resource of any kind, no script, a
// Content-Security-Policy that forbids every fetch as the first element of <head>, inline CSS, print
// styles. The same report always gives the same bytes except the analysis-time line.
//
// The mail itself is shown INLINE, in a declarative shadow root (<template shadowrootmode="open">), not
// in an <iframe srcdoc sandbox>. Why:
// - A printed or PDF report must show the whole mail: an iframe is cut off at its own height in print
//   (and without script its height cannot follow the content); a shadow tree flows over the pages.
// - The mail's style sheets are scoped to the shadow tree: they cannot restyle or hide the report's own
//   text. The host's wrapper has `contain: layout paint`, so the mail's position:fixed stays in its box.
// - It can fetch nothing: the preview is already neutralised (no URL left but data: images, no script,
//   no event handler; shared/preview/neutralise-html.ts), it is re-serialised here with dom-serializer,
//   and the document's CSP (default-src 'none') covers the shadow tree as it covers the page.
// A browser without declarative shadow DOM leaves the <template> inert: the preview is then not shown,
// and still nothing is fetched.

import { renderFinding, renderLink } from './render-findings';
import type { MailAddress } from '../model/mail';
import type { EvidenceReport } from './evidence-report';
import { element, escapeHtml, safeToken } from './html-text';
import { markPreview } from './preview-markers';
import { REPORT_CSS } from './report-css';

/** Stricter than needed for "nothing is fetched": form-action and base-uri do not fall back to default-src. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

export interface ReportSection {
  /** The section's id (made safe: letters, digits, `-`, `_`). */
  readonly id: string;
  readonly title: string;
  /** Already-safe HTML (e.g. the rights section of shared/rights/); inserted as it is. */
  readonly html: string;
}

export interface RenderReportOptions {
  /** Appended after the report's own sections, before the footer. */
  readonly extraSections?: readonly ReportSection[];
}

function facts(rows: readonly (readonly [string, string])[]): string {
  const shown = rows.filter(([, html]) => html);
  return `<dl class="facts">${shown.map(([name, html]) => `<dt>${escapeHtml(name)}</dt><dd>${html}</dd>`).join('')}</dl>`;
}

const code = (text: string | null | undefined) => (text ? `<code>${escapeHtml(text)}</code>` : '');
const text = (value: string | null | undefined) => (value ? escapeHtml(value) : '');
const none = '<span class="note">(none in the mail)</span>';
/** A hash on one line, so that it prints (and is read back from a PDF) whole. */
const hash = (value: string) => `<code class="hash">${escapeHtml(value)}</code>`;

/** For a .msg without transport headers: the addresses from its properties, said to be so. */
function addresses(list: readonly MailAddress[]): string {
  if (list.length === 0) return '';
  const written = list.map((item) => (item.name ? `${item.name} <${item.address}>` : item.address)).join(', ');
  return `${escapeHtml(written)} <span class="note">(no such header; from the message's properties)</span>`;
}

function formatBytes(size: number): string {
  return `${size.toLocaleString('en-US')} bytes`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${safeToken(id)}">\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function examined(report: EvidenceReport): string {
  const { file, message, tool } = report;
  const mbox = message.withinMbox;
  return section(
    'examined',
    'What was examined',
    [
      facts([
        ['File', text(file.name)],
        ['Size', escapeHtml(formatBytes(file.size))],
        ['Format', escapeHtml(file.format)],
        ['SHA-256 of the file', hash(file.sha256)],
        ...(mbox
          ? ([
              ['Message', escapeHtml(`message ${message.index} of the mbox`)],
              [
                `SHA-256 of message ${message.index}`,
                `${hash(message.sha256)} <span class="note">(its bytes as extracted from the mbox: without its From_ line, with &gt;From quoting undone)</span>`,
              ],
            ] as const)
          : []),
        ['MailLens version', text(tool.version)],
        ['Tracker table', text(tool.trackerTable.label)],
      ]),
      `<p class="time-line">${escapeHtml(report.analysedAt.line)}</p>`,
      `<p class="statement">${escapeHtml(report.networkStatement)}</p>`,
      report.verdict ? `<p class="verdict">Verdict: ${escapeHtml(report.verdict.summary)}</p>` : '',
      report.warnings.length
        ? `<p>Warnings while reading:</p><ul class="plain">${report.warnings.map((warning) => element('li', warning)).join('')}</ul>`
        : '',
    ].join('\n'),
  );
}

function headers(report: EvidenceReport): string {
  const { headers: h, authentication } = report;
  const subjectRaw = h.subjectRaw && h.subjectRaw !== h.subject ? code(h.subjectRaw) : '';
  const results = authentication.results.length
    ? `<table><thead><tr><th>Method</th><th>Result</th><th>Detail</th></tr></thead><tbody>${authentication.results
        .map(
          (result) =>
            `<tr><td>${text(result.method)}</td><td>${text(result.result)}</td><td>${code(result.detail)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : none;
  const dkim = authentication.dkim.length
    ? `<ul class="plain">${authentication.dkim.map((signature) => `<li>d=${code(signature.domain)} s=${code(signature.selector)}</li>`).join('')}</ul>`
    : none;
  const hops = authentication.received.length
    ? `<table><thead><tr><th>#</th><th>From</th><th>By</th><th>Time as written</th><th>UTC</th><th>Delay</th></tr></thead><tbody>${authentication.received
        .map(
          (hop, i) =>
            `<tr><td>${i + 1}</td><td>${code(hop.from)}</td><td>${code(hop.by)}</td><td>${text(hop.writtenTime)}</td>` +
            `<td>${text(hop.utc)}</td><td>${hop.delaySeconds === null ? '' : escapeHtml(`${hop.delaySeconds} s`)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : none;
  return section(
    'headers',
    'The mail’s headers',
    [
      facts([
        ['From', code(h.from) || addresses(h.fromAddresses) || none],
        ['To', code(h.to) || addresses(h.toAddresses) || none],
        ['Cc', code(h.cc)],
        ['Date (as written)', code(h.date) || none],
        [
          'Subject',
          `${text(h.subject) || none}${subjectRaw ? `<br><span class="note">as written:</span> ${subjectRaw}` : ''}`,
        ],
        ['Message-ID', code(h.messageId) || none],
        ['Return-Path', code(h.returnPath) || none],
      ]),
      '<h3>Authentication results</h3>',
      '<p class="note">As recorded by the receiving mail servers (Authentication-Results); MailLens does not check signatures itself, which would need the network.</p>',
      results,
      '<h3>DKIM signatures</h3>',
      dkim,
      '<h3>Received hops (oldest first)</h3>',
      hops,
    ].join('\n'),
  );
}

/** The preview's body as a div: its colours become style (only plain colour values are kept). */
function mailBody(bodyAttributes: Readonly<Record<string, string>>, bodyHtml: string): string {
  const colour = (value: string | undefined) => (value && /^#?[0-9a-z]{1,20}$/i.test(value) ? value : '');
  const style = [
    colour(bodyAttributes.bgcolor) && `background-color:${colour(bodyAttributes.bgcolor)}`,
    colour(bodyAttributes.text) && `color:${colour(bodyAttributes.text)}`,
    bodyAttributes.style ?? '',
  ]
    .filter(Boolean)
    .join(';');
  const attributes: [string, string][] = [['class', 'ml-mail-body']];
  if (style) attributes.push(['style', style]);
  for (const name of ['dir', 'lang']) if (bodyAttributes[name]) attributes.push([name, bodyAttributes[name]!]);
  return `<div${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}>${bodyHtml}</div>`;
}

function preview(report: EvidenceReport): string {
  if (!report.preview)
    return section('preview', 'The mail, with nothing loaded', '<p>This message has no body to show.</p>');
  const offset = report.preview.referenceOffset;
  const numbers = new Map(report.findings.map((finding) => [finding.index, finding.number]));
  const marked = markPreview(report.preview.html, (id) => numbers.get(offset + id));
  // `<` inside style text was escaped by the neutraliser; `</` is escaped again so no text can close it.
  const styles = marked.styles.map((css) => `<style>${css.replace(/<\//g, '<\\/')}</style>`).join('');
  return section(
    'preview',
    'The mail, with nothing loaded',
    [
      `<p>The ${escapeHtml(report.preview.part)} part as a mail program would show it, with every remote picture, style sheet and link made inert. Each numbered box <span class="number">n</span> stands where remote reference n of the list below sits; references in style sheets or hidden parts may have no box.</p>`,
      '<div class="mail-view"><div class="mail-host"><template shadowrootmode="open">',
      `<style>:host{all:initial;display:block}.ml-mail-body{display:block;padding:8px;font:14px/1.4 sans-serif;color:#000;background:#fff}</style>${styles}`,
      mailBody(marked.bodyAttributes, marked.bodyHtml),
      '</template></div></div>',
    ].join('\n'),
  );
}

function findings(report: EvidenceReport): string {
  const remote = report.findings.filter((finding) => finding.vector !== 'a-href');
  const linkCount = report.findings.length - remote.length;
  const intro =
    remote.length === 0
      ? '<p>This mail loads nothing from the network when it is opened.</p>'
      : `<p>${remote.length} remote reference${remote.length === 1 ? '' : 's'}, numbered as on the preview.${linkCount ? ` Numbers missing here are links: see “Links”.` : ''}</p>`;
  return section('findings', 'Trackers and other remote content', [intro, ...remote.map(renderFinding)].join('\n'));
}

function links(report: EvidenceReport): string {
  const body = report.links.length
    ? `<p class="note">Links are never opened: the destination is read from the URL itself where a wrapper shows it.</p><ul class="plain">${report.links.map(renderLink).join('\n')}</ul>`
    : '<p>This mail has no links.</p>';
  return section('links', 'Links', body);
}

function senderSide(report: EvidenceReport): string {
  const receipts = report.readReceipt.length
    ? `<ul class="plain">${report.readReceipt
        .map(
          (request) =>
            `<li><strong>${text(request.header)}</strong> ${code(request.address)}: ${text(request.says)}</li>`,
        )
        .join('')}</ul>`
    : '<p>No read receipt is requested.</p>';
  const platforms = report.platform.length
    ? `<ul class="plain">${report.platform
        .map(
          (match) =>
            `<li><strong>${text(match.platform)}</strong> (${text(match.company)}): ${text(match.evidence.join('; '))}</li>`,
        )
        .join('')}</ul>`
    : '<p>No sending platform recognised.</p>';
  const unsubscribe = report.listUnsubscribe
    ? facts([
        ['Addresses', report.listUnsubscribe.urls.map(code).join('<br>')],
        ['Mail to', report.listUnsubscribe.mailto.map(code).join('<br>')],
        ['One-click (RFC 8058)', report.listUnsubscribe.oneClick ? 'yes' : 'no'],
        [
          'Codes in it',
          report.listUnsubscribe.tokens.map((token) => escapeHtml(`${token.where} = ${token.value}`)).join('<br>'),
        ],
      ])
    : '<p>No List-Unsubscribe header.</p>';
  return section(
    'sender',
    'Read receipts, unsubscribe and sending platform',
    [
      '<h3>Read-receipt requests</h3>',
      receipts,
      '<h3>Sending platform</h3>',
      platforms,
      '<h3>Unsubscribe</h3>',
      unsubscribe,
    ].join('\n'),
  );
}

export function renderReportHtml(report: EvidenceReport, options: RenderReportOptions = {}): string {
  const extra = (options.extraSections ?? []).map(
    (extraSection) =>
      `<section id="${safeToken(extraSection.id)}">\n<h2>${escapeHtml(extraSection.title)}</h2>\n${extraSection.html}\n</section>`,
  );
  const title = `MailLens evidence report: ${report.headers.subject || report.file.name}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head><body>',
    `<header><h1>${escapeHtml(title)}</h1></header>`,
    examined(report),
    headers(report),
    preview(report),
    findings(report),
    links(report),
    senderSide(report),
    ...extra,
    `<footer><p class="note">Made by MailLens ${escapeHtml(report.tool.version)} with the tracker table ${escapeHtml(report.tool.trackerTable.label)}. ${escapeHtml(report.networkStatement)}</p></footer>`,
    '</body></html>',
    '',
  ].join('\n');
}
