// "Your rights": the facts of shared/rights for this mail, then the access request letter.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { MessageReport } from '../../../shared/model/report';
import { textsFor } from '../../../shared/rights/catalogue';
import type { Lang } from '../../../shared/rights/model';
import { rightsFacts } from '../../../shared/rights/rights-facts';
import { AccessLetter } from './AccessLetter';
import { RightsFactsView } from './RightsFacts';

export function RightsTab({ report }: { readonly report: MessageReport }) {
  const { t, i18n } = useTranslation('ui');
  /** The section speaks the window's language (the letter has its own switch). */
  const LANG: Lang = i18n.language === 'nl' ? 'nl' : 'en';
  const facts = useMemo(() => rightsFacts(report), [report]);
  return (
    <div className="rights" data-testid="rights">
      <h2>{textsFor(LANG).sectionTitle}</h2>
      <p className="muted">{t('rights.intro')}</p>
      <RightsFactsView facts={facts} lang={LANG} />
      <AccessLetter key={report.index} report={report} senderDomain={facts.sender.domain} />
    </div>
  );
}
