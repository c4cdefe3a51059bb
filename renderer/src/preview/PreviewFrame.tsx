// The mail as it would look, in a frame that can neither run nor fetch anything: sandboxed without
// allow-scripts (allow-same-origin only lets this window draw the markers and scroll), the frame's own
// CSP, and a document sanitised twice. Security-critical: never add allow-scripts.

import { useCallback, useEffect, useRef } from 'react';

import type { MessagePreview } from '../../../shared/ipc/contract';
import type { MessageReport } from '../../../shared/model/report';
import { certaintyLabel, findingTitle } from '../findings/describe-finding';
import { orderFindings } from '../findings/order-findings';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { createMarkerLayer, type MarkerLayer, type MarkerTarget } from './marker-layer';
import { sanitisedPreviewOf } from './sanitise-preview';

interface Props {
  readonly preview: MessagePreview;
  readonly report: MessageReport;
}

export function PreviewFrame({ preview, report }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const layer = useRef<MarkerLayer | null>(null);
  const finding = useMailLens((state) => state.finding);
  const selectedBy = useMailLens((state) => state.selectedBy);
  const selectionTick = useMailLens((state) => state.selectionTick);
  const selectFinding = useMailLens((state) => state.selectFinding);
  const { srcdoc } = sanitisedPreviewOf(preview);

  const drawMarkers = useCallback(() => {
    layer.current?.destroy();
    layer.current = null;
    const doc = frame.current?.contentDocument;
    if (!doc?.documentElement) return;
    const order = orderFindings(report.references);
    const targetOf = (relative: number): MarkerTarget | undefined => {
      const entry = order.byIndex.get(preview.referenceOffset + relative);
      if (!entry) return undefined;
      const { index, number, finding: found } = entry;
      const certainty = certaintyLabel(found);
      return {
        index,
        number,
        certainty: found.certainty,
        label: strings.preview.marker(number, findingTitle(found), certainty),
      };
    };
    layer.current = createMarkerLayer(
      doc,
      targetOf,
      (index) => selectFinding(index, 'marker'),
      strings.preview.markers,
    );
    layer.current.select(useMailLens.getState().finding);
  }, [report, preview.referenceOffset, selectFinding]);

  useEffect(
    () => () => {
      layer.current?.destroy();
      layer.current = null;
    },
    [],
  );

  useEffect(() => {
    layer.current?.select(finding);
    if (finding !== null && selectedBy === 'list') layer.current?.reveal(finding);
  }, [finding, selectedBy, selectionTick]);

  return (
    <iframe
      ref={frame}
      className="preview-frame"
      data-testid="preview"
      title={strings.preview.title}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      srcDoc={srcdoc}
      onLoad={drawMarkers}
    />
  );
}
