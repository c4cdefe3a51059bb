// `npm start`. The desktop window (Electron + React) is the next milestone and is not built yet;
// until then this says so plainly and shows how to use the engine through the CLI.
process.stdout.write(
  [
    'MailLens: the desktop window is not built yet (it comes with the app milestone).',
    'The engine works today through the command line:',
    '  npx maillens scan <files or folders...> [--json]',
    '  npx maillens preview <file> --out page.html',
    '',
  ].join('\n'),
);
