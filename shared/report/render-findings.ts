// The report's finding and link entries: who, how recognised, how sure, what it would learn under each
// way of reading, and whether (and how) it identifies the reader. Every value is escaped.

import type { EvidenceFinding, EvidenceLink, ReadingModeOutcome } from './evidence-report';
import { TOKEN_REASON } from './finding-words';
import { element, escapeHtml } from './html-text';

function fact(name: string, valueHtml: string): string {
  return valueHtml ? `<dt>${escapeHtml(name)}</dt><dd>${valueHtml}</dd>` : '';
}

function list(items: readonly string[]): string {
  return items.length ? `<ul class="plain">${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';
}

const OPEN_TIME: Readonly<Record<ReadingModeOutcome['openTime'], string>> = {
  'each-open': 'every opening',
  'first-open': 'the first opening',
  'near-delivery': 'a time near delivery',
  none: 'nothing (not fetched unless you allow it)',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function readingModes(modes: readonly ReadingModeOutcome[]): string {
  if (modes.length === 0) return '';
  const rows = modes.map(
    (mode) =>
      `<tr><td>${escapeHtml(mode.label)}</td><td>${yesNo(mode.ipAddress)}</td><td>${yesNo(mode.userAgent)}</td>` +
      `<td>${escapeHtml(OPEN_TIME[mode.openTime])}</td><td>${mode.identity ? '<strong>yes</strong>' : 'no'}</td>` +
      `<td>${escapeHtml(mode.says)} <span class="source">Source: ${escapeHtml(mode.source)}</span></td></tr>`,
  );
  return (
    '<table class="modes"><thead><tr><th>Way of reading</th><th>IP address</th><th>Mail program</th>' +
    '<th>Opening</th><th>That it was you</th><th>Why</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function whyIdentifies(finding: Pick<EvidenceFinding, 'recipientLeak' | 'tokens'>): string[] {
  return [
    ...finding.recipientLeak.map((leak) =>
      escapeHtml(`Your address ${leak.address} is in the URL, ${leak.encoding}, in ${leak.where}.`),
    ),
    ...finding.tokens.map((token) => escapeHtml(`${token.where} = ${token.value} (${token.reasonText})`)),
  ];
}

function location(finding: EvidenceFinding): string {
  const { part, element: name, attribute, within } = finding.location;
  return escapeHtml(
    `${part}: <${name}>${attribute ? ` ${attribute}` : ''}${within?.length ? `; inside ${within.join(' > ')}` : ''}`,
  );
}

export function renderFinding(finding: EvidenceFinding): string {
  const runner = finding.runner;
  const company = runner
    ? escapeHtml(`${runner.company} — ${runner.eeaText}`) +
      (runner.role === 'operator' ? ` <span class="note">(serves ordinary content from this host)</span>` : '')
    : 'Not known: no service in MailLens’s tracker table runs this host.';
  const recognised = runner
    ? `${escapeHtml(`${runner.matchedBy}: ${runner.evidence}`)} <span class="source">Source: ${escapeHtml(runner.source)}</span>`
    : '';
  const signals = finding.signals.map((signal) =>
    escapeHtml(signal.weight === 'against' ? `Against tracking: ${signal.says}` : signal.says),
  );
  const learned = finding.learns.map(
    (learned) => `${escapeHtml(learned.says)} <span class="source">Source: ${escapeHtml(learned.source)}</span>`,
  );
  const why = whyIdentifies(finding);
  return [
    `<article class="finding" id="finding-${finding.number}">`,
    `<h3><span class="number">${finding.number}</span>${escapeHtml(finding.title)} — ${escapeHtml(finding.certaintyLabel)}</h3>`,
    finding.identifies ? `<p class="identifies">${escapeHtml(finding.identifies)}.</p>` : '',
    '<dl class="facts">',
    fact('Company', company),
    fact('Recognised by', recognised),
    fact('How sure', `${escapeHtml(finding.certaintyLabel)}${list(signals)}`),
    fact(
      'When it loads',
      escapeHtml(finding.triggerText) + (finding.condition ? escapeHtml(`; only when ${finding.condition}`) : ''),
    ),
    fact('Address (URL)', `<code>${escapeHtml(finding.url)}</code>`),
    fact(
      'Through an image proxy',
      finding.imageProxy
        ? `${escapeHtml(finding.imageProxy.name)} fetches <code>${escapeHtml(finding.imageProxy.original)}</code>`
        : '',
    ),
    fact('Where in the mail', location(finding)),
    fact('Hidden by', escapeHtml(finding.hidden.join('; '))),
    fact('Why it identifies you', list(why)),
    fact('What it would have learned', list(learned)),
    fact('By way of reading', readingModes(finding.readingModes)),
    fact(
      'In the preview',
      finding.inPreview
        ? `marked <span class="number">${finding.number}</span>`
        : 'not shown in the preview (in a style sheet, a header, another part or a hidden part)',
    ),
    '</dl>',
    '</article>',
  ].join('\n');
}

export function renderLink(link: EvidenceLink): string {
  const parameters = link.identifyingParameters.map((parameter) =>
    escapeHtml(
      `${parameter.personal ? 'Personal' : 'Campaign'}: ${parameter.name} = ${parameter.value} — ${parameter.says} (${parameter.owner})`,
    ),
  );
  const through = [
    ...(link.tracker ? [escapeHtml(`${link.tracker.name} (${link.tracker.company}) tracks this link`)] : []),
    ...link.wrappers.map((wrapper) => escapeHtml(`wrapped by ${wrapper.name}`)),
  ];
  return [
    `<li class="link"${link.number === null ? '' : ` id="finding-${link.number}"`}>`,
    `<h3>${link.number === null ? '' : `<span class="number">${link.number}</span>`}${escapeHtml(link.text || '(no text shown)')}</h3>`,
    link.identifies ? `<p class="identifies">${escapeHtml(link.identifies)}.</p>` : '',
    '<dl class="facts">',
    fact('Address (URL)', `<code>${escapeHtml(link.url)}</code>`),
    fact('Goes through', list(through)),
    fact(
      link.destination ? 'Real destination' : 'Destination',
      `${link.destination ? `<code>${escapeHtml(link.destination)}</code> ` : ''}${element('span', link.destinationNote, 'note')}`,
    ),
    fact('Identifying parameters', list(parameters)),
    fact(
      'Why it identifies you',
      list(
        whyIdentifies({
          recipientLeak: link.recipientLeak,
          tokens: link.tokens.map((token) => ({ ...token, reasonText: TOKEN_REASON[token.reason] })),
        }),
      ),
    ),
    '</dl>',
    '</li>',
  ].join('\n');
}
