// Real newsletters received by two subscribers (.u1/.u2). Every tracking pixel below was checked by
// hand against the mail's HTML and headers; the table is the expected answer.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseMessage, type MessageAnalysis } from '../../shared/analysis/analyse-message';
import { urlTokens } from '../../shared/analysis/url-tokens';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { CORPUS } from '../helpers/corpus';

const ROOT = join(CORPUS, 'eml', 'unspy-newsletters');

interface Pixel {
  /** A piece of the pixel's URL that tells it apart. */
  readonly url: string;
  /** The service it must be named after (matched against the tracker's name). */
  readonly service: RegExp;
}

/** Checked by hand: each mail's tracking pixels and who runs them. */
const PIXELS: Readonly<Record<string, readonly Pixel[]>> = {
  '_todo/_no-user-tracking/2023-01-16-norma': [],
  '_todo/convertkit/examples/2023-01-16-zeitzuleben': [],
  '_todo/elaine/examples/2023-01-15-rewe': [
    { url: 'epost.rewe.de/action/view/', service: /ELAINE/i },
    { url: 'de-config.sensic.net/tp', service: /GfK|sensic|NIQ/i },
  ],
  // fairmailing (fairkom, Austria) hosts phpList; its ut.php is phpList's open tracker.
  '_todo/fairmailing/examples/2023-01-03-oekoligenta': [{ url: '/lists/ut.php?u=', service: /fairmailing|phpList/i }],
  '_todo/getresponse/examples/2023-01-06-vfl-bochum': [{ url: '/open.html?x=', service: /GetResponse/i }],
  '_todo/inxmail/examples/2023-02-17-rp-online': [
    { url: 'de.ioam.de/tx.io', service: /INFOnline/i },
    { url: 'newsletter.rp-online.de/d?o', service: /Inxmail/i },
  ],
  '_todo/klaviyo/examples/2023-01-25-katjes': [{ url: 'trk.klclick.com/wf/open?upn=', service: /Klaviyo/i }],
  '_todo/klaviyo/examples/2023-02-16-casida': [{ url: 'trk.klclick1.com/wf/open?upn=', service: /Klaviyo/i }],
  // Its pictures come from amxe.net too, without a per-recipient part: content, not pixels.
  '_todo/newsletter2go/examples/2023-01-02-schoepflin': [{ url: 'amxe.net/uxz7dfiv-', service: /Newsletter2Go/i }],
  '_todo/optimizely/examples/2023-01-04-wwf': [{ url: 'news.wwf.de/op/', service: /Optimizely|Episerver/i }],
  '_todo/sendinblue/examples/2023-01-06-trusted-shops': [{ url: '/tr/op/', service: /Brevo|Sendinblue/i }],
  'cleverreach/examples/2023-01-02-oekumenisches-asylforum': [{ url: 'crsend.com/stats/', service: /CleverReach/i }],
  'inxmail/examples/2023-02-16-inxmail': [{ url: 'newsletter.inxmail.de/d/d.gif?o', service: /Inxmail/i }],
  'mailchimp/examples/2023-01-17-schreibsuchti': [{ url: 'list-manage.com/track/open.php', service: /Mailchimp/i }],
};

/** The two copies of a newsletter: `<stem>.u1.eml` / `.u2.eml` or `<stem>-u1.eml` / `-u2.eml`. */
function pairFiles(stem: string): [string, string] {
  const separator = existsSync(join(ROOT, `${stem}.u1.eml`)) ? '.' : '-';
  return [join(ROOT, `${stem}${separator}u1.eml`), join(ROOT, `${stem}${separator}u2.eml`)];
}

async function analyse(path: string): Promise<MessageAnalysis> {
  const message = await readEml(readFileSync(path));
  return analyseMessage(message, findRemoteReferences(message), { matcher: trackerMatcher() });
}

describe('unspy newsletters', () => {
  it.each(Object.entries(PIXELS))('%s: every tracking pixel is named with the right service', async (stem, pixels) => {
    for (const path of pairFiles(stem)) {
      const analysis = await analyse(path);
      const opened = analysis.findings.filter((finding) => finding.trigger === 'open');
      for (const pixel of pixels) {
        const found = opened.filter((finding) => finding.url.includes(pixel.url));
        expect(found.length, `${pixel.url} in ${path}`).toBeGreaterThan(0);
        for (const finding of found) {
          expect(finding.certainty, finding.url).toBe('named');
          expect(finding.tracker?.name, finding.url).toMatch(pixel.service);
        }
      }
      // Nothing else looks like a pixel that we failed to name.
      const unnamedLikely = opened.filter((finding) => finding.certainty === 'likely');
      expect(unnamedLikely.map((finding) => finding.url)).toEqual([]);
    }
  });

  it.each(Object.keys(PIXELS))('%s: tokens that differ between the two subscribers are flagged', async (stem) => {
    const [first, second] = await Promise.all(pairFiles(stem).map(analyse));
    expect(first!.findings.length).toBe(second!.findings.length);
    let differing = 0;
    first!.findings.forEach((finding, index) => {
      const other = second!.findings[index]!;
      if (finding.url === other.url) return;
      const theirs = new Map(urlTokens(other.url).map((token) => [token.where, token.raw]));
      for (const token of urlTokens(finding.url)) {
        if (theirs.get(token.where) === token.raw) continue;
        differing += 1;
        expect(
          finding.tokens.map((flagged) => flagged.where),
          `${token.where} of ${finding.url}`,
        ).toContain(token.where);
      }
    });
    console.log(`${stem}: ${differing} per-recipient tokens differ between u1 and u2, all flagged`);
  });
});
