// @vitest-environment jsdom
// The mailbox view's logic against a fake window.maillens: Open folder… opens it, the progress line, a
// progress report that comes before the open outcome is not lost, and the view asks for pages, not all rows.

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { App } from '../../renderer/src/App';
import { describeProgress } from '../../renderer/src/mailbox/progress-text';
import { ui } from '../../renderer/src/i18n';
import type { MailboxProgress } from '../../shared/model/mailbox';
import { installFakeMailLens } from './fake-maillens';

afterEach(cleanup);

const INFO = { mailbox: 3, name: 'Archive', kind: 'folder' } as const;
const progress = (change: Partial<MailboxProgress>): MailboxProgress => ({
  mailbox: 3,
  state: 'reading',
  messages: 0,
  errors: 0,
  files: 0,
  skipped: 0,
  bytesRead: 0,
  bytesTotal: null,
  elapsedMs: 0,
  ...change,
});

describe('mailbox view', () => {
  it('opens a folder from "Open folder…" and asks main for a page of rows and the overview', async () => {
    const fake = installFakeMailLens({ kind: 'mailbox', mailbox: INFO });
    render(<App />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('start.openFolder') })));
    expect(fake.api.chooseFolder).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('mailbox')).toBeTruthy();
    expect(screen.getByTestId('mailbox-name').textContent).toBe('Archive');
    expect(fake.api.mailboxOverview).toHaveBeenCalledWith(3);
    const [mailbox, , start, count] = fake.api.mailboxRows.mock.calls[0]!;
    expect([mailbox, start, count]).toEqual([3, 0, 200]);
  });

  it('keeps a final report that comes before the open outcome, and says reading was stopped', async () => {
    const fake = installFakeMailLens();
    render(<App />);
    act(() => fake.emitMailboxProgress(progress({ state: 'canceled', messages: 1234 })));
    await act(async () => fake.emitOpened({ kind: 'mailbox', mailbox: INFO }));
    const state = screen.getByTestId('mailbox-state');
    expect(state.getAttribute('data-state')).toBe('canceled');
    expect(state.textContent).toContain(ui('mailbox.canceled', { messages: '1,234' }));
  });

  it('tells messages, megabytes, rate and time left from main’s figures', () => {
    const text = describeProgress(
      progress({ messages: 500, bytesRead: 100 * 1024 * 1024, bytesTotal: 400 * 1024 * 1024, elapsedMs: 10_000 }),
    );
    expect(text.fraction).toBe(0.25);
    expect(text.parts).toEqual(['500 messages · 100 MB / 400 MB', '50 messages/s', 'about 30 s left']);
    expect(describeProgress(progress({ messages: 1, bytesRead: 10 })).fraction).toBeNull();
  });
});
