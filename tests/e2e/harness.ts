// The whole React UI in real Chromium (Debian's, driven by playwright-core), with the real engine behind
// the same API the preload exposes: window.maillens is defined before the app loads, and each method
// calls into this process through page.exposeFunction, where the real worker pool reads the mail.

import { CHROMIUM_QUIET_FLAGS } from '../../electron/cli/chromium-flags';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import type { EventChannel, EventChannels, ExportFormat, OpenOutcome } from '../../shared/ipc/contract';
import { DEFAULT_MAILBOX_QUERY, type MailboxQuery } from '../../shared/model/mailbox';
import { compareMailFiles } from '../../electron/engine/compare-files';
import { openMailFile, previewMessage } from '../../electron/engine/mail-service';
import { isMailboxPath, MailboxSession } from '../../electron/engine/mailbox-session';
import { messageSource } from '../../electron/engine/message-source';
import { messageBytes } from '../../electron/engine/scan-file';
import type { WorkerPool } from '../../electron/engine/worker-pool';
import { createPool, REPO } from '../helpers/pool';
import { serveFolder, type StaticServer } from './static-server';

export const CHROMIUM = process.env.MAILLENS_CHROMIUM ?? '/usr/bin/chromium';
export const RENDERER = join(REPO, 'dist', 'renderer');

/** Chromium with its own network services off (electron/cli/chromium-flags.ts), as root without its sandbox. */
export const CHROMIUM_FLAGS = ['--no-sandbox', ...CHROMIUM_QUIET_FLAGS];

export interface AppUnderTest {
  readonly page: Page;
  readonly server: StaticServer;
  /** Every URL the page requested (from Chromium's own request events). */
  readonly requests: string[];
  /** Opens a file as the menu or the OS does: the engine reads it, the outcome is pushed to the page. */
  open(path: string): Promise<void>;
  /** The file the next click on "Open mail…" or "Compare with another copy…" gets from the (simulated) dialog. */
  chooseNext(path: string): void;
  /** The mailbox being read, when a folder or an mbox was opened (the engine's own numbers, for tests). */
  mailbox(): MailboxSession | null;
  /** What the last "Export CSV" / "Export JSON" would have saved. */
  lastExport(): { readonly format: ExportFormat; readonly text: string } | null;
  /** Every Export report… / Print report… the page asked for, in order, with the message index. */
  reportCalls(): readonly { readonly action: 'export' | 'print'; readonly index: number }[];
  /** Every text the page asked main to save (the letter), with the file name it suggested. */
  savedTexts(): readonly { readonly text: string; readonly fileName: string }[];
  /** Every text the page asked main to copy. */
  copiedTexts(): readonly string[];
  emit<C extends EventChannel>(channel: C, payload: EventChannels[C]): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Send every host name and all proxied traffic to this local port (the network-silence canary). */
  readonly canaryPort?: number;
  /**
   * Also make the canary the proxy (default). Without a proxy Chromium resolves host names itself, as on a
   * reader's machine with no proxy set: the resource-hint test watches those lookups.
   */
  readonly canaryAsProxy?: boolean;
  /** Write Chromium's NetLog (every host lookup, speculative or not) to this file; complete after close(). */
  readonly netLog?: string;
  /** The language main answers with (the system's or the one chosen in View > Language); English by default. */
  readonly language?: 'en' | 'nl' | 'pseudo';
}

const PRELOAD_SHIM = `
(() => {
  const listeners = {
    'mail:opened': new Set(), 'mail:progress': new Set(), 'mailbox:progress': new Set(), 'app:show-help': new Set(),
    'app:compare-requested': new Set(), 'app:export-report-requested': new Set(),
    'app:print-report-requested': new Set(),
  };
  const on = (channel) => (listener) => { listeners[channel].add(listener); return () => listeners[channel].delete(listener); };
  window.__maillensEmit = (channel, payload) => { for (const listener of listeners[channel]) listener(payload); };
  window.maillens = Object.freeze({
    chooseAndOpen: () => window.__maillensInvoke('mail:choose-and-open', null),
    chooseFolder: () => window.__maillensInvoke('mail:choose-folder', null),
    openDroppedFile: () => window.__maillensInvoke('mail:choose-and-open', null),
    openRecent: (index) => window.__maillensInvoke('mail:open-recent', { index }),
    previewMessage: (index) => window.__maillensInvoke('mail:preview-message', { index }),
    cancel: () => window.__maillensInvoke('mail:cancel', null),
    recentFiles: () => window.__maillensInvoke('app:recent-files', null),
    copyText: (text) => window.__maillensInvoke('app:copy-text', { text }),
    compareWithCopy: (index) => window.__maillensInvoke('mail:compare-with-copy', { index }),
    messageSource: (index) => window.__maillensInvoke('mail:source', { index }),
    exportReport: (index) => window.__maillensInvoke('report:export', { index }),
    printReport: (index) => window.__maillensInvoke('report:print', { index }),
    saveText: (text, fileName) => window.__maillensInvoke('app:save-text', { text, fileName }),
    mailboxRows: (mailbox, query, start, count) => window.__maillensInvoke('mailbox:rows', { mailbox, query, start, count }),
    mailboxOverview: (mailbox) => window.__maillensInvoke('mailbox:overview', { mailbox }),
    openMailboxMessage: (mailbox, id) => window.__maillensInvoke('mailbox:open-message', { mailbox, id }),
    exportMailbox: (mailbox, format) => window.__maillensInvoke('mailbox:export', { mailbox, format }),
    onOpened: on('mail:opened'),
    onProgress: on('mail:progress'),
    onMailboxProgress: on('mailbox:progress'),
    onShowHelp: on('app:show-help'),
    onCompareRequested: on('app:compare-requested'),
    onExportReportRequested: on('app:export-report-requested'),
    onPrintReportRequested: on('app:print-report-requested'),
    language: () => Promise.resolve(window.__maillensLanguage || 'en'),
    onLanguageChanged: () => () => undefined,
  });
})();
`;

export async function launchApp(options: LaunchOptions = {}): Promise<AppUnderTest> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('dist/renderer is missing: run "npm run build:app"');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const server = await serveFolder(RENDERER);
  const profile = mkdtempSync(join(tmpdir(), 'maillens-chromium-'));
  const args = [...CHROMIUM_FLAGS];
  if (options.canaryPort) {
    args.push(`--host-resolver-rules=MAP * 127.0.0.1:${options.canaryPort}, EXCLUDE 127.0.0.1`);
    if (options.canaryAsProxy !== false) args.push(`--proxy-server=http://127.0.0.1:${options.canaryPort}`);
  }
  if (options.netLog) args.push(`--log-net-log=${options.netLog}`);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const pool: WorkerPool = createPool({ size: 2 });
  // As the app's OpenController does: the workers start with the window, not with the first open.
  pool.warm();
  let nextChoice: string | null = null;
  let current: string | null = null;
  let session: MailboxSession | null = null;
  let nextMailbox = 1;
  let exported: { format: ExportFormat; text: string } | null = null;
  const reportCalls: { action: 'export' | 'print'; index: number }[] = [];
  const savedTexts: { text: string; fileName: string }[] = [];
  const copiedTexts: string[] = [];
  // Set once the app object exists: progress events are pushed to the page as main's are.
  let pushProgress: (progress: EventChannels['mailbox:progress']) => void = () => undefined;
  const mailboxOf = (mailbox: number): MailboxSession | null =>
    session && session.info.mailbox === mailbox ? session : null;
  const openPath = async (path: string): Promise<OpenOutcome> => {
    // As main's MailboxHost: one mailbox at a time, a folder or an mbox opens as one.
    await session?.cancel();
    session = null;
    if (await isMailboxPath(path)) {
      session = await MailboxSession.open(
        path,
        nextMailbox++,
        () => pool,
        (progress) => pushProgress(progress),
      );
      return { kind: 'mailbox', mailbox: session.info };
    }
    current = path;
    return openMailFile(path, pool);
  };
  await page.exposeFunction('__maillensInvoke', async (channel: string, payload: unknown): Promise<unknown> => {
    switch (channel) {
      case 'mail:choose-and-open':
      case 'mail:choose-folder': {
        const path = nextChoice;
        nextChoice = null;
        return path ? openPath(path) : { kind: 'canceled' };
      }
      case 'mail:preview-message':
        return current
          ? previewMessage(current, (payload as { index: number }).index, pool)
          : { error: 'no file open' };
      case 'mail:compare-with-copy': {
        // The (simulated) dialog hands over the file chooseNext() named, as main's dialog would.
        const other = nextChoice;
        nextChoice = null;
        if (!other) return { kind: 'canceled' };
        if (!current) return { kind: 'failed', fileName: '', error: 'no file is open' };
        const { index } = payload as { index: number };
        const { comparison } = await compareMailFiles(current, other, pool, { messageA: index, messageB: index });
        return { kind: 'compared', index, fileName: basename(other), comparison };
      }
      case 'mailbox:rows': {
        const { mailbox, query, start, count } = payload as {
          mailbox: number;
          query: MailboxQuery;
          start: number;
          count: number;
        };
        return mailboxOf(mailbox)?.rows(query, start, count) ?? { total: 0, start, rows: [] };
      }
      case 'mailbox:overview': {
        const overview = mailboxOf((payload as { mailbox: number }).mailbox)?.overview();
        if (!overview) throw new Error('that mailbox is no longer open');
        return overview;
      }
      case 'mailbox:open-message': {
        const { mailbox, id } = payload as { mailbox: number; id: number };
        const open = mailboxOf(mailbox);
        if (!open) return { kind: 'failed', fileName: '', error: 'that mailbox is no longer open' };
        const location = open.locationOf(id);
        if (location) current = location.path;
        return open.openMessage(id);
      }
      case 'mailbox:export': {
        // Main would show a save dialog; the test gets the text that would have been written.
        const { mailbox, format } = payload as { mailbox: number; format: ExportFormat };
        const open = mailboxOf(mailbox);
        if (!open) return { kind: 'failed', error: 'that mailbox is no longer open' };
        exported = { format, text: open.exportText(format) };
        return { kind: 'saved', fileName: `overview.${format}` };
      }
      case 'mail:source': {
        // As main: the shown message's bytes (of the open file, or the mailbox message's file) as text.
        if (!current) return { error: 'no file open' };
        try {
          const { bytes, format } = await messageBytes(current, (payload as { index: number }).index);
          return messageSource(bytes, format);
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      }
      case 'report:export':
      case 'report:print': {
        // Main would build the report and show its save or print dialog; the test gets the call.
        const action = channel === 'report:export' ? 'export' : 'print';
        reportCalls.push({ action, index: (payload as { index: number }).index });
        return { kind: 'saved', fileName: action === 'export' ? 'report.html' : '' };
      }
      case 'app:save-text': {
        const { text, fileName } = payload as { text: string; fileName: string };
        savedTexts.push({ text, fileName });
        return { kind: 'saved', fileName };
      }
      case 'mail:cancel':
        await session?.cancel();
        return null;
      case 'app:recent-files':
        return [];
      case 'app:copy-text':
        copiedTexts.push((payload as { text: string }).text);
        return null;
      default:
        throw new Error(`unexpected channel ${channel}`);
    }
  });
  if (options.language) await page.addInitScript(`window.__maillensLanguage = ${JSON.stringify(options.language)};`);
  await page.addInitScript(PRELOAD_SHIM);
  await page.goto(`${server.origin}/index.html`);

  const app: AppUnderTest = {
    page,
    server,
    requests,
    chooseNext(path: string) {
      nextChoice = path;
    },
    mailbox: () => session,
    lastExport: () => exported,
    reportCalls: () => reportCalls,
    savedTexts: () => savedTexts,
    copiedTexts: () => copiedTexts,
    async open(path: string) {
      // As when the reader opens a file from the menu or the OS: main reads it and pushes the outcome.
      const outcome = await openPath(path);
      await app.emit('mail:opened', outcome);
    },
    async emit(channel, payload) {
      await page.evaluate(
        ([name, value]) =>
          (globalThis as unknown as { __maillensEmit(c: string, p: unknown): void }).__maillensEmit(name, value),
        [channel, payload] as const,
      );
    },
    async close() {
      await session?.cancel();
      await context.close();
      await pool.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  pushProgress = (progress) => void app.emit('mailbox:progress', progress).catch(() => undefined);
  return app;
}

/** Waits until the shown preview frame (if any) has loaded whatever it would load. */
async function settlePreview(app: AppUnderTest): Promise<void> {
  await app.page.waitForFunction(
    () => {
      const frame = document.querySelector('iframe[data-testid="preview"]') as HTMLIFrameElement | null;
      return !frame || frame.contentDocument?.readyState === 'complete';
    },
    undefined,
    { timeout: 20_000 },
  );
  await app.page.waitForTimeout(50);
}

/** Messages of a mailbox opened one by one by openAndSettle (a corpus mbox holds a few dozen at most). */
const MAILBOX_MESSAGES_SHOWN = 50;

/**
 * Opens a mail and waits until its preview frame has loaded whatever it would load. A mailbox (an mbox)
 * is read to its end, then each of its messages is shown in turn, as when the reader opens its rows.
 */
export async function openAndSettle(app: AppUnderTest, path: string): Promise<void> {
  await app.open(path);
  const shown = '[data-testid="result"], [data-testid="error"]';
  await app.page.waitForSelector(`${shown}, [data-testid="mailbox"]`, { timeout: 20_000 });
  const mailbox = app.mailbox();
  if (!(await app.page.$('[data-testid="mailbox"]')) || !mailbox) return settlePreview(app);
  await mailbox.finished;
  const rows = mailbox.rows({ ...DEFAULT_MAILBOX_QUERY, sort: 'date', descending: false }, 0, MAILBOX_MESSAGES_SHOWN);
  for (const row of rows.rows.filter((summary) => summary.level !== 'error')) {
    await app.emit('mail:opened', await mailbox.openMessage(row.id));
    await app.page.waitForSelector(shown, { timeout: 20_000 });
    await settlePreview(app);
  }
}
