// @vitest-environment jsdom
// What the reader takes away from an opened mail: its SHA-256, the raw headers and source (as text only),
// the evidence report exported or printed, and the "Your rights" tab with its access request letter.

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { MessageReport } from '../../shared/model/report';
import { accessRequestLetter } from '../../shared/rights/access-letter';
import { App } from '../../renderer/src/App';
import { defaultLetterLang, letterFileName } from '../../renderer/src/result/letter-file';
import { useMailLens } from '../../renderer/src/store';
import { ui } from '../../renderer/src/i18n';
import { installFakeMailLens, MAIL, REPORT } from './fake-maillens';

afterEach(cleanup);

async function openMail() {
  const fake = installFakeMailLens({ kind: 'opened', mail: MAIL });
  render(<App />);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('start.open') })));
  return fake;
}

async function showTab(name: string) {
  await act(async () => fireEvent.click(screen.getByRole('tab', { name })));
}

const HOSTILE_HEADERS =
  'From: Shop <news@shop.example>\r\nSubject: <script>window.__ran = 1</script>\r\n' +
  'X-Note: <img src=x onerror="window.__ran = 2">';
const HOSTILE_SOURCE = `${HOSTILE_HEADERS}\r\n\r\n<html><body><script>window.__ran = 3</script></body></html>`;

describe('the SHA-256 of the opened file', () => {
  it('is shown in monospace and copied through main', async () => {
    const fake = await openMail();
    const strip = screen.getByRole('region', { name: ui('evidence.label') });
    expect(within(strip).getByText(ui('evidence.fileHash'))).toBeTruthy();
    const hash = within(strip).getByTestId('sha256');
    expect(hash.tagName).toBe('CODE');
    expect(hash.textContent).toBe(MAIL.sha256);
    await act(async () => fireEvent.click(within(strip).getByRole('button', { name: ui('evidence.copyHash') })));
    expect(fake.api.copyText).toHaveBeenCalledWith(MAIL.sha256);
    expect(within(strip).getByText(ui('links.copied'))).toBeTruthy();
  });

  it('is called the hash of this message when the message came from a mailbox', async () => {
    installFakeMailLens();
    render(<App />);
    act(() => {
      const request = useMailLens.getState().beginOpening('offer.eml', true);
      useMailLens.getState().showMailboxMessage(request, MAIL);
    });
    expect(screen.getByText(ui('evidence.messageHash'))).toBeTruthy();
    expect(screen.queryByText(ui('evidence.fileHash'))).toBeNull();
  });
});

describe('the Source tab', () => {
  it('asks main for the source only when first shown, and shows markup as text', async () => {
    const fake = await openMail();
    fake.api.messageSource.mockResolvedValue({
      headers: HOSTILE_HEADERS,
      text: HOSTILE_SOURCE,
      size: HOSTILE_SOURCE.length,
      truncated: false,
    });
    expect(fake.api.messageSource).not.toHaveBeenCalled();
    await showTab(ui('tabs.source'));
    expect(fake.api.messageSource).toHaveBeenCalledWith(REPORT.index);
    const headers = screen.getByTestId('raw-headers');
    const source = screen.getByTestId('raw-source');
    expect(headers.tagName).toBe('PRE');
    expect(headers.textContent).toBe(HOSTILE_HEADERS);
    expect(source.textContent).toBe(HOSTILE_SOURCE);
    // Literally there, and no element made of it.
    expect(headers.textContent).toContain('<script>window.__ran = 1</script>');
    expect(headers.textContent).toContain('<img src=x onerror=');
    const panel = screen.getByRole('tabpanel');
    expect(panel.querySelector('script, img, html, body')).toBeNull();
    expect(headers.children.length).toBe(0);
    expect(source.children.length).toBe(0);
    expect((window as unknown as { __ran?: number }).__ran).toBeUndefined();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('source.copyHeaders') })));
    expect(fake.api.copyText).toHaveBeenCalledWith(HOSTILE_HEADERS);

    // Shown again: no second request.
    await showTab(ui('tabs.findings', { count: REPORT.references.length }));
    await showTab(ui('tabs.source'));
    expect(fake.api.messageSource).toHaveBeenCalledTimes(1);
  });

  it('says when the source is cut and when it cannot be shown', async () => {
    const fake = await openMail();
    fake.api.messageSource.mockResolvedValueOnce({ headers: 'A: b', text: 'A: b\n\n…', size: 5e6, truncated: true });
    await showTab(ui('tabs.source'));
    expect(screen.getByText(ui('source.truncated'))).toBeTruthy();
    expect(screen.getByText(ui('source.size', { size: '4.8 MB' }))).toBeTruthy();

    cleanup();
    const failing = await openMail();
    failing.api.messageSource.mockResolvedValueOnce({ error: 'an Outlook .msg file is a binary container' });
    await showTab(ui('tabs.source'));
    expect(screen.getByRole('alert').textContent).toBe(
      ui('source.failed', { error: 'an Outlook .msg file is a binary container' }),
    );
  });

  it('shows a loading state while main reads the message', async () => {
    const fake = await openMail();
    fake.api.messageSource.mockReturnValueOnce(new Promise(() => undefined));
    await showTab(ui('tabs.source'));
    expect(screen.getByText(ui('source.loading'))).toBeTruthy();
  });
});

describe('Export report… and Print report…', () => {
  it('says where the report was saved, or why not, in a live region', async () => {
    const fake = await openMail();
    const status = () => screen.getByTestId('report-status');
    expect(status().getAttribute('role')).toBe('status');

    fake.api.exportReport.mockResolvedValueOnce({ kind: 'saved', fileName: 'report.pdf' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('evidence.exportReport') })));
    expect(fake.api.exportReport).toHaveBeenCalledWith(REPORT.index);
    expect(status().textContent).toBe(ui('evidence.saved', { fileName: 'report.pdf' }));

    fake.api.exportReport.mockResolvedValueOnce({ kind: 'failed', error: 'disk full' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('evidence.exportReport') })));
    expect(status().textContent).toBe(ui('evidence.exportFailed', { error: 'disk full' }));

    fake.api.printReport.mockResolvedValueOnce({ kind: 'saved', fileName: '' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('evidence.printReport') })));
    expect(fake.api.printReport).toHaveBeenCalledWith(REPORT.index);
    expect(status().textContent).toBe(ui('evidence.printed'));

    fake.api.printReport.mockRejectedValueOnce(new Error('main went away'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('evidence.printReport') })));
    expect(status().textContent).toBe(ui('evidence.printFailed', { error: 'main went away' }));
  });

  it('does the same from the menu for the shown message', async () => {
    const fake = await openMail();
    fake.api.exportReport.mockResolvedValueOnce({ kind: 'saved', fileName: 'evidence.html' });
    await act(async () => fake.emitExportReportRequested());
    expect(fake.api.exportReport).toHaveBeenCalledWith(REPORT.index);
    expect(screen.getByTestId('report-status').textContent).toBe(ui('evidence.saved', { fileName: 'evidence.html' }));
    await act(async () => fake.emitPrintReportRequested());
    expect(fake.api.printReport).toHaveBeenCalledWith(REPORT.index);
    expect(screen.getByTestId('report-status').textContent).toBe(ui('evidence.printCanceled'));
  });

  it('asks to open a mail first when none is shown', async () => {
    const fake = installFakeMailLens();
    render(<App />);
    await act(async () => fake.emitExportReportRequested());
    expect(fake.api.exportReport).not.toHaveBeenCalled();
    expect(screen.getByTestId('report-open-first').textContent).toBe(ui('evidence.openFirst'));
  });
});

describe('the Your rights tab', () => {
  it('lists the tracking company, the sections and their sources as text, never as links', async () => {
    await openMail();
    await showTab(ui('tabs.rights'));
    const rights = screen.getByTestId('rights');
    expect(within(rights).getByRole('heading', { name: 'Who is responsible' })).toBeTruthy();
    expect(within(rights).getByRole('heading', { name: 'Where the data would go' })).toBeTruthy();
    expect(within(rights).getByRole('heading', { name: 'What valid consent requires' })).toBeTruthy();
    expect(within(rights).getByTestId('rights-parties').textContent).toContain('Intuit Inc.');
    expect(within(rights).getByText('GDPR art. 21(1)')).toBeTruthy();
    expect(rights.querySelector('[data-key="object"]')).toBeTruthy();
    expect(rights.querySelector('[data-key="complain"]')).toBeTruthy();
    expect(rights.querySelector('a')).toBeNull();
    expect(rights.textContent).toContain('https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap');
  });

  it('writes the letter in English for this sender, in Dutch when switched', async () => {
    const fake = await openMail();
    await showTab(ui('tabs.rights'));
    const letter = () => (screen.getByTestId('letter') as HTMLTextAreaElement).value;
    expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', true);
    expect(letter()).toBe(
      accessRequestLetter(REPORT, { lang: 'en', senderName: 'Shop', senderAddress: 'news@shop.example' }),
    );
    expect(letter()).toContain('Shop\nnews@shop.example');
    expect(letter()).toContain('"Our autumn sale"');
    expect(letter()).toContain('Article 21 GDPR');

    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' })));
    expect(letter()).toContain('IP-adres');
    expect(letter()).toContain('"Our autumn sale"');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('rights.copyLetter') })));
    expect(fake.api.copyText).toHaveBeenCalledWith(letter());
  });

  it('saves the letter under a safe file name and says where', async () => {
    const fake = await openMail();
    fake.api.saveText.mockResolvedValueOnce({ kind: 'saved', fileName: 'inzageverzoek-shop.example.txt' });
    await showTab(ui('tabs.rights'));
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' })));
    const text = (screen.getByTestId('letter') as HTMLTextAreaElement).value;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('rights.saveLetter') })));
    expect(fake.api.saveText).toHaveBeenCalledWith(text, 'inzageverzoek-shop.example.txt');
    expect(screen.getByTestId('letter-status').textContent).toBe(
      ui('rights.saved', { fileName: 'inzageverzoek-shop.example.txt' }),
    );

    fake.api.saveText.mockResolvedValueOnce({ kind: 'failed', error: 'read-only folder' });
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'English' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('rights.saveLetter') })));
    expect(fake.api.saveText).toHaveBeenLastCalledWith(expect.any(String), 'access-request-shop.example.txt');
    expect(screen.getByTestId('letter-status').textContent).toBe(
      ui('rights.saveFailed', { error: 'read-only folder' }),
    );
  });
});

describe('letter helpers', () => {
  const from = (address: string, subject = 'Hello'): MessageReport => ({
    ...REPORT,
    subject,
    from: [{ name: '', address }],
  });

  it('defaults to Dutch for a .nl sender or subject', () => {
    expect(defaultLetterLang(from('info@duo.nl'))).toBe('nl');
    expect(defaultLetterLang(from('info@shop.example', 'Bestelling bij winkel.nl'))).toBe('nl');
    expect(defaultLetterLang(from('info@nl.example'))).toBe('en');
    expect(defaultLetterLang({ ...REPORT, from: [] })).toBe('en');
  });

  it('suggests file names of letters, digits, dashes and dots only', () => {
    expect(letterFileName('inzageverzoek', 'duo.nl')).toBe('inzageverzoek-duo.nl.txt');
    expect(letterFileName('access-request', '')).toBe('access-request.txt');
    expect(letterFileName('access-request', '../../etc/pass wd')).toBe('access-request-etc-pass-wd.txt');
    expect(letterFileName('access-request', 'bücher.de')).toMatch(/^[a-z0-9.-]+$/);
    expect(letterFileName('access-request', '..')).toBe('access-request.txt');
  });
});
