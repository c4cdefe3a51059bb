// The preview column: the frame once main has sent the message's preview, or why there is none.

import type { MessageReport } from '../../../shared/model/report';
import { CERTAINTY_ORDER } from '../findings/order-findings';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { PreviewFrame } from './PreviewFrame';

function Legend() {
  return (
    <ul className="legend" aria-label={strings.preview.legend}>
      {CERTAINTY_ORDER.map((certainty) => (
        <li key={certainty}>
          <span className="badge" data-certainty={certainty} aria-hidden="true" />
          {strings.certainty[certainty]}
        </li>
      ))}
    </ul>
  );
}

export function PreviewPane({ report }: { readonly report: MessageReport }) {
  const state = useMailLens((store) => store.previews[report.index]);
  let content;
  if (report.error) content = <p className="muted">{strings.preview.unavailable}</p>;
  else if (!state || state.status === 'loading') content = <p className="muted">{strings.preview.loading}</p>;
  else if (state.status === 'failed') content = <p role="alert">{strings.preview.failed(state.error)}</p>;
  else {
    content = (
      <>
        <p className="preview-part muted">{strings.preview.part(state.preview.part)}</p>
        <PreviewFrame key={`${report.index}`} preview={state.preview} report={report} />
      </>
    );
  }
  return (
    <section className="preview-pane" aria-label={strings.preview.label}>
      {content}
      <Legend />
    </section>
  );
}
