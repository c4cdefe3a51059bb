// @vitest-environment jsdom
// The start, loading, error and help screens against a fake window.maillens.

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { App } from '../../renderer/src/App';
import { ui } from '../../renderer/src/i18n';
import { installFakeMailLens, MAIL } from './fake-maillens';

afterEach(cleanup);

describe('start screen', () => {
  it('explains MailLens and opens the dialog from "Open mail…"', async () => {
    const fake = installFakeMailLens();
    render(<App />);
    expect(screen.getByTestId('start')).toBeTruthy();
    expect(screen.getByText(ui('start.lead'))).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('start.open') })));
    expect(fake.api.chooseAndOpen).toHaveBeenCalledTimes(1);
    // The dialog was canceled: the start screen stays.
    expect(screen.getByTestId('start')).toBeTruthy();
  });

  it('opens the dialog from the drop zone with the keyboard, and a dropped file directly', async () => {
    const fake = installFakeMailLens({ kind: 'opened', mail: MAIL });
    render(<App />);
    const zone = screen.getByTestId('drop-zone');
    expect(zone.tagName).toBe('BUTTON');
    expect(zone.getAttribute('aria-label')).toBe(ui('start.dropZoneLabel'));
    const file = new File(['From: a@b'], 'offer.eml', { type: 'message/rfc822' });
    await act(async () => fireEvent.drop(zone, { dataTransfer: { files: [file] } }));
    expect(fake.api.openDroppedFile).toHaveBeenCalledWith(file);
    expect(screen.getByTestId('result')).toBeTruthy();
  });

  it('says to open a mail first when "Compare with another copy…" is chosen from the menu', async () => {
    const fake = installFakeMailLens();
    render(<App />);
    expect(screen.queryByTestId('compare-first')).toBeNull();
    act(() => fake.emitCompareRequested());
    expect(screen.getByTestId('compare-first').textContent).toBe(ui('start.compareFirst'));
    expect(fake.api.compareWithCopy).not.toHaveBeenCalled();
  });

  it('lists the recent files and opens one by its index', async () => {
    const fake = installFakeMailLens();
    render(<App />);
    const recent = await screen.findByRole('button', {
      name: ui('start.recentLabel', { fileName: 'offer.eml', folder: '/home/reader/mail' }),
    });
    await act(async () => fireEvent.click(recent));
    expect(fake.api.openRecent).toHaveBeenCalledWith(0);
  });
});

describe('loading, error and help', () => {
  it('shows progress with the file name, and Cancel goes back', async () => {
    const fake = installFakeMailLens();
    render(<App />);
    act(() => fake.emitProgress({ fileName: 'big.mbox', done: 3, total: 10 }));
    expect(screen.getByTestId('loading')).toBeTruthy();
    expect(screen.getByText(ui('loading.fileName', { fileName: 'big.mbox' }))).toBeTruthy();
    expect(screen.getByText(ui('loading.progress', { done: 3, total: 10 }))).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('loading.cancel') })));
    expect(fake.api.cancel).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('start')).toBeTruthy();
  });

  it('shows main’s error for a file that cannot be read, with a way back', () => {
    const fake = installFakeMailLens();
    render(<App />);
    const error = 'not an Outlook .msg file (no OLE compound-file signature)';
    act(() => fake.emitOpened({ kind: 'failed', fileName: 'broken.msg', error }));
    expect(screen.getByTestId('error')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(error);
    fireEvent.click(screen.getByRole('button', { name: ui('error.back') }));
    expect(screen.getByTestId('start')).toBeTruthy();
  });

  it('shows the offline help on the Help menu, and Escape closes it', () => {
    const fake = installFakeMailLens();
    render(<App />);
    act(() => fake.emitShowHelp());
    expect(screen.getByTestId('help')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ui('help.title'));
    for (const section of ['what', 'reveals', 'protects', 'finds'])
      expect(screen.getByText(ui(`help.${section}.heading`))).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByTestId('start')).toBeTruthy();
  });
});
