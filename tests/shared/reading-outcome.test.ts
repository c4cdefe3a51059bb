// For every way of reading, on the vector fixtures, the real newsletters and the DUO-like letter: the
// verdict, the plain answer and every finding's "would have learned" list agree with READING_MODES, and
// all of it renders in English and Dutch without a missing key or an empty placeholder.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { readingOutcome, type ReadingOutcome } from '../../shared/analysis/reading-outcome';
import type { Said } from '../../shared/i18n/said';
import { createI18n, translatorOf } from '../../shared/i18n/translator';
import { READING_MODES, type ReadingMode } from '../../shared/knowledge/what-a-fetch-reveals';
import type { MessageReport } from '../../shared/model/report';
import { corpusFiles } from '../helpers/corpus';
import { reportOfEml } from '../helpers/scan-report';
import { loadVectorFixtures } from '../helpers/vector-fixtures';

const MODES = Object.keys(READING_MODES) as ReadingMode[];
const DUO = join(__dirname, '..', 'fixtures', 'duo-like', 'betaling-studiefinanciering.eml');
const OPEN_TIME = { 'each-open': 'open-time', 'first-open': 'proxied-open', 'near-delivery': 'prefetched' } as const;

const reports = new Map<string, MessageReport>();
const english = translatorOf(createI18n('en'));

beforeAll(async () => {
  const paths = [
    ...loadVectorFixtures().map((fixture) => fixture.path),
    ...corpusFiles(join('eml', 'unspy-newsletters')).filter((path) => path.endsWith('.eml')),
    DUO,
  ];
  for (const path of paths) reports.set(path, await reportOfEml(path));
}, 120_000);

function isTracker(finding: MessageReport['references'][number]): boolean {
  return finding.trigger === 'open' && (finding.certainty === 'named' || finding.certainty === 'likely');
}

function ids(said: Said): string[] {
  const nested = Object.values(said.params ?? {}).flatMap((value) =>
    typeof value === 'object' ? (Array.isArray(value) ? value : [value]) : [],
  );
  return [said.id, ...nested.flatMap((item: string | Said) => (typeof item === 'string' ? [] : ids(item)))];
}

describe('reading outcome', () => {
  it('reads enough mail to mean something', () => {
    expect(reports.size).toBeGreaterThan(150);
    const trackers = [...reports.values()].filter((report) => report.references.some(isTracker));
    expect(trackers.length).toBeGreaterThan(30);
  });

  it('is the report itself for a mail app with pictures on', () => {
    for (const report of reports.values()) {
      const outcome = readingOutcome(report, 'direct');
      expect(outcome.verdict.level).toBe(report.verdict?.level);
      expect(outcome.verdict.summary).toBe(report.verdict?.summary);
      expect(outcome.verdict.says.map((said) => english.said(said)).join('; ')).toBe(report.verdict?.summary);
      expect(outcome.findings.map((finding) => finding.learns)).toEqual(report.references.map((f) => f.learns));
    }
  });

  for (const mode of MODES) {
    it(`agrees with READING_MODES for ${mode}`, () => {
      const facts = READING_MODES[mode];
      for (const [path, report] of reports) {
        const outcome: ReadingOutcome = readingOutcome(report, mode);
        const opened = outcome.findings.filter((finding) => finding.trigger === 'open');
        const learnedOnOpen = new Set(opened.flatMap((finding) => finding.learns));
        const fetched = opened.filter((finding) => finding.learns.length > 0);
        const context = `${mode}: ${path}`;
        if (!facts.ipAddress) expect(learnedOnOpen.has('ip-address'), context).toBe(false);
        if (!facts.userAgent) expect(learnedOnOpen.has('user-agent'), context).toBe(false);
        if (facts.openTime === 'none') expect(learnedOnOpen.size, context).toBe(0);
        for (const finding of fetched) {
          // A picture saved behind a webmail proxy is fetched by that proxy, whatever shows the mail.
          const expected =
            finding.imageProxy && facts.openTime === 'each-open'
              ? 'proxied-open'
              : OPEN_TIME[facts.openTime as keyof typeof OPEN_TIME];
          expect(finding.learns, context).toContain(expected);
          if (expected === 'open-time') expect(finding.learns, context).toContain('ip-address');
        }
        const trackers = outcome.findings.filter(
          (finding) => isTracker(finding) && finding.learns.length && !finding.learns.includes('prefetched'),
        );
        expect(outcome.verdict.trackers, context).toBe(trackers.length);
        const first = outcome.answer[0]!.id;
        const identifies = trackers.some((finding) => ['address', 'recipient-id'].includes(finding.identifies ?? ''));
        expect(first === 'answer.told.you', context).toBe(identifies);
        if (trackers.length) expect(first.startsWith('answer.told.'), context).toBe(true);
        if (outcome.verdict.level === 'identifies')
          expect(['answer.told.you', 'answer.told.probably']).toContain(first);
        const original = report.references.filter(isTracker).length;
        if (facts.pictures === 'blocked') expect(first, context).toBe(original ? 'answer.blocked' : first);
        if (outcome.findings.some((finding) => isTracker(finding) && finding.learns.includes('prefetched')))
          expect(first, context).toBe('answer.prefetched');
        // What the answer says was learned is what the findings learned, nothing more.
        const learnedIds = outcome.answer.flatMap(ids).filter((id) => id.startsWith('learnedShort.'));
        for (const id of learnedIds) expect(learnedOnOpen.has(id.slice('learnedShort.'.length) as never)).toBe(true);
      }
    });
  }

  it('renders every answer and verdict in English and Dutch, each key present', () => {
    for (const language of ['en', 'nl']) {
      const instance = createI18n(language);
      const missing: string[] = [];
      instance.options.saveMissing = true;
      instance.options.missingKeyHandler = (_l, _ns, key) => void missing.push(key);
      const translator = translatorOf(instance);
      for (const report of reports.values()) {
        for (const mode of MODES) {
          const outcome = readingOutcome(report, mode);
          const signals = outcome.findings.flatMap((finding) => finding.signals);
          if (language === 'en') for (const signal of signals) expect(translator.said(signal.text)).toBe(signal.says);
          for (const said of [...outcome.answer, ...outcome.verdict.says, ...signals.map((signal) => signal.text)]) {
            const text = translator.said(said);
            expect(text).not.toMatch(/\{\{|\}\}|^answer\.|^verdict\.|^signal\./);
          }
        }
      }
      expect(missing).toEqual([]);
    }
  });

  it('tells the DUO-like letter’s reader, in Dutch, that the open identifies them', () => {
    const report = reports.get(DUO)!;
    const nl = translatorOf(createI18n('nl'));
    const direct = readingOutcome(report, 'direct').answer.map((said) => nl.said(said));
    expect(direct[0]).toMatch(/^Als je deze e-mail opent, weet Amazon.* dat je hem hebt gelezen, en dat jij het was/);
    expect(direct[1]).toMatch(/je IP-adres/);
    const gmail = readingOutcome(report, 'gmail').answer.map((said) => nl.said(said));
    expect(gmail[1]).not.toMatch(/IP-adres, en daarmee/);
    expect(gmail[1]).toMatch(/voor het eerst/);
    const outlook = readingOutcome(report, 'outlook-default');
    expect(nl.said(outlook.answer[0]!)).toMatch(/weet niemand het zolang je geen afbeeldingen toestaat/);
    expect(outlook.verdict.level).toBe('tracks');
  });
});
