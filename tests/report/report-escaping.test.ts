// Every mail-derived string is escaped: a mail whose headers and body try to write markup into the
// report adds text, never an element; extra sections (the rights section, later) come before the footer.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';

import { evidenceReportForFile } from '../../electron/cli/report-command';
import { renderReportHtml } from '../../shared/report/render-html';
import { createPool } from '../helpers/pool';

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const work = mkdtempSync(join(tmpdir(), 'maillens-report-escape-'));
const pool = createPool({ size: 1 });
afterAll(async () => {
  await pool.close();
  rmSync(work, { recursive: true, force: true });
});

function elements(nodes: readonly AnyNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    out.push(node);
    elements(node.children, out);
  }
  return out;
}

function text(node: AnyNode): string {
  if (isText(node)) return node.data;
  return isTag(node) ? node.children.map(text).join('') : '';
}

describe('report escaping', () => {
  it('writes hostile header values and link text as text', async () => {
    const mail = join(work, 'hostile.eml');
    writeFileSync(
      mail,
      [
        `From: "${HOSTILE}" <a@shop.example>`,
        'To: reader@example.org',
        `Subject: ${HOSTILE}`,
        'Date: Tue, 17 Jan 2023 10:17:27 +0100',
        `Message-ID: <${HOSTILE}@x>`,
        'Content-Type: text/html; charset=utf-8',
        '',
        `<p>hi</p><a href="https://t.example.net/c?e=reader@example.org">${HOSTILE.replace(/</g, '&lt;')}</a>`,
        '<img src="https://t.example.net/o.gif?e=reader%40example.org" width="1" height="1">',
        '',
      ].join('\r\n'),
    );
    const report = await evidenceReportForFile(mail, 1, new Date(), pool);
    expect(report.headers.date).toBe('Tue, 17 Jan 2023 10:17:27 +0100');
    const html = renderReportHtml(report, {
      extraSections: [{ id: 'rights', title: 'Your rights', html: '<p id="rights-probe">GDPR</p>' }],
    });
    const document = parseDocument(html);
    const all = elements(document.children);
    expect(all.filter((element) => element.name === 'script')).toEqual([]);
    expect(all.some((element) => Object.keys(element.attribs).some((name) => name.startsWith('on')))).toBe(false);
    expect(all.filter((element) => element.name === 'img' && element.attribs.src === 'x')).toEqual([]);
    const title = all.find((element) => element.name === 'title')!;
    expect(text(title)).toContain(HOSTILE);
    // The link's words, as the reader sees them, are in the report as text.
    expect(report.links[0]?.text).toBe(HOSTILE);
    expect(report.findings.some((finding) => finding.identifies?.startsWith('Identifies you'))).toBe(true);
    // Extra sections: after the report's own, before the footer.
    const sections = all.filter((element) => element.name === 'section').map((element) => element.attribs.id);
    expect(sections.at(-1)).toBe('rights');
    expect(html.indexOf('id="rights-probe"')).toBeLessThan(html.indexOf('<footer>'));
    expect(html.indexOf('id="rights-probe"')).toBeGreaterThan(html.indexOf('id="sender"'));
  });
});
