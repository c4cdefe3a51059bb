// Issue 9, beyond the corpus: every rule of every peer, written out as concrete image URLs, must be
// named by MailLens (certainty `named`), or be listed in tests/peers/peer-rule-exceptions.ts with its
// reason. The corpus exercises a fraction of the rules; held-out mail can hit any of them.

import { describe, expect, it } from 'vitest';

import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { allRules, checkRule, type RuleResult } from './peer-rule-coverage';
import { PEER_RULE_EXCEPTIONS, exceptionFor, type ExceptionClass } from './peer-rule-exceptions';
import { PEER_RULE_SAMPLES, samplesFor } from './peer-rule-samples';

function describeResult(result: RuleResult): string {
  const { rule } = result;
  const head = `${rule.peer} "${rule.name}" ${rule.pattern}`;
  if (result.error) return `${head}: randexp failed (${result.error})`;
  const bad = result.samples.filter((sample) => !sample.matches || sample.certainty !== 'named');
  return [
    head,
    ...bad.map(
      (sample) =>
        `    ${sample.url.slice(0, 200)} -> ${sample.matches ? '' : 'RULE DOES NOT MATCH, '}${sample.certainty}` +
        `${sample.operator ? ` (operator ${sample.operator})` : ''}`,
    ),
  ].join('\n');
}

describe('every peer rule', () => {
  it('is named by MailLens on URLs it matches, or excepted with a reason', () => {
    const matcher = trackerMatcher();
    const results = allRules().map((rule) => checkRule(rule, matcher, { urls: samplesFor(rule.peer, rule.pattern) }));
    const byClass = new Map<ExceptionClass, number>();
    const unexplained: RuleResult[] = [];
    const stale: string[] = [];
    const wrongVendorHost: RuleResult[] = [];
    let covered = 0;
    for (const result of results) {
      const exception = exceptionFor(result.rule.peer, result.rule.pattern);
      if (exception?.class === 'on-vendor-hosts' && !result.covered) {
        // The claim is checked: on the vendor's own host the rule's URLs are named.
        const onHost = checkRule(result.rule, matcher, { host: exception.host });
        if (!onHost.covered) wrongVendorHost.push(onHost);
      }
      if (result.covered) {
        covered += 1;
        if (exception) stale.push(`${exception.peer} ${exception.pattern} (${exception.class})`);
      } else if (exception) byClass.set(exception.class, (byClass.get(exception.class) ?? 0) + 1);
      else unexplained.push(result);
    }
    const excepted = [...byClass.values()].reduce((sum, n) => sum + n, 0);
    console.log(
      `peer rules: ${results.length} total; covered ${covered}; excepted ${excepted}` +
        ` (${[...byClass].map(([name, n]) => `${name} ${n}`).join(', ') || 'none'}); uncovered ${unexplained.length}`,
    );
    console.log(
      `  of the covered, ${PEER_RULE_SAMPLES.length} with hand-written URLs (tests/peers/peer-rule-samples.ts)`,
    );
    for (const result of unexplained) console.log(`  UNCOVERED ${describeResult(result)}`);
    for (const result of wrongVendorHost) console.log(`  NOT NAMED ON THE VENDOR'S HOST ${describeResult(result)}`);
    // A demoted rule that is named now needs no exception: a note, not a failure (the classifier is being
    // changed so that a path-pattern match counts on a picture too).
    const staleDemotions = stale.filter((line) => line.endsWith('(classifier-demotion)'));
    for (const line of staleDemotions) console.log(`  NOW COVERED, remove the exception: ${line}`);
    expect(unexplained.map((result) => `${result.rule.peer} ${result.rule.pattern}`)).toEqual([]);
    expect(stale.filter((line) => !staleDemotions.includes(line))).toEqual([]);
    expect(wrongVendorHost.map((result) => `${result.rule.peer} ${result.rule.pattern}`)).toEqual([]);
    for (const entry of PEER_RULE_EXCEPTIONS) expect(entry.class === 'on-vendor-hosts').toBe(entry.host !== undefined);
    // Each exception names a rule that exists.
    const patterns = new Set(results.map((result) => `${result.rule.peer} ${result.rule.pattern}`));
    expect(PEER_RULE_EXCEPTIONS.filter((entry) => !patterns.has(`${entry.peer} ${entry.pattern}`))).toEqual([]);
    for (const entry of PEER_RULE_EXCEPTIONS) expect(entry.reason.length).toBeGreaterThan(20);
  }, 60_000);
});
