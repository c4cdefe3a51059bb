// The peers' knowledge as facts (issue 9): every image URL of the team corpus that MailLens fetches on
// open and that a MailTrackerBlocker, Simplify or Trocker rule names must be named by MailLens too, or
// be listed with its reason in tests/peers/peer-disagreements.ts. Each class of disagreement and each
// branded ESP open shape has a fixture in tests/fixtures/peers/ that pins MailLens' answer.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { compareCorpus } from '../peers/peer-comparison';
import { disagreementFor, PEER_DISAGREEMENTS, WHY } from '../peers/peer-disagreements';
import { peerNames } from '../peers/peer-rules';

const FIXTURES = join(__dirname, '..', 'fixtures', 'peers');

describe('peer rules over the team corpus', () => {
  it('are all named by MailLens, or explained', async () => {
    const corpus = await compareCorpus();
    const { messages } = corpus;
    const unexplained: string[] = [];
    const used = new Set<string>();
    let images = 0;
    let namedImages = 0;
    let explained = 0;
    for (const message of messages) {
      for (const image of message.peerNamed) {
        images += 1;
        if (image.certainty === 'named') {
          namedImages += 1;
          continue;
        }
        let excused = true;
        for (const name of image.names) {
          const excuse = disagreementFor(name.peer, name.pattern, image.url);
          if (excuse) used.add(`${excuse.peer} ${excuse.pattern}`);
          else {
            excused = false;
            unexplained.push(
              `${message.id}: ${name.peer} "${name.vendor}" (${name.pattern}) names ${image.url.slice(0, 160)}, ` +
                `MailLens says ${image.certainty}`,
            );
          }
        }
        if (excused) explained += 1;
      }
    }
    const peerMails = messages.filter((message) => message.peerNamed.length > 0);
    const bothMails = peerMails.filter((message) => message.peerNamed.some((image) => image.certainty === 'named'));
    const byParse = messages.filter((message) => message.peerNamedByParse).length;
    console.log(
      `peer coverage: ${corpus.files} files, ${messages.length} distinct messages ` +
        `(${corpus.duplicates} duplicates, ${corpus.unreadable} unreadable)`,
    );
    console.log(
      `  images a peer rule names: ${images}; named by MailLens: ${namedImages}; ` +
        `explained disagreements: ${explained}; unexplained: ${images - namedImages - explained}`,
    );
    console.log(
      `  mails with a peer-named image: ${peerMails.length} (htmlparser2 view: ${byParse}); ` +
        `MailLens names one of those images in ${bothMails.length}`,
    );
    for (const folder of [...new Set(messages.map((message) => message.folder))].sort()) {
      const inFolder = peerMails.filter((message) => message.folder === folder);
      const named = inFolder.filter((message) => message.peerNamed.some((image) => image.certainty === 'named'));
      console.log(`    ${folder}: ${inFolder.length} mails with a peer-named image, ${named.length} named by MailLens`);
    }
    for (const line of unexplained) console.log(`  UNEXPLAINED ${line}`);
    expect(unexplained).toEqual([]);
    // Every image the parse-only view finds named is one MailLens saw and checked above.
    expect(byParse).toBe(peerMails.length);
    // No stale exception: each one still matches something in the corpus.
    expect(PEER_DISAGREEMENTS.filter((entry) => !used.has(`${entry.peer} ${entry.pattern}`))).toEqual([]);
  }, 600_000);
});

interface FixtureExpectation {
  readonly certainty: string;
  readonly service: string;
  readonly url: string;
}

function expectationOf(text: string): FixtureExpectation {
  const line = /^X-Peer-Expect: (\S+) (\S+) (\S+)$/m.exec(text);
  if (!line) throw new Error('fixture without X-Peer-Expect');
  return { certainty: line[1]!, service: line[2]!, url: line[3]! };
}

const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.eml'));

describe('peer fixtures', () => {
  it('cover every class of disagreement', () => {
    for (const entry of PEER_DISAGREEMENTS) expect(fixtures).toContain(entry.fixture);
    for (const reason of Object.values(WHY)) expect(reason.length).toBeGreaterThan(80);
  });

  it.each(fixtures)('%s: MailLens gives the expected answer', async (name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const expected = expectationOf(bytes.toString('utf8'));
    const message = await readEml(bytes);
    const analysis = analyseMessage(message, findRemoteReferences(message), { matcher: trackerMatcher() });
    const finding = analysis.findings.find((candidate) => candidate.url === expected.url);
    expect(finding, `no finding for ${expected.url}`).toBeDefined();
    expect(finding!.trigger).toBe('open');
    expect(finding!.certainty).toBe(expected.certainty);
    expect(finding!.tracker?.id ?? '-').toBe(expected.service);
    const excused = PEER_DISAGREEMENTS.filter((entry) => entry.fixture === name);
    if (excused.length) {
      // An exception fixture shows the disagreement itself: a peer rule names it, and the entry covers it.
      const names = peerNames(expected.url);
      expect(names.length).toBeGreaterThan(0);
      expect(names.some((peerName) => disagreementFor(peerName.peer, peerName.pattern, expected.url))).toBe(true);
    }
  });
});
