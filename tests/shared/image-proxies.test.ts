import { describe, expect, it } from 'vitest';

import { analyseMessage } from '../../shared/analysis/analyse-message';
import { unwrapImageProxy } from '../../shared/knowledge/image-proxies';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { bareMessage, openImage } from '../helpers/bare-message';

const MAILCHIMP_OPEN =
  'https://acme.us5.list-manage.com/track/open.php?u=2b1c3d4e5f6a7b8c9d0e1f2a3&id=9f8e7d6c5b&e=a1b2c3d4e5';
const GMAIL = `https://ci3.googleusercontent.com/meips/ADKq_NZPgWXZ04UfWb7-b9KtLkh6ddLvtSKVR-28-kSdDO9z75zUlw9e2aDHlQU#${MAILCHIMP_OPEN}`;

const message = bareMessage(['reader@example.org']);
const image = openImage;

describe('webmail image proxies', () => {
  it('finds the original behind Gmail (after "#") and Yahoo Mail (url=)', () => {
    expect(unwrapImageProxy(new URL(GMAIL))?.original.href).toBe(MAILCHIMP_OPEN);
    expect(unwrapImageProxy(new URL(GMAIL.replace('/meips/', '/proxy/')))?.proxy.id).toBe('gmail');
    const yahoo = `https://ecp.yusercontent.com/mail?url=${encodeURIComponent('https://cdn.shop.example/logo.png?v=1')}&t=1703250218&sig=SURG`;
    expect(unwrapImageProxy(new URL(yahoo))?.original.href).toBe('https://cdn.shop.example/logo.png?v=1');
  });

  it('leaves other addresses of the same hosts alone', () => {
    expect(unwrapImageProxy(new URL('https://lh3.googleusercontent.com/a/ACg8ocJAXfUO0=s64'))).toBeNull();
    expect(unwrapImageProxy(new URL('https://ci3.googleusercontent.com/proxy/abc#not-a-url'))).toBeNull();
  });

  it('names the tracker behind the proxy and says what the sender still learns', () => {
    const logo =
      'https://ci4.googleusercontent.com/proxy/hDaRMKIQb_UVBkY_QXedbNxXK3UDTEWwWmsYEJW2juLP#https://cdn.shop.example/img/logo.png';
    const analysis = analyseMessage(message, [image(GMAIL), image(logo)], { matcher: trackerMatcher() });
    const [pixel, picture] = analysis.findings;
    expect(pixel!.url).toBe(GMAIL);
    expect(pixel!.tracker?.name).toBe('Mailchimp');
    expect(pixel!.identifies).toBe('recipient-id');
    expect(pixel!.imageProxy).toMatchObject({ id: 'gmail', original: MAILCHIMP_OPEN });
    // Google fetches it: the sender learns of the opening and who opened, not the reader's IP address.
    expect(pixel!.learns).toEqual(['proxied-open', 'identity']);
    // The proxy's own long path code is not taken for a code unique to the reader.
    expect(picture!.certainty).toBe('remote-content');
    expect(picture!.tokens).toEqual([]);
  });
});
