// @vitest-environment jsdom
// An opened mail: the verdict, the numbered findings and their selection, the tabs and the reading modes.

import { createTranslator } from '../../shared/i18n/translator';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { App } from '../../renderer/src/App';
import { useMailLens } from '../../renderer/src/store';
import { ui } from '../../renderer/src/i18n';
import { en } from '../../renderer/src/strings/en';
import { installFakeMailLens, MAIL, REPORT } from './fake-maillens';

afterEach(cleanup);

async function openMail() {
  const fake = installFakeMailLens({ kind: 'opened', mail: MAIL });
  render(<App />);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('start.open') })));
  return fake;
}

const findingIndexes = () =>
  screen.getAllByTestId('finding').map((item) => Number(item.getAttribute('data-finding-index')));

describe('result view', () => {
  it('shows the header, the verdict and the subject as the window title', async () => {
    await openMail();
    expect(screen.getByTestId('result')).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toBe(REPORT.verdict?.summary);
    expect(screen.getByTestId('subject').textContent).toBe(REPORT.subject);
    expect(
      screen.getByText(ui('headers.platformText', { platform: 'Mailchimp', company: 'Intuit Inc.' })),
    ).toBeTruthy();
    expect(document.title).toBe(REPORT.subject);
  });

  it('lists what loads on opening first, by certainty, numbered in that order', async () => {
    await openMail();
    expect(screen.getByTestId('findings')).toBeTruthy();
    // open/named (1), open/likely (3), open/remote-content (0), then action/named (2)
    expect(findingIndexes()).toEqual([1, 3, 0, 2]);
    const first = screen.getAllByTestId('finding')[0]!;
    expect(first.getAttribute('aria-label')).toBe(en.findings.itemLabel(1, 'Mailchimp', en.certainty.named));
    expect(within(first).getByText(en.findings.company('Intuit Inc.', 'United States', false))).toBeTruthy();
    expect(within(first).getByText(en.certainty.named)).toBeTruthy();
    expect(within(first).getByText('list-manage.com is a tracking host of Mailchimp (Intuit Inc.)')).toBeTruthy();
    expect(within(first).getByText(en.findings.learned)).toBeTruthy();
    expect(
      within(first).getByText(
        'that it was you who opened it: the URL carries the id the service gave you as a recipient',
      ),
    ).toBeTruthy();
  });

  it('selects a finding on click, and with Enter after moving with the arrow keys', async () => {
    await openMail();
    const items = () => screen.getAllByTestId('finding');
    fireEvent.click(items()[2]!);
    expect(items()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(items()[0]!.getAttribute('aria-selected')).toBe('false');
    expect(useMailLens.getState().finding).toBe(0);
    expect(screen.getByTestId('finding-details').getAttribute('aria-label')).toBe(en.findings.details(3));

    items()[2]!.focus();
    fireEvent.keyDown(items()[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[3]);
    fireEvent.keyDown(items()[3]!, { key: 'Enter' });
    expect(items()[3]!.getAttribute('aria-selected')).toBe('true');
    expect(items()[2]!.getAttribute('aria-selected')).toBe('false');
  });

  it('says how each way of reading changes what an opening reveals, in the answer, verdict and lists', async () => {
    await openMail();
    const english = createTranslator('en');
    const first = () => screen.getAllByTestId('finding')[0]!;
    const learned = () =>
      [...within(first()).getByTestId('learned').querySelectorAll('li')].map((li) => li.dataset.fact);
    expect(within(first()).getByText(english.t('mode.direct.says'), { exact: false })).toBeTruthy();
    expect(learned()).toContain('ip-address');
    expect(screen.getByTestId('plain-answer').textContent).toMatch(/^Opening this mail tells .* that you read it/);
    fireEvent.change(screen.getByLabelText('If you read this in:'), { target: { value: 'gmail' } });
    expect(within(first()).getByText(english.t('mode.gmail.says'), { exact: false })).toBeTruthy();
    expect(learned()).not.toContain('ip-address');
    expect(learned()).toContain('proxied-open');
    expect(screen.getByTestId('plain-answer').textContent).toContain(english.t('learnedShort.proxied-open'));
    fireEvent.change(screen.getByLabelText('If you read this in:'), { target: { value: 'outlook-default' } });
    expect(learned()).toEqual(['none']);
    expect(screen.getByTestId('plain-answer').textContent).toMatch(/tells no one as long as you do not allow pictures/);
    expect(screen.getByTestId('verdict').textContent).toMatch(/blocked until you allow pictures/);
    // A click is not an opening: the link's finding learns the same in every way of reading.
    expect(within(screen.getAllByTestId('finding')[3]!).getByTestId('learned').textContent).toMatch(/clicked/);
  });

  it('moves between tabs with the arrow keys and copies a link without opening it', async () => {
    const fake = await openMail();
    const findingsTab = screen.getByRole('tab', { name: ui('tabs.findings', { count: 4 }) });
    expect(findingsTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(findingsTab, { key: 'ArrowRight' });
    const linksTab = screen.getByRole('tab', { name: ui('tabs.links', { count: 1 }) });
    expect(linksTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(linksTab);
    expect(screen.getByText(ui('links.personal'))).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('links.copy') })));
    // Through main (the page has no clipboard permission), never by opening the link.
    expect(fake.api.copyText).toHaveBeenCalledWith(REPORT.links[0]!.url);
    expect(screen.getByText(ui('links.copied'))).toBeTruthy();

    fireEvent.keyDown(linksTab, { key: 'End' });
    expect(screen.getByTestId('rights')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: ui('tabs.rights') }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByTestId('attachments')).toBeTruthy();
    expect(screen.getByText('terms.pdf')).toBeTruthy();
    expect(screen.getByText('ab'.repeat(32))).toBeTruthy();
  });

  it('follows a marker clicked in the preview: back to the findings, that finding selected and focused', async () => {
    await openMail();
    fireEvent.click(screen.getByRole('tab', { name: ui('tabs.links', { count: 1 }) }));
    // What the marker's click listener does (jsdom does not load srcdoc frames; see preview-sanitiser.test).
    act(() => useMailLens.getState().selectFinding(3, 'marker'));
    const item = screen.getAllByTestId('finding').find((element) => element.dataset.findingIndex === '3')!;
    expect(item.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(item);
  });

  it('asks main for the preview of another message of an mbox', async () => {
    const second = { ...REPORT, index: 2, subject: 'Second message' };
    const fake = installFakeMailLens({ kind: 'opened', mail: { ...MAIL, format: 'mbox', messages: [REPORT, second] } });
    render(<App />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('start.open') })));
    await act(async () => fireEvent.change(screen.getByLabelText(ui('picker.label')), { target: { value: '1' } }));
    expect(fake.api.previewMessage).toHaveBeenCalledWith(2);
    expect(screen.getByTestId('subject').textContent).toBe('Second message');
    expect(document.title).toBe('Second message');
    expect(screen.getByText(en.preview.failed('no preview in this test'))).toBeTruthy();
  });

  it('renders the preview in a frame that may never run scripts', async () => {
    await openMail();
    const frame = screen.getByTestId('preview') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    expect(srcdoc).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(srcdoc).toContain('data-ml-ref="1"');
  });
});
