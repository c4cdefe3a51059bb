// What a mail tells, and to whom, for one way of reading it (READING_MODES): what each finding would
// learn, the verdict, and one plain answer of one or two sentences, as codes (`Said`) each language
// renders. The report's own `learns` and `verdict` are those of the worst case, a mail app with pictures
// on ('direct'); every other way of reading is derived here, from the same data, so the verdict, the
// answer and every "would have learned" list agree.

import { getDomain } from 'tldts';

import { say, type Said } from '../i18n/said';
import { READING_MODES, REVEALS, type LearnedFact, type ReadingMode } from '../knowledge/what-a-fetch-reveals';
import type { Finding } from '../model/finding';
import type { MailAddress } from '../model/mail';
import type { LinkReport } from './analyse-links';
import { verdictOf, type Verdict } from './analyse-message';

const OPEN_FACTS: ReadonlySet<LearnedFact> = new Set(['ip-address', 'user-agent', 'open-time', 'proxied-open']);
const IDENTIFIES: ReadonlySet<string> = new Set(['address', 'recipient-id']);

type Learnable = Pick<Finding, 'trigger' | 'learns' | 'condition'>;

/** What one finding's fetch would reveal when the mail is read in `mode`; empty when it is not fetched. */
export function learnedUnder(finding: Learnable, mode: ReadingMode): LearnedFact[] {
  const facts = READING_MODES[mode];
  if (finding.trigger === 'dns') return facts.dnsPrefetch ? [...finding.learns] : [];
  // A click opens the link in the reader's own browser, whatever shows the mail.
  if (finding.learns.includes('click')) return [...finding.learns];
  if (finding.condition === 'outlook-only' && !facts.outlookConditionals) return [];
  const identity: LearnedFact[] = finding.learns.includes('identity') ? ['identity'] : [];
  switch (facts.pictures) {
    case 'direct':
      return [...finding.learns];
    case 'blocked':
      return [];
    case 'prefetched':
      return ['prefetched', ...identity];
    case 'proxied': {
      const conditional = finding.learns.filter((fact) => !OPEN_FACTS.has(fact) && fact !== 'identity');
      const opened: LearnedFact[] = finding.trigger === 'open' ? ['proxied-open'] : [];
      return [...opened, ...conditional, ...identity];
    }
  }
}

/** A finding as it stands in `mode`: what it learns, and whether it still ties the fetch to the reader. */
function findingUnder(finding: Finding, mode: ReadingMode): Finding {
  const learns = learnedUnder(finding, mode);
  return { ...finding, learns, identifies: learns.includes('identity') ? finding.identifies : null };
}

function isTracker(finding: Finding): boolean {
  return finding.trigger === 'open' && (finding.certainty === 'named' || finding.certainty === 'likely');
}

/** Fetched when the mail is shown in `mode` (not blocked, not fetched in the background at delivery). */
function fetchedOnOpening(finding: Finding): boolean {
  return finding.learns.length > 0 && !finding.learns.includes('prefetched');
}

export interface ReadingOutcome {
  readonly mode: ReadingMode;
  readonly verdict: Verdict;
  /** One or two sentences: whether opening told someone, who, and what they learned. */
  readonly answer: readonly Said[];
  /** The report's findings as they stand in this mode (`learns`, `identifies`), in the same order. */
  readonly findings: readonly Finding[];
}

export interface OutcomeInput {
  readonly references: readonly Finding[];
  readonly links: readonly LinkReport[];
  readonly readReceipt: readonly unknown[];
  readonly from: readonly MailAddress[];
}

export function readingOutcome(report: OutcomeInput, mode: ReadingMode): ReadingOutcome {
  const findings = report.references.map((finding) => findingUnder(finding, mode));
  const shown = findings.filter((finding) => finding.trigger !== 'open' || fetchedOnOpening(finding));
  const base = verdictOf(shown, report.links, { readReceipt: report.readReceipt as never[] });
  const trackers = report.references.filter(isTracker);
  const prefetched = findings.filter((finding) => isTracker(finding) && finding.learns.includes('prefetched'));
  const blocked = READING_MODES[mode].pictures === 'blocked' ? trackers.length : 0;
  const says = [...base.says];
  if (blocked) says.splice(1, 0, say('verdict.blocked', { count: blocked }));
  if (prefetched.length) says.splice(1, 0, say('verdict.prefetched', { count: prefetched.length }));
  const verdict: Verdict = {
    ...base,
    says,
    level: base.level === 'clean' || base.level === 'remote' ? (prefetched.length ? 'tracks' : base.level) : base.level,
  };
  return { mode, verdict, findings, answer: answerOf(findings, report, mode, verdict) };
}

function answerOf(findings: readonly Finding[], report: OutcomeInput, mode: ReadingMode, verdict: Verdict): Said[] {
  const senderDomain = domainOf(report.from[0]?.address.split('@')[1] ?? '');
  const told = findings.filter((finding) => isTracker(finding) && fetchedOnOpening(finding));
  const prefetched = findings.filter((finding) => isTracker(finding) && finding.learns.includes('prefetched'));
  const original = report.references.filter(isTracker);
  const pictures = READING_MODES[mode].pictures;
  const links = verdict.trackedLinks ? [say('answer.links', { count: verdict.trackedLinks })] : [];
  if (told.length) {
    const who = whoOf(told, senderDomain);
    const identifies = told.some((finding) => IDENTIFIES.has(finding.identifies ?? ''));
    const probably = !identifies && told.some((finding) => finding.identifies === 'probable-token');
    const first = say(identifies ? 'answer.told.you' : probably ? 'answer.told.probably' : 'answer.told.someone', {
      who,
    });
    const learned = [...new Set(told.flatMap((finding) => finding.learns))].filter((fact) => fact !== 'identity');
    return [first, say('answer.learned', { what: learned.map((fact) => say(`learnedShort.${fact}`)) })];
  }
  if (prefetched.length) {
    return [say('answer.prefetched', { who: whoOf(prefetched, senderDomain) }), ...links];
  }
  if (pictures === 'blocked' && original.length) {
    return [say('answer.blocked', { mode: say(`mode.${mode}.short`), who: whoOf(original, senderDomain) }), ...links];
  }
  const remote = findings.filter((finding) => finding.trigger === 'open' && fetchedOnOpening(finding)).length;
  if (remote) return [say('answer.remote', { count: remote }), ...links];
  if (pictures === 'blocked' && report.references.some((finding) => finding.trigger === 'open')) {
    return [say('answer.blockedRemote', { mode: say(`mode.${mode}.short`) }), ...links];
  }
  return [say('answer.clean'), ...links];
}

/** Who receives the fetches: companies, the sender's own domain, or the bare host when nobody is known. */
function whoOf(findings: readonly Finding[], senderDomain: string): Said[] {
  const names = new Map<string, Said>();
  for (const finding of findings) {
    const host = hostOf(finding.imageProxy?.original ?? finding.url);
    const domain = domainOf(host);
    const company = finding.tracker?.company ?? finding.operator?.company;
    if (senderDomain && domain === senderDomain) names.set(`sender:${domain}`, say('who.senderDomain', { domain }));
    else if (company) names.set(`company:${company}`, say('who.company', { company }));
    else names.set(`host:${domain}`, say('who.host', { host: domain }));
  }
  const all = [...names.values()];
  return all.length > 3 ? [...all.slice(0, 2), say('who.others', { count: all.length - 2 })] : all;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function domainOf(host: string): string {
  return getDomain(host.toLowerCase(), { allowPrivateDomains: false }) ?? host.toLowerCase();
}

export interface LearnedSaid {
  readonly fact: LearnedFact;
  readonly said: Said;
  readonly source: string;
}

/** What one finding would reveal in `mode`, as codes with their sources; empty when it is not fetched. */
export function learnedSaids(finding: Finding, mode: ReadingMode): LearnedSaid[] {
  const learned = learnedUnder(finding, mode);
  return learned.map((fact) => ({
    fact,
    said:
      fact === 'identity' && finding.identifies
        ? learned.includes('click')
          ? say('identity.click')
          : say(`identity.${learned.includes('prefetched') ? 'prefetched' : 'open'}.${finding.identifies}`)
        : say(`fact.${fact}`),
    source: REVEALS[fact].source,
  }));
}

/** Why a finding learns nothing in `mode`: pictures are blocked, or this way of reading never fetches it. */
export function nothingLearned(mode: ReadingMode): Said {
  return say(READING_MODES[mode].pictures === 'blocked' ? 'learnedNone.blocked' : 'learnedNone.notFetched');
}
