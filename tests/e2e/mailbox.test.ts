// Issue 10: an mbox or a folder opens into the mailbox overview in real Chromium with the real engine
// behind it. The table's sorting, filters and search are checked against the engine's own answers (the
// MailboxSession the harness holds), all driven by the keyboard; Back from a message returns to the same
// place; Cancel stops a big mailbox. Screenshots go to /tmp/maillens-shots/ for the notes.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { MailboxSession } from '../../electron/engine/mailbox-session';
import { DEFAULT_MAILBOX_QUERY, type MailboxQuery } from '../../shared/model/mailbox';
import { corpusEmlFiles, writeCorpusMbox } from '../helpers/build-mbox';
import { CORPUS } from '../helpers/corpus';
import { launchApp, type AppUnderTest } from './harness';

const SHOTS = '/tmp/maillens-shots';
/** As tests/engine/mailbox-session.test.ts: the corpus has no mbox this large, so one is made of its mails. */
const MBOX_MESSAGES = 414;
const BIG_MBOX_MESSAGES = 2000;
const FOLDER = join(CORPUS, 'eml');

let app: AppUnderTest;
let temp: string;
let mbox: string;
let bigMbox: string;
let query: MailboxQuery = DEFAULT_MAILBOX_QUERY;

const ROW = '[data-testid="mailbox-row"]';

function session(): MailboxSession {
  const open = app.mailbox();
  if (!open) throw new Error('no mailbox is open');
  return open;
}

async function shot(name: string): Promise<void> {
  await app.page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Opens as the menu or the OS does; resolves when the first rows with content are on screen (ms taken). */
async function openMailbox(path: string): Promise<number> {
  const started = performance.now();
  await app.open(path);
  await app.page.waitForSelector(`${ROW}[data-id]`, { timeout: 20_000 });
  return performance.now() - started;
}

async function waitUntilRead(): Promise<void> {
  await session().finished;
  await app.page.waitForSelector('[data-testid="mailbox-state"][data-state="done"]', { timeout: 60_000 });
}

/** The ids of the first rows on screen, in table order. */
async function shownIds(count = 20): Promise<number[]> {
  return app.page.$$eval(
    '[data-testid="mailbox-row"]',
    (rows, count) =>
      rows
        .map((row) => [Number((row as HTMLElement).dataset.rowIndex), Number((row as HTMLElement).dataset.id ?? -1)])
        .sort((a, b) => a[0]! - b[0]!)
        .slice(0, count)
        .map(([, id]) => id!),
    count,
  );
}

async function shownTotal(): Promise<number> {
  return Number(await app.page.getAttribute('[data-testid="message-table"]', 'aria-rowcount')) - 1;
}

/** The table shows what the engine answers for `change` (after the UI was told to do the same). */
async function expectTable(change: Partial<MailboxQuery>): Promise<number> {
  query = { ...query, ...change };
  const answer = session().rows(query, 0, 20);
  await expect.poll(shownTotal, { timeout: 5000 }).toBe(answer.total);
  await expect
    .poll(() => shownIds(Math.min(20, answer.total)), { timeout: 5000 })
    .toEqual(answer.rows.map((r) => r.id));
  return answer.total;
}

async function press(selector: string, key: string): Promise<void> {
  await app.page.focus(selector);
  await app.page.keyboard.press(key);
}

describe('the mailbox view, in Chromium, with the real engine', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    temp = mkdtempSync(join(tmpdir(), 'maillens-mailbox-e2e-'));
    mbox = writeCorpusMbox(temp, 'corpus.mbox', MBOX_MESSAGES).path;
    bigMbox = writeCorpusMbox(temp, 'big.mbox', BIG_MBOX_MESSAGES).path;
    app = await launchApp();
    await app.page.emulateMedia({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it('opens a 414-message mbox into the overview, its first rows on screen at once', async () => {
    const ms = await openMailbox(mbox);
    console.log(`mbox of ${MBOX_MESSAGES} messages: first rows visible ${Math.round(ms)} ms after the open call`);
    expect(ms).toBeLessThan(10_000);
    await waitUntilRead();
    const overview = session().overview();
    expect(overview.messages + overview.errors).toBe(MBOX_MESSAGES);
    await expect
      .poll(() => app.page.getAttribute('[data-stat="messages"]', 'data-value'))
      .toBe(String(overview.messages));
    expect(await app.page.getAttribute('[data-stat="tracked"]', 'data-value')).toBe(String(overview.tracked));
    expect(await app.page.getAttribute('[data-stat="identifies"]', 'data-value')).toBe(String(overview.identifiesYou));
    expect(await shownTotal()).toBe(MBOX_MESSAGES);
    // The overview by sender and the charts, from the same figures.
    const firstSender = app.page.locator('[data-testid="sender-row"]').first();
    expect(await firstSender.getAttribute('data-domain')).toBe(overview.senders[0]!.domain);
    expect(await app.page.locator('[data-testid="company-bar"]').count()).toBe(Math.min(10, overview.companies.length));
    const bar = overview.companies[0]!;
    expect(await app.page.locator('[data-testid="company-bar"]').first().getAttribute('aria-label')).toContain(
      `${bar.company}: ${bar.messages} messages`,
    );
    expect(await app.page.locator('.column').count()).toBe(overview.months.length);
    expect(await app.page.textContent('[data-testid="mailbox-state"]')).toContain(`Read ${MBOX_MESSAGES} messages`);
    await shot('mailbox-overview-light');
  });

  it('sorts by each column from the keyboard, as the engine does', async () => {
    query = DEFAULT_MAILBOX_QUERY;
    await expectTable({});
    expect(await app.page.getAttribute('[role="columnheader"]:has([data-testid="sort-date"])', 'aria-sort')).toBe(
      'descending',
    );
    await press('[data-testid="sort-date"]', 'Enter');
    await expectTable({ sort: 'date', descending: false });
    expect(await app.page.getAttribute('[role="columnheader"]:has([data-testid="sort-date"])', 'aria-sort')).toBe(
      'ascending',
    );
    await press('[data-testid="sort-sender"]', 'Enter');
    await expectTable({ sort: 'sender', descending: false });
    await app.page.keyboard.press('Enter');
    await expectTable({ sort: 'sender', descending: true });
    expect(await app.page.getAttribute('[role="columnheader"]:has([data-testid="sort-sender"])', 'aria-sort')).toBe(
      'descending',
    );
    await press('[data-testid="sort-subject"]', 'Enter');
    await expectTable({ sort: 'subject', descending: false });
    await press('[data-testid="sort-verdict"]', 'Enter');
    await expectTable({ sort: 'verdict', descending: true });
    expect(await app.page.getAttribute('[role="columnheader"]:has([data-testid="sort-date"])', 'aria-sort')).toBe(
      'none',
    );
  });

  it('filters tracked only, identifies you, by company, by sender and by text, from the keyboard', async () => {
    const overview = session().overview();
    await press('[data-testid="filter-tracked"]', 'Space');
    expect(await expectTable({ trackedOnly: true })).toBe(overview.tracked);
    await press('[data-testid="filter-identifies"]', 'Space');
    expect(await expectTable({ identifiesOnly: true })).toBe(
      session().rows({ ...DEFAULT_MAILBOX_QUERY, identifiesOnly: true }, 0, 0).total,
    );
    await press('[data-testid="filter-tracked"]', 'Space');
    expect(await expectTable({ trackedOnly: false })).toBe(overview.identifiesYou);
    await press('[data-testid="filter-identifies"]', 'Space');
    await expectTable({ identifiesOnly: false });

    // A company's bar filters by it (and says so with aria-pressed); the figure is the bar's.
    const company = overview.companies[0]!;
    await press(`[data-testid="company-bar"][data-company="${company.company}"]`, 'Enter');
    expect(await expectTable({ company: company.company })).toBe(company.messages);
    expect(await app.page.inputValue('[data-testid="filter-company"]')).toBe(company.company);
    await shot('mailbox-filtered-company');
    await press(`[data-testid="company-bar"][data-company="${company.company}"]`, 'Enter');
    await expectTable({ company: null });

    // A sender's name in the overview filters by its domain.
    const sender = overview.senders.find((row) => row.domain)!;
    await press(`[data-testid="sender-row"][data-domain="${sender.domain}"] button`, 'Enter');
    expect(await expectTable({ senderDomain: sender.domain })).toBe(sender.messages);
    await press(`[data-testid="sender-row"][data-domain="${sender.domain}"] button`, 'Enter');
    await expectTable({ senderDomain: null });

    // Text search: a word of a tracked message's subject.
    const subject = session()
      .rows({ ...DEFAULT_MAILBOX_QUERY, trackedOnly: true }, 0, 50)
      .rows.map((row) => row.subject.split(/\s+/).find((word) => /^[A-Za-z]{5,}$/.test(word)))
      .find(Boolean)!;
    await app.page.focus('[data-testid="mailbox-search"]');
    await app.page.keyboard.type(subject.toLowerCase());
    const found = await expectTable({ text: subject.toLowerCase() });
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(MBOX_MESSAGES);
    await press('[data-testid="filter-tracked"]', 'Space');
    await expectTable({ trackedOnly: true });
    await shot('mailbox-filtered-search');
    await press('[data-testid="clear-filters"]', 'Enter');
    await expectTable({ trackedOnly: false, text: '' });
  });

  it('moves through the rows with the arrow keys, reached by Tab from the search box', async () => {
    await app.page.focus('[data-testid="mailbox-search"]');
    let onRow = false;
    for (let tab = 0; tab < 15 && !onRow; tab += 1) {
      await app.page.keyboard.press('Tab');
      onRow = await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'mailbox-row');
    }
    expect(onRow).toBe(true);
    const focusedIndex = () =>
      app.page.evaluate(() => Number(document.activeElement?.getAttribute('data-row-index') ?? -1));
    expect(await focusedIndex()).toBe(0);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(focusedIndex).toBe(2);
    await app.page.keyboard.press('ArrowUp');
    await expect.poll(focusedIndex).toBe(1);
    await app.page.keyboard.press('End');
    await expect.poll(focusedIndex).toBe(MBOX_MESSAGES - 1);
    await app.page.keyboard.press('Home');
    await expect.poll(focusedIndex).toBe(0);
  });

  it('opens a row with Enter and comes Back to the same scroll position, filters, sort and search', async () => {
    await press('[data-testid="filter-tracked"]', 'Space');
    await press('[data-testid="sort-subject"]', 'Enter');
    await expectTable({ trackedOnly: true, sort: 'subject', descending: false });
    await app.page.locator(`${ROW}[data-row-index="0"]`).focus();
    for (let page = 0; page < 3; page += 1) await app.page.keyboard.press('PageDown');
    const scrolled = () => app.page.$eval('.grid-body', (body) => body.scrollTop);
    await expect.poll(scrolled).toBeGreaterThan(0);
    // The virtualiser scrolls on the next frame: let it settle before taking the position.
    await app.page.waitForTimeout(300);
    const scrollTop = await scrolled();
    const active = await app.page.evaluate(() => document.activeElement?.getAttribute('data-row-index'));
    const id = Number(await app.page.evaluate(() => document.activeElement?.getAttribute('data-id')));
    const summary = session().summaryOf(id)!;

    await app.page.keyboard.press('Enter');
    await app.page.waitForSelector('[data-testid="result"]');
    expect(await app.page.textContent('[data-testid="subject"]')).toBe(summary.subject || '(no subject)');
    await shot('mailbox-message');
    await press('[data-testid="back-to-mailbox"]', 'Enter');

    await app.page.waitForSelector('[data-testid="mailbox"]');
    await expect.poll(() => app.page.$eval('.grid-body', (body) => body.scrollTop)).toBe(scrollTop);
    expect(await app.page.isChecked('[data-testid="filter-tracked"]')).toBe(true);
    expect(await app.page.getAttribute('[role="columnheader"]:has([data-testid="sort-subject"])', 'aria-sort')).toBe(
      'ascending',
    );
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-row-index')))
      .toBe(active);

    // Alt+Left goes back too.
    await app.page.keyboard.press('Enter');
    await app.page.waitForSelector('[data-testid="result"]');
    await app.page.keyboard.press('Alt+ArrowLeft');
    await app.page.waitForSelector('[data-testid="mailbox"]');
    await press('[data-testid="clear-filters"]', 'Enter');
    query = { ...query, trackedOnly: false };
  });

  it('exports the overview as CSV and JSON', async () => {
    await press('[data-testid="export-csv"]', 'Enter');
    await expect.poll(() => app.page.textContent('[data-testid="export-status"]')).toBe('Saved overview.csv.');
    expect(app.lastExport()).toEqual({ format: 'csv', text: session().exportText('csv') });
    await press('[data-testid="export-json"]', 'Enter');
    await expect.poll(() => app.page.textContent('[data-testid="export-status"]')).toBe('Saved overview.json.');
    expect(app.lastExport()?.format).toBe('json');
  });

  it('shows the overview in dark mode too', async () => {
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await shot('mailbox-overview-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('opens the 414-message mbox again with the workers already running (the figure for the notes)', async () => {
    const ms = await openMailbox(mbox);
    console.log(`mbox of ${MBOX_MESSAGES} messages, workers warm: first rows visible ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(10_000);
    await waitUntilRead();
  });

  it('opens a folder of the corpus into the overview while it is read', async () => {
    const ms = await openMailbox(FOLDER);
    console.log(`folder ${FOLDER}: first rows visible ${Math.round(ms)} ms after the open call`);
    expect(ms).toBeLessThan(10_000);
    expect(await app.page.textContent('[data-testid="mailbox-name"]')).toBe('eml');
    await waitUntilRead();
    const overview = session().overview();
    await expect.poll(shownTotal).toBe(overview.messages + overview.errors);
    query = DEFAULT_MAILBOX_QUERY;
    await press('[data-testid="filter-tracked"]', 'Space');
    expect(await expectTable({ trackedOnly: true })).toBe(overview.tracked);
    await press('[data-testid="filter-tracked"]', 'Space');
    await expectTable({ trackedOnly: false });
    await shot('mailbox-folder');
  });

  it('shows unreadable entries of a folder as error rows, and the folder still opens', async () => {
    const folder = join(temp, 'mixed');
    mkdirSync(folder);
    const mails = corpusEmlFiles().slice(0, 3);
    mails.forEach((path, index) => copyFileSync(path, join(folder, `mail-${index}.eml`)));
    const whole = readFileSync(mails[0]!);
    writeFileSync(join(folder, 'truncated.eml'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    execFileSync('mkfifo', [join(folder, 'pipe.eml')]);
    await openMailbox(folder);
    await waitUntilRead();
    const errors = session()
      .rows(DEFAULT_MAILBOX_QUERY, 0, 10)
      .rows.filter((row) => row.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const errorRow = app.page.locator(`${ROW}[data-level="error"]`).first();
    expect(await errorRow.textContent()).toContain('a named pipe');
    expect(await app.page.getAttribute('[data-stat="errors"]', 'data-value')).toBe(String(errors.length));
    expect(await shownTotal()).toBe(5);
  });

  it('shows the progress of a big mbox and stops reading on Cancel', async () => {
    await app.open(bigMbox);
    await app.page.waitForSelector('[data-testid="mailbox-progress"]');
    // Wait for a report with figures in it, then cancel from the keyboard.
    await app.page.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="mailbox-progress-text"]')?.textContent ?? '';
        return Number(/^([\d,]+) messages ·/.exec(text)?.[1]?.replace(/,/g, '') ?? 0) >= 50;
      },
      undefined,
      { timeout: 30_000 },
    );
    await app.page.waitForSelector(`${ROW}[data-id]`);
    expect(await app.page.getAttribute('[data-testid="mailbox-progress"]', 'value')).not.toBeNull();
    await shot('mailbox-progress');
    await press('[data-testid="mailbox-cancel"]', 'Enter');
    await app.page.waitForSelector('[data-testid="mailbox-state"][data-state="canceled"]', { timeout: 20_000 });
    const read = session().currentProgress();
    expect(read.state).toBe('canceled');
    expect(read.messages).toBeLessThan(BIG_MBOX_MESSAGES);
    expect(await app.page.textContent('[data-testid="mailbox-state"]')).toContain(
      `Reading was stopped after ${read.messages.toLocaleString('en')} messages`,
    );
    // Reading has stopped: nothing more comes in, and the rows read so far stay.
    await app.page.waitForTimeout(500);
    expect(session().currentProgress().messages).toBe(read.messages);
    await expect.poll(shownTotal).toBe(read.messages);
    await shot('mailbox-canceled');
  });
});
