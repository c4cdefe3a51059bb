// `npm run stats`: tracking figures over the phishing-pot sample, next to an independent simple count
// (mailparser + htmlparser2 only, none of our code): remote <img> with width/height 0 or 1, or hidden by
// an inline display:none / visibility:hidden on the image itself.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { simpleParser } from 'mailparser';
import { isTag, type AnyNode, type Element } from 'domhandler';

import { readMessage } from '../../electron/readers/read-mail';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';

const folder = process.argv[2] ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'eml', 'phishing-pot-sample');

function elements(nodes: readonly AnyNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (isTag(node)) {
      out.push(node);
      elements(node.children, out);
    }
  }
  return out;
}

/** The independent count: a remote image declared 0/1 px or hidden inline. */
function simplePixel(html: string): boolean {
  return elements(parseDocument(html).children).some((element) => {
    if (element.name !== 'img') return false;
    const src = (element.attribs.src ?? '').trim();
    if (!/^(https?:)?\/\//i.test(src)) return false;
    const tiny = ['width', 'height'].some((name) => /^\s*[01](px)?\s*$/i.test(element.attribs[name] ?? ''));
    const style = (element.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
    return (
      tiny ||
      style.includes('display:none') ||
      style.includes('visibility:hidden') ||
      /(^|;)(width|height):[01](px)?(;|$)/.test(style)
    );
  });
}

async function main(): Promise<void> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.eml'));
  const matcher = trackerMatcher();
  const counts = {
    named: 0,
    likely: 0,
    namedOrLikely: 0,
    remote: 0,
    leak: 0,
    identifies: 0,
    simple: 0,
    bothYes: 0,
    oursOnly: 0,
    simpleOnly: 0,
  };
  const services = new Map<string, number>();
  const oursOnly: string[] = [];
  const simpleOnly: string[] = [];
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    const message = await readMessage(bytes, 'eml');
    const analysis = analyseMessage(message, findRemoteReferences(message), { matcher });
    const opened = analysis.findings.filter((finding) => finding.trigger === 'open');
    const named = opened.some((finding) => finding.certainty === 'named');
    const likely = opened.some((finding) => finding.certainty === 'likely');
    if (named) counts.named += 1;
    if (likely) counts.likely += 1;
    if (named || likely) counts.namedOrLikely += 1;
    if (opened.length) counts.remote += 1;
    if (analysis.findings.some((finding) => finding.recipientLeak.length)) counts.leak += 1;
    if (analysis.verdict.identifiesYou) counts.identifies += 1;
    for (const service of new Set(
      opened.filter((finding) => finding.tracker).map((finding) => finding.tracker!.name),
    )) {
      services.set(service, (services.get(service) ?? 0) + 1);
    }
    const parsed = await simpleParser(bytes);
    const simple = typeof parsed.html === 'string' && simplePixel(parsed.html);
    if (simple) counts.simple += 1;
    const ours = named || likely;
    if (ours && simple) counts.bothYes += 1;
    if (ours && !simple) {
      counts.oursOnly += 1;
      oursOnly.push(name);
    }
    if (!ours && simple) {
      counts.simpleOnly += 1;
      simpleOnly.push(name);
    }
  }
  const share = (n: number) => `${n} (${((n / files.length) * 100).toFixed(1)}%)`;
  console.log(`phishing-pot sample: ${files.length} mails`);
  console.log(`  with a named tracker (fetched on open):     ${share(counts.named)}`);
  console.log(`  with a likely pixel (unnamed):              ${share(counts.likely)}`);
  console.log(`  with a named tracker or a likely pixel:     ${share(counts.namedOrLikely)}`);
  console.log(`  with any remote content fetched on open:    ${share(counts.remote)}`);
  console.log(`  whose URLs carry a recipient's address:     ${share(counts.leak)}`);
  console.log(`  with a tracker that identifies the reader:  ${share(counts.identifies)}`);
  console.log(`independent simple count (remote <img> 0/1 px or hidden inline): ${share(counts.simple)}`);
  console.log(
    `  both say tracked: ${counts.bothYes}; only MailLens: ${counts.oursOnly}; only the simple count: ${counts.simpleOnly}`,
  );
  console.log(`  only MailLens, first 15: ${oursOnly.slice(0, 15).join(' ')}`);
  console.log(`  only simple count, first 15: ${simpleOnly.slice(0, 15).join(' ')}`);
  console.log('most frequent named services:');
  for (const [service, count] of [...services].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${count}\t${service}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
