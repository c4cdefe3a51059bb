// The HTML report loads nothing and runs nothing: opened in Chromium with every host name sent to a
// canary, over every vector fixture and 50 corpus mails, the canary sees no connection and the page
// requests nothing but itself; and each report's markup has the CSP first in <head>, no script and no
// URL but data: and #fragments (read with htmlparser2).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { WorkerPool } from '../../electron/engine/worker-pool';
import { REPORT_CSP } from '../../shared/report/render-html';
import { CORPUS } from '../helpers/corpus';
import { createPool } from '../helpers/pool';
import { startCanary, type Canary } from '../e2e/canary';
import { launchReportBrowser, type ReportBrowser } from './report-browser';
import { CORPUS_SAMPLE, writeSampleReports, type WrittenReport } from './report-samples';

const SHOTS = '/tmp/maillens-shots';

let folder: string;
let pool: WorkerPool;
let reports: WrittenReport[];

function elements(nodes: readonly AnyNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    out.push(node);
    elements(node.children, out);
  }
  return out;
}

/** Every attribute that could name something to fetch or go to. */
const URL_ATTRIBUTES =
  /^(src|href|srcset|action|formaction|background|poster|data|xlink:href|ping|cite|longdesc|lowsrc|dynsrc)$/;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-report-html-'));
  pool = createPool({ size: 2 });
  reports = await writeSampleReports(folder, pool);
}, 20 * 60_000);

afterAll(async () => {
  await pool?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('HTML report markup', () => {
  it('has the CSP meta first in <head>, no script, and no URL but data: and #fragments', () => {
    let markers = 0;
    for (const { mail, html, report } of reports) {
      const document = parseDocument(html, { lowerCaseAttributeNames: true });
      const all = elements(document.children);
      const head = all.find((element) => element.name === 'head');
      const first = head?.children.find(isTag);
      expect(first?.name, mail).toBe('meta');
      expect(first?.attribs['http-equiv']?.toLowerCase(), mail).toBe('content-security-policy');
      expect(first?.attribs.content, mail).toBe(REPORT_CSP);
      expect(REPORT_CSP).toContain("default-src 'none'");
      expect(html.toLowerCase(), mail).not.toContain('<script');
      expect(
        all.filter((element) => ['script', 'iframe', 'object', 'embed', 'link', 'base'].includes(element.name)),
      ).toEqual([]);
      for (const element of all) {
        for (const [name, value] of Object.entries(element.attribs)) {
          expect(name.startsWith('on'), `${mail}: ${element.name} ${name}`).toBe(false);
          if (URL_ATTRIBUTES.test(name)) expect(value, `${mail}: <${element.name} ${name}>`).toMatch(/^\s*(data:|#)/i);
        }
      }
      // Every marker's number is a finding of the list, and every finding said to be in the preview has one.
      const numbers = all
        .filter((element) => element.attribs['data-ml-number'])
        .map((element) => Number(element.attribs['data-ml-number']));
      markers += numbers.length;
      const listed = new Set(report.findings.map((finding) => finding.number));
      for (const number of numbers) expect(listed.has(number), `${mail}: marker ${number}`).toBe(true);
      for (const finding of report.findings.filter((item) => item.inPreview)) {
        expect(numbers, `${mail}: finding ${finding.number}`).toContain(finding.number);
      }
    }
    console.log(`report markup: ${reports.length} reports, ${markers} preview markers checked`);
  });
});

describe('HTML report network silence', () => {
  let canary: Canary;
  let browser: ReportBrowser;
  beforeAll(async () => {
    canary = await startCanary();
    browser = await launchReportBrowser(canary.port);
  });
  afterAll(async () => {
    await browser?.close();
    await canary?.close();
  });

  it(
    'opens the report of every vector fixture and 50 corpus mails without a single connection',
    async () => {
      const fromCorpus = reports.filter((item) => item.mail.startsWith(CORPUS));
      expect(fromCorpus.length).toBe(CORPUS_SAMPLE);
      const foreign: string[] = [];
      for (const item of reports) {
        const before = browser.requests.length;
        const url = await browser.open(item.path);
        for (const request of browser.requests.slice(before))
          if (request !== url) foreign.push(`${item.mail}: ${request}`);
      }
      const withTrackers = fromCorpus.filter((item) =>
        item.report.findings.some((finding) => finding.runner?.role === 'tracker'),
      );
      console.log(
        `report silence: ${reports.length} reports (${reports.length - fromCorpus.length} vector fixtures, ` +
          `${fromCorpus.length} corpus mails, ${withTrackers.length} of them with known trackers); ` +
          `canary connections: ${canary.targets.length}; requests other than the report: ${foreign.length}`,
      );
      expect(foreign).toEqual([]);
      expect(canary.targets).toEqual([]);

      // Screenshots for the team's note (not committed): a newsletter with trackers and a vector fixture.
      const newsletter = withTrackers.find((item) => item.mail.includes('newsletters')) ?? withTrackers[0];
      const fixture = reports.find((item) => item.report.findings.length > 1 && !item.mail.startsWith(CORPUS));
      for (const [name, item] of [
        ['newsletter', newsletter],
        ['vector-fixture', fixture],
      ] as const) {
        if (!item) continue;
        await browser.open(item.path);
        await browser.page.screenshot({ path: join(SHOTS, `report-${name}.png`), fullPage: true });
      }
      expect(canary.targets).toEqual([]);
    },
    30 * 60_000,
  );

  it('would notice: a page that does fetch reaches the canary (control)', async () => {
    const before = canary.targets.length;
    const probe = await browser.page.context().newPage();
    await probe.goto('http://probe.maillens.test/pixel.gif').catch(() => undefined);
    await probe.close();
    expect(canary.targets.slice(before)).toContain('probe.maillens.test');
  });
});
