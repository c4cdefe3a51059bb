import { describe, expect, it } from 'vitest';

import { analyseLink, unwrapLink } from '../../shared/analysis/analyse-links';
import { classifyReference } from '../../shared/analysis/classify-reference';
import { RecipientLeakFinder } from '../../shared/analysis/recipient-leak';
import type { RemoteReference } from '../../shared/model/reference';
import { TrackerMatcher } from '../../shared/trackers/match-tracker';

const DESTINATION = 'https://www.example.org/shop/item?id=42';
const enc = encodeURIComponent;

function link(url: string) {
  const reference: RemoteReference = {
    url,
    vector: 'a-href',
    trigger: 'action',
    location: { part: 'text/html', element: 'a' },
  };
  const context = {
    matcher: new TrackerMatcher([]),
    leaks: new RecipientLeakFinder(['reader@example.org']),
    urlCounts: new Map(),
    imagesPerHost: new Map(),
  };
  return analyseLink(classifyReference(reference, context));
}

describe('link wrappers', () => {
  it.each([
    [
      'Amazon SES',
      `https://a1b2c3.r.eu-west-1.awstrack.me/L0/${enc(DESTINATION)}/1/0102018f-aaaa/abcDEF=360`,
      'amazon-ses',
    ],
    ['Postmark', `https://click.pstmrk.it/3s/${enc(DESTINATION.replace('https://', ''))}/Ab1c/Xy2z`, 'postmark'],
    ['Google', `https://www.google.com/url?q=${enc(DESTINATION)}&sa=D&source=editors`, 'google-redirect'],
    ['Google url=', `https://www.google.com/url?url=${enc(DESTINATION)}`, 'google-redirect'],
    [
      'Safe Links',
      `https://eur01.safelinks.protection.outlook.com/?url=${enc(DESTINATION)}&data=05%7C01&sdata=x&reserved=0`,
      'microsoft-safe-links',
    ],
    [
      'Proofpoint v2',
      'https://urldefense.proofpoint.com/v2/url?u=https-3A__www.example.org_shop_item-3Fid-3D42&d=DwMF&c=x&r=y',
      'proofpoint-v2',
    ],
    ['Proofpoint v3', `https://urldefense.com/v3/__${DESTINATION}__;!!AbC!dEf123$`, 'proofpoint-v3'],
    ['generic url=', `https://click.example.net/c?url=${enc(DESTINATION)}`, 'redirect-parameter'],
    ['generic u=', `https://out.example.net/r?u=${enc(DESTINATION)}&t=1`, 'redirect-parameter'],
    ['generic redirect=', `https://t.example.net/x?redirect=${enc(DESTINATION)}`, 'redirect-parameter'],
    ['generic target=', `https://t.example.net/x?target=${enc(DESTINATION)}`, 'redirect-parameter'],
    ['base64 value', `https://t.example.net/x?url=${btoa(DESTINATION)}`, 'redirect-parameter'],
    [
      'base64url value',
      `https://t.example.net/x?u=${btoa(DESTINATION).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`,
      'redirect-parameter',
    ],
    ['Yesware ytl=', `https://t.yesware.com/tt/abc/def/ghi?ytl=${enc(DESTINATION)}`, 'yesware'],
    [
      'iContact destination=',
      `https://click.icptrack.com/icp/relay.php?r=1&msgid=2&destination=${enc(DESTINATION)}`,
      'icontact',
    ],
  ])('recovers the destination from %s', (_name, url, wrapper) => {
    const result = unwrapLink(url);
    expect(result.destination).toBe(DESTINATION);
    expect(result.wrappers[0]?.id).toBe(wrapper);
  });

  it('peels nested wrappers (Safe Links around an SES link)', () => {
    const ses = `https://a1.r.us-east-1.awstrack.me/L0/${enc(DESTINATION)}/1/abc`;
    const result = unwrapLink(`https://nam02.safelinks.protection.outlook.com/?url=${enc(ses)}&data=x`);
    expect(result.wrappers.map((wrapper) => wrapper.id)).toEqual(['microsoft-safe-links', 'amazon-ses']);
    expect(result.destination).toBe(DESTINATION);
  });

  it('says so when a link is not wrapped, and lists identifying parameters', () => {
    const report = link(
      'https://shop.example.org/sale?utm_source=newsletter&utm_campaign=nov&mc_eid=6496a8003f&mkt_tok=NzEx',
    );
    expect(report.wrappers).toEqual([]);
    expect(report.destinationNote).toContain('not wrapped');
    expect(report.identifyingParameters.map((parameter) => [parameter.name, parameter.personal])).toEqual([
      ['utm_source', false],
      ['utm_campaign', false],
      ['mc_eid', true],
      ['mkt_tok', true],
    ]);
  });

  it('finds identifying parameters inside the recovered destination and the reader address', () => {
    const target = 'https://shop.example.org/?_hsenc=p2ANqtz-abc&email=reader%40example.org';
    const report = link(`https://www.google.com/url?q=${enc(target)}`);
    expect(report.destination).toBe(target);
    expect(report.identifyingParameters.map((parameter) => parameter.name)).toEqual(['_hsenc']);
    expect(report.recipientLeak[0]?.encoding).toBe('url-encoded');
  });

  it('does not invent a destination for opaque click trackers', () => {
    expect(unwrapLink('https://trk.klclick1.com/ls/click?upn=8DVaPYyYoG9qGLem-2Fqld').destination).toBeNull();
    expect(
      unwrapLink('https://acme.us3.list-manage.com/track/click?u=5e78d7&id=2ed12&e=6496a8003f').destination,
    ).toBeNull();
  });
});
