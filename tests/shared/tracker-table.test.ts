import { describe, expect, it } from 'vitest';

import { isInEea } from '../../shared/knowledge/eea';
import { TRACKER_SERVICES, trackerMatcher } from '../../shared/trackers/tracker-table';

/** Ordinary content hosts (CDNs, image hosts, fonts, big sites): none of them may be called a tracker. */
const NOT_TRACKERS = [
  'https://fonts.googleapis.com/css?family=Roboto:400,700',
  'https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2',
  'https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css',
  'https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.4.0/css/all.min.css',
  'https://unpkg.com/react@18/umd/react.production.min.js',
  'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
  'https://i.imgur.com/abc123.png',
  'https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?w=600&q=80',
  'https://res.cloudinary.com/demo/image/upload/w_600/sample.jpg',
  'https://cdn.shopify.com/s/files/1/0262/logo.png?v=1614',
  'https://d1234abcd.cloudfront.net/newsletter/2023/header.jpg',
  'https://mybucket.s3.amazonaws.com/email/banner.png',
  'https://storage.googleapis.com/bucket/newsletter/hero.png',
  'https://example.blob.core.windows.net/images/logo.png',
  'https://lh3.googleusercontent.com/a/photo.jpg',
  'https://pbs.twimg.com/profile_images/1/avatar.jpg',
  'https://m.media-amazon.com/images/I/51abc.jpg',
  'https://www.google.com/logos/doodle.png',
  'https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=64',
  'https://static.xx.fbcdn.net/rsrc.php/v3/logo.png',
  'https://www.example.com/images/open-house.jpg',
  'https://www.example.com/track/listing/123.png',
  'https://www.example.com/open/2023/spring-sale.png',
  'https://shop.example.org/products/pixel-phone.jpg',
  'https://news.example.org/o/2023/header.gif',
  'https://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd',
  'https://img.youtube.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
  'https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg',
  'https://avatars.githubusercontent.com/u/9919?s=200',
  'https://raw.githubusercontent.com/user/repo/main/logo.png',
  'https://www.duo.nl/images/logo-duo.svg',
  'https://www.rijksoverheid.nl/binaries/header.png',
  'https://cdn.sanity.io/images/abc/production/hero-1200x600.jpg',
  'https://images.ctfassets.net/space/asset/hash/banner.jpg',
  'https://assets.website-files.com/5f/logo.svg',
];

describe('tracker table', () => {
  it('holds at least 350 services with unique ids', () => {
    expect(TRACKER_SERVICES.length).toBeGreaterThanOrEqual(350);
    expect(new Set(TRACKER_SERVICES.map((service) => service.id)).size).toBe(TRACKER_SERVICES.length);
  });

  it.each(TRACKER_SERVICES.map((service) => [service.id, service] as const))(
    '%s: example URL is named after it',
    (_id, service) => {
      expect(service.country).toMatch(/^[A-Z]{2}$/);
      expect(service.source).not.toBe('');
      expect(['opens', 'clicks', 'both', 'data-broker']).toContain(service.kind);
      const match = trackerMatcher().match(service.example);
      expect(match?.service.id).toBe(service.id);
    },
  );

  it.each(NOT_TRACKERS)('does not call %s a tracker', (url) => {
    const match = trackerMatcher().match(url);
    expect(
      match === null || match.matchedBy === 'content-host',
      `${url} matched ${match?.service.id} by ${match?.evidence}`,
    ).toBe(true);
  });

  it('derives EEA membership from the country', () => {
    expect(isInEea('NL')).toBe(true);
    expect(isInEea('no')).toBe(true);
    expect(isInEea('US')).toBe(false);
    expect(isInEea('GB')).toBe(false);
    expect(isInEea('CH')).toBe(false);
    // An owner not confirmed: neither inside nor outside, and the company says so.
    expect(isInEea('ZZ')).toBeNull();
    for (const service of TRACKER_SERVICES.filter((row) => row.country === 'ZZ')) {
      expect(service.company, service.id).toMatch(/owner not confirmed/);
    }
  });
});

describe('tracker matcher', () => {
  it('keeps the meaning of a pattern with a top-level alternative', async () => {
    const { TrackerMatcher } = await import('../../shared/trackers/match-tracker');
    const matcher = new TrackerMatcher([
      {
        id: 'alt',
        name: 'Alt',
        company: 'Alt Inc.',
        country: 'US',
        kind: 'opens',
        trackingHosts: [],
        pathPatterns: [{ pattern: '^/start-only|anywhere-x9' }, { pattern: '^/other' }],
        example: 'https://a.test/start-only',
        source: 'test',
      },
    ]);
    expect(matcher.match('https://a.test/deep/anywhere-x9.gif')?.service.id).toBe('alt');
    expect(matcher.match('https://a.test/deep/start-only')).toBeNull();
    expect(matcher.match('https://a.test/other/1')?.matchedBy).toBe('path-pattern');
  });
});

/** Open-pixel shapes of ESPs on the customer's own (branded, CNAMEd) domain: the path alone names them. */
const BRANDED_OPENS: readonly (readonly [string, string])[] = [
  ['sendgrid', 'https://url4455.news.brand-shop.example/wf/open?upn=u001.k-2BorH86MwN1t0woI-2BMz3F8xZgQ22bkzEJI43'],
  ['sendy', 'https://mail.brand-shop.example/t/Tu6OHcOnIGBvIvoH892YTA/nZ8L7SVCmW0FmhW9i892bZ2A'],
  ['sendy', 'https://www.brand-shop.example/sendy/t/Y1J4RCuwmTrl5kuEewjWeQ/x892IBQM0fa763mXH8pkVHW5w'],
  ['sailthru', 'https://link.brand-shop.example/img/5a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f/1a2b3c4d.gif'],
  ['campaign-monitor', 'https://news.brand-shop.example/t/d-o-ahkjyt-utdhtutdl/o.gif'],
  ['adobe-campaign', 'https://t.news.brand-shop.example/r/?id=hcc502c8a,53f15e99,1'],
  ['alida', 'https://www.community.brand-shop.example/c/static_images/b7e2c9a4f1d3.png1'],
  ['hubspot-marketing-email', 'https://info.brand-shop.example/e3t/Cto/ON+113/d1FQbg04/VWZcw45t7Kv8W2Bm4zT4lnbx-W3Ck0'],
  [
    'salesforce-marketing-cloud',
    'https://click.e.brand-shop.example/open.aspx?ffcb10-fec01677766d007b-fe2a1570776d0d7e7c1573-fe9912727d6d&d=40004',
  ],
  ['mailchimp', 'https://us8.mailchimp.com/mctx/opens?xid=0a1b2c3d4e&uid=30915195&pool=contact_facing'],
  ['netcore-pepipost', 'https://brandshop.pepipost.net/o/a1b2c3d4e5f60718293a4b5c6d7e8f90'],
  [
    'brevo',
    `https://img.email.brand-shop.example/im/2827948/${'98153d34'.repeat(8)}.png?e=XREzmznVNgapuUveltHPlX6b8g3RN2`,
  ],
];

describe('branded ESP open shapes', () => {
  it.each(BRANDED_OPENS)('names %s from %s', (id, url) => {
    expect(trackerMatcher().match(url)?.service.id).toBe(id);
  });

  it('keeps the Mailchimp confirmation pattern on mailchimp.com and Alida on its .png1 name', () => {
    expect(trackerMatcher().match('https://www.example.com/mctx/opens?xid=0a1b2c3d4e&uid=30915195')).toBeNull();
    expect(trackerMatcher().match('https://www.example.com/c/static_images/logo.png')).toBeNull();
  });

  it('keeps the rows taken from the peers on their own hosts', () => {
    for (const url of [
      'https://www.example.com/1px.gif?email_id=5f1e2d3c4b5a6978',
      'https://www.example.com/imgping?ad=abc',
      'https://www.example.com/trk?x=1',
      'https://www.example.com/-/open?u=1',
      'https://www.example.com/api/v1/clear.gif?v=1',
      'https://www.example.com/o/aBcDeF0123456789aBcD',
      // Shapes added from the peer rules that only count on the vendor's own hosts.
      'https://www.example.com/rd/7f3a9c2e5b1d4086a2c4',
      'https://www.example.com/r/v/7f3a9c2e5b1d4086a2c4',
      'https://www.example.com/t/open?id=7f3a9c2e5b1d4086a2c4',
      'https://www.example.com/email-beacon.png',
      'https://www.example.com/emailbeacon.png',
      'https://www.example.com/images/p1x1.gif',
      'https://www.example.com/e/o/7f3a9c2e5b1d4086a2c4',
      'https://www.example.com/c/banner.gif',
      'https://www.example.com/bbimage.aspx?id=1',
    ])
      expect(trackerMatcher().match(url), url).toBeNull();
  });
});

describe('peer-listed rows (owner not confirmed, or confirmed from a company page)', () => {
  it('fire on their vendors’ hosts only, unless their path shape is the vendor’s own', async () => {
    const { PEER_LISTED_UNCONFIRMED } = await import('../../shared/trackers/services/peer-listed-unconfirmed');
    const matcher = trackerMatcher();
    for (const service of PEER_LISTED_UNCONFIRMED) {
      // A pattern without hosts is a vendor-specific shape (`sv_emopen=true`, `emailMd5Lower=`): it may
      // fire anywhere. Every other row, moved to an ordinary host, must not be named.
      if ((service.pathPatterns ?? []).some((pattern) => !pattern.hosts)) continue;
      const moved = new URL(service.example);
      moved.hostname = 'www.example.com';
      expect(matcher.match(moved)?.service.id, moved.href).not.toBe(service.id);
    }
  });

  it('do not name ordinary paths on other hosts', async () => {
    const { PEER_LISTED_UNCONFIRMED } = await import('../../shared/trackers/services/peer-listed-unconfirmed');
    const ids = new Set(PEER_LISTED_UNCONFIRMED.map((service) => service.id));
    for (const url of [
      'https://www.example.com/ltrack?id=1',
      'https://www.example.com/track/listing/123.png',
      'https://www.example.com/i/banner.png',
      'https://www.example.com/a/article-1',
      'https://www.example.com/tr/page',
      'https://www.example.com/open/2023/spring-sale.png',
      'https://www.example.com/image/hero.jpg',
      'https://www.example.com/mo/offer',
      'https://www.example.com/e/o/7f3a9c2e5b1d4086a2c4',
      'https://www.example.com/logging/ping',
      'https://www.example.com/index.php/img/logo.png',
      'https://www.example.com/images/mail/header.png',
      'https://www.example.com/tracker/parcel/123',
      'https://www.example.com/pixel/photo.gif?/pixel.gif',
      'https://www.example.com/op/123/photo.gif',
    ]) {
      const match = trackerMatcher().match(url);
      expect(match && ids.has(match.service.id) ? match.service.id : null, url).toBeNull();
    }
  });
});
