// "Your rights" from shared/rights: who is responsible, where the data would go, what valid consent
// requires, why an IP address is personal data and what the reader can do, each statement with its
// sources. Rendered as React text (never an HTML string); a source page's address is selectable text with
// a Copy button, never a link: the app never opens the network.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  Lang,
  RightsFacts,
  RightsSection,
  RightsSource,
  Statement,
  TrackerUse,
} from '../../../shared/rights/model';
import { textsFor } from '../../../shared/rights/catalogue';
import { asSentence } from '../../../shared/rights/sentence';
import { SOURCE_PAGES } from '../../../shared/rights/sources';
import type { RightsTexts } from '../../../shared/rights/texts';
import { CopyButton } from '../ui/CopyButton';

function statementText(texts: RightsTexts, statement: Statement): string {
  // The catalogue's functions are typed per key; the union needs one cast to call the right one.
  const say = texts.statements[statement.key] as (params: Statement['params']) => string;
  return say(statement.params);
}

function Source({ texts, source }: { readonly texts: RightsTexts; readonly source: RightsSource }) {
  const { t } = useTranslation('ui');
  if (source.kind === 'gdpr') return <li>{texts.citeArticle(source.ref)}</li>;
  const url = SOURCE_PAGES[source.page];
  return (
    <li>
      {texts.sourceLabel[source.page]}: <code className="url">{url}</code>{' '}
      <CopyButton text={url} label={t('rights.copyUrl')} />
    </li>
  );
}

function StatementView({ texts, statement }: { readonly texts: RightsTexts; readonly statement: Statement }) {
  return (
    <div className="statement" data-testid="rights-statement" data-key={statement.key}>
      <p>{statementText(texts, statement)}</p>
      {statement.sources.length > 0 && (
        <div className="rights-sources">
          <span className="muted">{texts.sourcesLabel}:</span>
          <ul>
            {statement.sources.map((source) => (
              <Source
                key={source.kind === 'gdpr' ? texts.citeArticle(source.ref) : source.page}
                texts={texts}
                source={source}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Sentences({ items, testId }: { readonly items: readonly string[]; readonly testId?: string }) {
  if (items.length === 0) return null;
  return (
    <ul data-testid={testId}>
      {items.map((item) => (
        <li key={item}>{asSentence(item)}</li>
      ))}
    </ul>
  );
}

function hosts(texts: RightsTexts, uses: readonly TrackerUse[]): string {
  return texts.list([...new Set(uses.map((use) => use.host).filter(Boolean))]);
}

function Collected({ texts, facts }: { readonly texts: RightsTexts; readonly facts: RightsFacts }) {
  const { collected } = facts;
  if (facts.clean) {
    return (
      <>
        <p>{texts.collected.none}</p>
        {collected.otherRemote > 0 && <p>{texts.collected.otherRemote(collected.otherRemote)}</p>}
      </>
    );
  }
  const items: string[] = [];
  if (collected.openTrackers.length) {
    items.push(texts.collected.ip(hosts(texts, collected.openTrackers)), texts.collected.openTimes);
    items.push(texts.collected.userAgent);
  }
  items.push(...collected.identifying.map(texts.collected.identifying));
  items.push(...collected.probable.map(texts.collected.probable));
  if (collected.clickTrackers.length) items.push(texts.collected.clicks(hosts(texts, collected.clickTrackers)));
  return (
    <>
      <p>{texts.collected.intro}</p>
      <Sentences items={items} testId="rights-collected" />
    </>
  );
}

function SectionBody({ texts, facts, section }: { texts: RightsTexts; facts: RightsFacts; section: RightsSection }) {
  const statements = (list: readonly Statement[]): ReactNode =>
    list.map((statement) => <StatementView key={statement.key} texts={texts} statement={statement} />);
  switch (section.id) {
    case 'collected':
      return <Collected texts={texts} facts={facts} />;
    case 'responsible': {
      if (facts.parties.length === 0) return statements(section.statements);
      const [first, ...rest] = section.statements;
      return (
        <>
          {statements(first ? [first] : [])}
          <p>{texts.party.intro}</p>
          <Sentences items={facts.parties.map(texts.party.describe)} testId="rights-parties" />
          {statements(rest)}
        </>
      );
    }
    case 'transfers':
      return (
        <>
          <Sentences items={facts.parties.map(texts.party.location)} testId="rights-locations" />
          {statements(section.statements)}
        </>
      );
    case 'consent':
    case 'ip-address':
    case 'what-you-can-do':
      return statements(section.statements);
  }
}

export function RightsFactsView({ facts, lang }: { readonly facts: RightsFacts; readonly lang: Lang }) {
  const texts = textsFor(lang);
  return (
    <div className="rights-facts" lang={lang}>
      {facts.sections.map((section) => (
        <section key={section.id} aria-labelledby={`rights-${section.id}`} data-testid={`rights-${section.id}`}>
          <h3 id={`rights-${section.id}`}>{texts.headings[section.id]}</h3>
          <SectionBody texts={texts} facts={facts} section={section} />
        </section>
      ))}
    </div>
  );
}
