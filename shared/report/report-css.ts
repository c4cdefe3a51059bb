// The report's style sheet: readable on screen, printable on A4 or Letter, and legible in black and
// white (no meaning carried by colour alone: markers are boxed numbers, "identifies you" is bold text).

export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 11pt/1.45 Georgia, "DejaVu Serif", serif; color: #000; background: #fff; }
h1 { font-size: 18pt; margin: 0 0 .3rem; }
h2 { font-size: 14pt; margin: 0 0 .6rem; border-bottom: 2px solid #000; padding-bottom: .2rem; }
h3 { font-size: 12pt; margin: 0 0 .3rem; }
section { margin: 0 0 2rem; }
section + section { break-before: page; page-break-before: always; }
code, .mono { font: 9.5pt/1.35 "DejaVu Sans Mono", Menlo, Consolas, monospace; word-break: break-all; overflow-wrap: anywhere; }
code.hash { white-space: nowrap; word-break: normal; overflow-wrap: normal; font-size: 8.5pt; }
dl.facts { display: grid; grid-template-columns: 12rem 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #000; padding: .2rem .35rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
table.modes th, table.modes td { overflow-wrap: normal; word-break: normal; hyphens: manual; }
table.modes th:nth-child(n + 2):nth-child(-n + 5) { width: 5.2rem; }
tr { break-inside: avoid; page-break-inside: avoid; }
.note, .source { color: #333; font-size: 9pt; }
.time-line { font-family: "DejaVu Sans Mono", monospace; }
.statement { border: 2px solid #000; padding: .5rem .75rem; margin: 1rem 0; }
.verdict { font-size: 12pt; font-weight: bold; }
article.finding, li.link { border: 1px solid #000; padding: .6rem .8rem; margin: 0 0 .8rem; break-inside: avoid; page-break-inside: avoid; list-style: none; }
ul.plain { padding-left: 1.1rem; margin: .2rem 0; }
.number { display: inline-block; min-width: 2.2em; border: 2px solid #000; padding: 0 .25em; margin-right: .35em; text-align: center; font: bold 11pt/1.3 sans-serif; }
.identifies { font-weight: bold; text-transform: none; border-left: 6px solid #000; padding-left: .4rem; }
.mail-view { border: 2px solid #000; margin: .5rem 0; contain: layout paint; overflow: hidden; background: #fff; }
.mail-host { display: block; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
}
`;
