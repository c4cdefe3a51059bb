import { describe, expect, it } from 'vitest';

import { classifyReference, type MailContext } from '../../shared/analysis/classify-reference';
import { explainLearning } from '../../shared/analysis/describe-learning';
import { RecipientLeakFinder } from '../../shared/analysis/recipient-leak';
import type { RemoteReference } from '../../shared/model/reference';
import { TrackerMatcher } from '../../shared/trackers/match-tracker';
import type { TrackerService } from '../../shared/trackers/tracker-service';

const SERVICE: TrackerService = {
  id: 'example-esp',
  name: 'Example ESP',
  company: 'Example ESP B.V.',
  country: 'NL',
  kind: 'both',
  trackingHosts: ['track.example-esp.test'],
  contentHosts: ['img.example-esp.test'],
  pathPatterns: [{ pattern: '^/xo/[a-z0-9]{12,}\\.gif$' }],
  recipientParams: ['rid'],
  example: 'https://track.example-esp.test/o.gif?rid=abc123',
  source: 'test',
};

function image(url: string, extra: Partial<RemoteReference> = {}): RemoteReference {
  return {
    url,
    vector: 'img-src',
    trigger: 'open',
    location: { part: 'text/html', element: 'img', attribute: 'src' },
    ...extra,
  };
}

function classify(reference: RemoteReference, context: Partial<MailContext> = {}) {
  return classifyReference(reference, {
    matcher: new TrackerMatcher([SERVICE]),
    leaks: new RecipientLeakFinder(['reader@example.org']),
    urlCounts: new Map([[reference.url, 1]]),
    imagesPerHost: new Map([[new URL(reference.url).host, 2]]),
    ...context,
  });
}

describe('classifying a reference', () => {
  it('names a service by its tracking host and reads its recipient parameter', () => {
    const finding = classify(image('https://eu.track.example-esp.test/o.gif?rid=Zq81pL'));
    expect(finding.certainty).toBe('named');
    expect(finding.tracker).toMatchObject({
      name: 'Example ESP',
      country: 'NL',
      eea: true,
      matchedBy: 'tracking-host',
    });
    expect(finding.identifies).toBe('recipient-id');
    expect(finding.learns).toEqual(['ip-address', 'user-agent', 'open-time', 'identity']);
    expect(explainLearning(finding).at(-1)?.says).toContain('the id the service gave you');
  });

  it('names a service on a branded domain by its path pattern', () => {
    const finding = classify(image('https://news.brand.test/xo/a81bz9q2kk31.gif'));
    expect(finding.tracker?.matchedBy).toBe('path-pattern');
    expect(finding.identifies).toBe('probable-token');
  });

  it('treats a content host as the operator, not as a tracker', () => {
    const finding = classify(
      image('https://img.example-esp.test/logo.png', { declaredSize: { width: 200, height: 60 } }),
    );
    expect(finding.tracker).toBeNull();
    expect(finding.operator?.name).toBe('Example ESP');
    expect(finding.certainty).toBe('remote-content');
  });

  it('calls a 1×1 image likely, and a hidden one too', () => {
    expect(classify(image('https://x.test/a.gif', { declaredSize: { width: 1, height: 1 } })).certainty).toBe('likely');
    expect(classify(image('https://x.test/a.gif', { declaredSize: { width: 5, height: 5 } })).certainty).toBe('likely');
    expect(classify(image('https://x.test/a.gif', { declaredSize: { width: 6, height: 5 } })).certainty).toBe(
      'remote-content',
    );
    expect(classify(image('https://x.test/b.gif', { hidden: ['display:none'] })).certainty).toBe('likely');
  });

  it('does not call an image in a hidden mobile block likely', () => {
    const finding = classify(
      image('https://x.test/hero.jpg', {
        declaredSize: { width: 600, height: 300 },
        hidden: ['display:none on ancestor <div>'],
      }),
    );
    expect(finding.certainty).toBe('remote-content');
    const unsized = classify(image('https://x.test/m.png', { hidden: ['display:none on ancestor <table>'] }));
    expect(unsized.certainty).toBe('remote-content');
    expect(unsized.signals.map((signal) => signal.id)).toContain('hidden');
    expect(
      classify(
        image('https://x.test/p.gif', {
          declaredSize: { width: 1, height: 1 },
          hidden: ['display:none on ancestor <div>'],
        }),
      ).certainty,
    ).toBe('likely');
  });

  it('does not take a one-pixel-high rule line for a pixel', () => {
    expect(classify(image('https://x.test/line.png', { declaredSize: { width: 600, height: 1 } })).certainty).toBe(
      'remote-content',
    );
    expect(classify(image('https://x.test/dot.png', { declaredSize: { height: 1 } })).certainty).toBe('likely');
  });

  it('does not name a spacer served from a tracking host', () => {
    const finding = classify(
      image('https://track.example-esp.test/transparent.gif', { declaredSize: { width: 1, height: 1 } }),
    );
    expect(finding.tracker).toBeNull();
    expect(finding.operator?.name).toBe('Example ESP');
  });

  it('treats spacers and repeated images as design', () => {
    const spacer = classify(image('https://x.test/img/spacer.gif', { declaredSize: { width: 1, height: 1 } }));
    expect(spacer.certainty).toBe('remote-content');
    const personalSpacer = classify(
      image('https://x.test/img/spacer.gif?u=Zq81pLx0aa', { declaredSize: { width: 1, height: 1 } }),
    );
    expect(personalSpacer.certainty).toBe('possible');
    const repeated = image('https://x.test/dot.gif', { declaredSize: { width: 1, height: 1 } });
    expect(
      classify(repeated, { urlCounts: new Map([[repeated.url, 7]]) }).signals.map((signal) => signal.id),
    ).toContain('repeated');
  });

  it('finds the reader address and says the fetch identifies them', () => {
    const finding = classify(image('https://x.test/p.gif?to=reader%40example.org'));
    expect(finding.certainty).toBe('likely');
    expect(finding.identifies).toBe('address');
    expect(finding.recipientLeak).toEqual([
      { address: 'reader@example.org', encoding: 'url-encoded', where: 'query parameter "to"' },
    ]);
  });

  it('needs more than "only image from its host" to suspect an image', () => {
    const lone = image('https://cdn.shop.test/banner.jpg', { declaredSize: { width: 600, height: 200 } });
    expect(classify(lone, { imagesPerHost: new Map([['cdn.shop.test', 1]]) }).certainty).toBe('remote-content');
    const open = image('https://shop.test/open/7Hq2Lx9PzW.gif');
    expect(classify(open, { imagesPerHost: new Map([['shop.test', 1]]) }).certainty).toBe('possible');
  });

  it('explains conditional placement and what it reveals', () => {
    const printed = classify({
      ...image('https://x.test/p.gif'),
      vector: 'css-background',
      trigger: 'action',
      condition: 'print',
    });
    expect(printed.signals.map((signal) => signal.id)).toContain('print-only');
    expect(printed.learns).toContain('printed');
    const dns = classify({ ...image('https://x.test/'), vector: 'anchor-dns-prefetch', trigger: 'dns' });
    expect(dns.learns).toEqual(['dns-resolver']);
  });
});

describe('repetition', () => {
  it('counts only images, not links to the same URL', async () => {
    const { analyseMessage } = await import('../../shared/analysis/analyse-message');
    const url = 'http://t.example.test/cl/493/2459859';
    const references: RemoteReference[] = [
      ...Array.from({ length: 4 }, () => ({
        url,
        vector: 'a-href',
        trigger: 'action' as const,
        location: { part: 'text/html', element: 'a' },
      })),
      image(url, { declaredSize: { width: 1, height: 1 } }),
    ];
    const message = {
      format: 'eml',
      headers: [],
      subject: '',
      from: [],
      to: [],
      cc: [],
      date: null,
      bodies: [],
      attachments: [],
      attachedMessages: [],
      warnings: [],
    } as const;
    const analysis = analyseMessage(message, references, { matcher: new TrackerMatcher([]) });
    expect(analysis.findings.at(-1)?.certainty).toBe('likely');
  });
});
