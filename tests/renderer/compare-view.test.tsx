// @vitest-environment jsdom
// "Compare with another copy…": the button and the File menu ask main for a comparison; the findings
// then show their proof (both values) and "identifies you (proven …)", or say that nothing is proven.

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { compareCopies } from '../../shared/analysis/compare-copies';
import type { CompareOutcome } from '../../shared/ipc/contract';
import type { MessageReport } from '../../shared/model/report';
import { App } from '../../renderer/src/App';
import { ui } from '../../renderer/src/i18n';
import { en } from '../../renderer/src/strings/en';
import { installFakeMailLens, MAIL, REPORT } from './fake-maillens';

afterEach(cleanup);

/** Another reader's copy: the same mail with the Mailchimp id and the unknown pixel's code changed. */
const OTHER: MessageReport = {
  ...REPORT,
  to: [{ name: '', address: 'someone-else@example.org' }],
  references: REPORT.references.map((finding) => ({
    ...finding,
    url: finding.url.replace('e=a1b2c3d4e5', 'e=99ffee1122').replace('c=8f7d6e5c4b3a', 'c=0a1b2c3d4e5f'),
  })),
};

async function openAndCompare(outcome: CompareOutcome) {
  const fake = installFakeMailLens({ kind: 'opened', mail: MAIL });
  fake.api.compareWithCopy.mockResolvedValue(outcome);
  render(<App />);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('start.open') })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: ui('compare.button') })));
  return fake;
}

const findingAt = (index: number) =>
  screen.getAllByTestId('finding').find((item) => item.getAttribute('data-finding-index') === String(index))!;

describe('comparing with another copy', () => {
  it('upgrades "probably identifies you" to proven and shows both values', async () => {
    const comparison = compareCopies(REPORT, OTHER);
    const fake = await openAndCompare({ kind: 'compared', index: 1, fileName: 'copy-of-reader-2.eml', comparison });
    expect(fake.api.compareWithCopy).toHaveBeenCalledWith(REPORT.index);

    const summary = screen.getByTestId('comparison-summary');
    expect(within(summary).getByText(ui('compare.with', { fileName: 'copy-of-reader-2.eml' }))).toBeTruthy();
    expect(summary.textContent).toContain(
      ui('compare.compared', {
        references: ui('compare.remoteItems', { count: comparison.summary.references }),
        links: ui('compare.links', { count: comparison.summary.links }),
      }),
    );
    expect(summary.textContent).toContain(ui('compare.trackers', { names: 'Mailchimp' }));

    const pixel = findingAt(3); // the unknown pixel, "probably identifies you" before
    expect(within(pixel).getByText(ui('compare.identifiesProven'))).toBeTruthy();
    expect(within(pixel).queryByText(en.identifies['probable-token'])).toBeNull();
    const note = within(pixel).getByTestId('comparison-note');
    expect(note.textContent).toContain(ui('compare.provenNote'));
    expect(note.textContent).toContain('8f7d6e5c4b3a');
    expect(note.textContent).toContain('0a1b2c3d4e5f');

    expect(within(findingAt(0)).queryByTestId('comparison-note')).toBeNull(); // the logo is the same in both

    await act(async () => fireEvent.click(within(summary).getByRole('button', { name: ui('compare.clear') })));
    expect(screen.queryByTestId('comparison-summary')).toBeNull();
    expect(within(findingAt(3)).getByText(en.identifies['probable-token'])).toBeTruthy();
  });

  it('says so when the other file is not a copy of the same mail, and proves nothing', async () => {
    const unrelated: MessageReport = {
      ...OTHER,
      references: [{ ...REPORT.references[0]!, url: 'https://photos.example.net/album/beach.jpg' }],
      links: [],
    };
    const comparison = compareCopies(REPORT, unrelated);
    expect(comparison.verdict).toBe('not-a-copy');
    await openAndCompare({ kind: 'compared', index: 1, fileName: 'photos.eml', comparison });
    expect(screen.getByTestId('comparison-summary').textContent).toContain(ui('compare.notACopy'));
    expect(screen.queryAllByTestId('comparison-note')).toEqual([]);
    expect(within(findingAt(3)).getByText(en.identifies['probable-token'])).toBeTruthy();
  });

  it('starts from the File menu too, and shows why a comparison failed', async () => {
    const fake = await openAndCompare({
      kind: 'failed',
      fileName: 'notes.txt',
      error: 'only mail files can be opened',
    });
    expect(screen.getByRole('alert').textContent).toBe(
      ui('compare.failed', { fileName: 'notes.txt', error: 'only mail files can be opened' }),
    );
    fake.api.compareWithCopy.mockResolvedValue({ kind: 'canceled' });
    await act(async () => fake.emitCompareRequested());
    expect(fake.api.compareWithCopy).toHaveBeenCalledTimes(2);
    // A canceled dialog leaves what was shown before.
    expect(screen.getByRole('alert').textContent).toBe(
      ui('compare.failed', { fileName: 'notes.txt', error: 'only mail files can be opened' }),
    );
  });
});
