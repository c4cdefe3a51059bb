// The stylesheet put into the preview frame for the numbered markers, the flash of a selected element
// and the boxes that stand for form fields (inert-fields.ts). Certainty is told by colour and also by
// shape (square, round, dashed, dotted) and number. The properties that decide whether a marker shows at all are also set inline with !important
// (marker-layer.ts), so that a mail's own CSS cannot hide its trackers' markers.

export const MARKER_CSS = `
.ml-markers { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; }
.ml-marker {
  position: absolute; box-sizing: border-box; min-width: 22px; height: 22px; margin: 0; padding: 0 5px;
  border: 2px solid #ffffff; border-radius: 11px; color: #ffffff; cursor: pointer;
  font: 700 12px/18px system-ui, -apple-system, "Segoe UI", sans-serif; text-align: center;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.55); letter-spacing: 0; text-transform: none;
}
.ml-marker[data-certainty="named"] { background: #b91c1c; border-radius: 3px; }
.ml-marker[data-certainty="likely"] { background: #c2410c; }
.ml-marker[data-certainty="possible"] { background: #fbbf24; color: #1f2937; border: 2px dashed #1f2937; }
.ml-marker[data-certainty="remote-content"] { background: #4b5563; border: 2px dotted #ffffff; }
.ml-marker:focus-visible, .ml-marker[aria-current="true"] { outline: 3px solid #2563eb; outline-offset: 2px; }
.ml-marker[aria-current="true"] { z-index: 1; transform: scale(1.15); }
@keyframes ml-flash {
  0%, 60% { outline: 4px solid #2563eb; outline-offset: 2px; box-shadow: 0 0 0 8px rgba(37, 99, 235, 0.35); }
  100% { outline: 4px solid transparent; outline-offset: 2px; box-shadow: 0 0 0 8px transparent; }
}
.ml-field {
  display: inline-block; box-sizing: border-box; min-width: 8em; min-height: 1.5em; padding: 1px 4px;
  border: 1px solid #8c959f; border-radius: 2px; background: #ffffff; color: #1f2328; vertical-align: middle;
}
.ml-flash { animation: ml-flash 1.6s ease-out 1 !important; }
@media (prefers-reduced-motion: reduce) {
  .ml-field {
  display: inline-block; box-sizing: border-box; min-width: 8em; min-height: 1.5em; padding: 1px 4px;
  border: 1px solid #8c959f; border-radius: 2px; background: #ffffff; color: #1f2328; vertical-align: middle;
}
.ml-flash { animation: none !important; outline: 4px solid #2563eb !important; outline-offset: 2px !important; }
}
`;
