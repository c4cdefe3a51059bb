import { describe, expect, it } from 'vitest';

import { classifyReference, type MailContext } from '../../shared/analysis/classify-reference';
import { explainLearning } from '../../shared/analysis/describe-learning';
import { RecipientLeakFinder } from '../../shared/analysis/recipient-leak';
import type { RemoteReference } from '../../shared/model/reference';
import { TrackerMatcher } from '../../shared/trackers/match-tracker';
import { bareMessage } from '../helpers/bare-message';
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

  it('names a picture whose address is the tracking address of its service', () => {
    // A tracking host whose path says it traces, with the per-mail id as the file name.
    const traced = classify(
      image('https://track.example-esp.test/trace/mail/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432.png'),
    );
    expect(traced.tracker?.name).toBe('Example ESP');
    // The service's own path pattern, even when the file is named like a spacer.
    const service: TrackerService = { ...SERVICE, pathPatterns: [{ pattern: '^/brand_email_link/spacer\\.gif' }] };
    const spacer = classifyReference(
      image('https://www.brand.test/brand_email_link/spacer.gif', { declaredSize: { width: 1, height: 1 } }),
      {
        matcher: new TrackerMatcher([service]),
        leaks: new RecipientLeakFinder([]),
        urlCounts: new Map(),
        imagesPerHost: new Map(),
      },
    );
    expect(spacer.certainty).toBe('named');
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
    const open = image('https://shop.test/open/banner.gif');
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
    const analysis = analyseMessage(bareMessage(), references, { matcher: new TrackerMatcher([]) });
    expect(analysis.findings.at(-1)?.certainty).toBe('likely');
  });
});

describe('the classes the peers catch and we missed, and the false alarms', () => {
  it('calls an image with an open-tracking word and a per-message code likely, without any size', () => {
    for (const url of [
      'http://fullnf.example/track/3eiJGG44565WExR786nkpsutsxuz1742TJUIIUCPCYRLSFS746VTCA33378B9',
      'http://betaside.example/open/P2Q9Mjg1NjgmZWk9MTAzNTY5NzUmaWY9MTUyMzkmbGk9NDM5',
      'https://shop.example/cgi-bin/pixel.gif?t=Rx7GmHZGb8iscAcliXOaa',
      'http://203.0.113.7/cgi-bin/count.cgi?id=x7Qp2Lz9KwR4mN8v',
      'http://mail.example/track/o4473rjmyL7205649bCRG3someone@pot7htb928735rmJr408',
      'https://nl.news.example/imp?s=89931&m=6a2629809201a51193688c68a15bc5af',
    ]) {
      const finding = classify(image(url));
      expect(finding.certainty, url).toBe('likely');
      expect(finding.signals.find((signal) => signal.id === 'path-word')?.weight, url).toBe('strong');
      expect(finding.identifies, url).toBe('probable-token');
    }
  });

  it('leaves the tracking word alone weak, and never reads it in a font name', () => {
    expect(classify(image('https://shop.example/view/logo.gif')).certainty).toBe('possible');
    const font = classify({
      ...image('https://assets.example/fonts/open-sans-v13-latin-regular.woff2'),
      vector: 'css-font-face',
    });
    expect(font.signals.map((signal) => signal.id)).not.toContain('path-word');
    expect(font.certainty).toBe('remote-content');
    // A campaign label is not the request's purpose.
    const thumbnail = classify(image('https://img.example/course/575076_3843_3.gif?utm_term=TRACK_3x1&x=AkMfcFhRR3w'));
    expect(thumbnail.signals.map((signal) => signal.id)).not.toContain('path-word');
  });

  it('does not take content-hash file names of an asset store for codes unique to the reader', () => {
    const names = [
      '39286719cc84e0e07511172622655f9329ad8ed4273322f8bdf0ba2bd88a7ff9',
      '73cfc833006748c0b5069ea5f8696158',
    ];
    const url = `https://news.example/assets/imh/39/2/${names[0]}.gif?newsletter=Willkommensserie%2F2023`;
    const hosts = { contentAddressedHosts: new Set(['news.example']) };
    const finding = classify(image(url), hosts);
    expect(finding.tokens).toEqual([]);
    expect(finding.certainty).toBe('remote-content');
    // The same name on a host that names no other image so: a hashed pixel stays suspect.
    expect(classify(image(url)).signals.map((signal) => signal.id)).toContain('opaque-token');
  });

  it('knows which parameters of a service are account and campaign ids, the same for every recipient', () => {
    const service: TrackerService = { ...SERVICE, sharedParams: ['u', 'id'] };
    const finding = classifyReference(
      {
        ...image('https://eu.track.example-esp.test/vcard?u=5e78d7ef2297cc80842b7591e&id=93b720b585'),
        vector: 'a-href',
        trigger: 'action',
      },
      {
        matcher: new TrackerMatcher([service]),
        leaks: new RecipientLeakFinder(['reader@example.org']),
        urlCounts: new Map(),
        imagesPerHost: new Map(),
      },
    );
    expect(finding.tokens).toEqual([]);
    expect(finding.identifies).toBeNull();
  });

  it('does not suspect a spacer used five times for a code in its folder name', () => {
    const url = 'https://newsletter.example/resc/1/182c5e4510f/0/transparent.gif';
    const finding = classify(image(url, { declaredSize: { width: 1, height: 1 } }), {
      urlCounts: new Map([[url, 24]]),
    });
    expect(finding.certainty).toBe('remote-content');
  });

  it('finds the address written into the host name', () => {
    // Host names are case-insensitive, so only case-free encodings survive there: hex, base32.
    const label = Buffer.from('reader@example.org').toString('hex');
    const finding = classify(image(`https://${label}.t.example.net/o.gif`));
    expect(finding.recipientLeak[0]).toMatchObject({ address: 'reader@example.org', where: 'host name' });
    expect(finding.identifies).toBe('address');
    expect(finding.tokens[0]).toMatchObject({ where: 'host name', reason: 'address' });
  });
});

describe('a copy of a platform mail that the platform did not send', () => {
  const platform: TrackerService = { ...SERVICE, recipientParams: ['mid'], senderDomains: ['platformmail.test'] };
  const pixel = image('https://eu.track.example-esp.test/email_open_log_pic.php?mid=5999a3dc321a3G5af410968a6bG5999a8');
  const classifyFrom = (domains: string[], traced: boolean) =>
    classifyReference(pixel, {
      matcher: new TrackerMatcher([platform]),
      leaks: new RecipientLeakFinder(['reader@example.org']),
      urlCounts: new Map(),
      imagesPerHost: new Map(),
      sender: { domains, traced },
    });

  it('does not say the id identifies the reader: it was made for whoever got the original', () => {
    const copy = classifyFrom(['in4yjyj6sn.test', 'jumaterpolt.test'], true);
    expect(copy.certainty).toBe('named');
    expect(copy.identifies).toBeNull();
    expect(copy.tokens).toEqual([]);
    expect(copy.signals.find((signal) => signal.id === 'not-sent-by-service')?.says).toContain('not for you');
  });

  it('keeps the claim in mail the platform sent, and when an untraced copy cannot tell', () => {
    expect(classifyFrom(['bounce.platformmail.test'], true).identifies).toBe('recipient-id');
    expect(classifyFrom(['in4yjyj6sn.test'], false).identifies).toBe('recipient-id');
  });
});
