// `npm run stats` (second part): MailLens next to the peers' knowledge over the whole team corpus,
// deduplicated by message hash, overall and per corpus folder:
// - mails whose images a MailTrackerBlocker / Simplify / Trocker rule names, and how many MailLens names;
// - mails a peer heuristic flags (MTB 0/1 px; Trocker tiny, hidden, path word), and how many MailLens
//   calls named or likely;
// - the mails only MailLens flags (named or likely, no peer rule or heuristic), listed to judge by hand;
// - per unspy newsletter, how many findings are only `possible`.
// The peer side reads the HTML with htmlparser2 only (tests/peers/peer-rules.ts), none of our code.

import { compareCorpus, type MessageComparison } from '../peers/peer-comparison';

const share = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '-');
const namedOrLikely = (message: MessageComparison) => message.best === 'named' || message.best === 'likely';
const peerFlagged = (message: MessageComparison) => message.peerFlags.size > 0;

function figures(label: string, messages: readonly MessageComparison[]): MessageComparison[] {
  const peerNamed = messages.filter((message) => message.peerNamedByParse);
  const bothNamed = peerNamed.filter((message) => message.best === 'named');
  const oursNamed = messages.filter((message) => message.best === 'named');
  const flagged = messages.filter(peerFlagged);
  const flaggedOurs = flagged.filter(namedOrLikely);
  const ours = messages.filter(namedOrLikely);
  const oursOnly = ours.filter((message) => !peerFlagged(message) && !message.peerNamedByParse);
  console.log(`${label}: ${messages.length} distinct messages`);
  console.log(
    `  a peer rule names an image:       ${peerNamed.length}; MailLens names a tracker in ${bothNamed.length} of them ` +
      `(${share(bothNamed.length, peerNamed.length)}); MailLens names one in ${oursNamed.length} mails in all`,
  );
  console.log(
    `  a peer heuristic flags an image:  ${flagged.length}; MailLens says named or likely in ${flaggedOurs.length} ` +
      `of them (${share(flaggedOurs.length, flagged.length)}); named or likely in ${ours.length} mails in all`,
  );
  console.log(`  only MailLens flags (named/likely, no peer rule or heuristic): ${oursOnly.length}`);
  return oursOnly;
}

async function main(): Promise<void> {
  const corpus = await compareCorpus();
  console.log('');
  console.log(
    `team corpus vs the peers: ${corpus.files} files, ${corpus.messages.length} distinct messages ` +
      `(${corpus.duplicates} duplicate messages skipped, ${corpus.unreadable} unreadable)`,
  );
  const oursOnly = figures('whole corpus', corpus.messages);
  const folders = [...new Set(corpus.messages.map((message) => message.folder))].sort();
  for (const folder of folders) {
    figures(
      folder,
      corpus.messages.filter((message) => message.folder === folder),
    );
  }
  console.log('mails only MailLens flags (to judge by hand):');
  for (const message of oursOnly) {
    console.log(
      `  ${message.id}\t${message.best}\t${message.top?.service ?? '-'}\t${message.top?.url.slice(0, 140) ?? ''}`,
    );
  }
  console.log('mails a peer rule or heuristic flags and MailLens does not call named or likely:');
  for (const message of corpus.messages.filter(
    (candidate) => (peerFlagged(candidate) || candidate.peerNamedByParse) && !namedOrLikely(candidate),
  )) {
    console.log(`  ${message.id}\t${message.best ?? 'no remote content'}\t${[...message.peerFlags].join(',')}`);
  }
  console.log('unspy newsletters: findings MailLens calls only "possible":');
  for (const message of corpus.messages.filter((candidate) => candidate.folder === 'eml/unspy-newsletters')) {
    console.log(`  ${message.possibleCount}\t${message.id.replace('eml/unspy-newsletters/', '')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
