// The peer rule data compiles as JavaScript regexes, keeps its provenance, and the re-implemented peer
// heuristics behave as the peers document them.

import { describe, expect, it } from 'vitest';

import mtbData from './mailtrackerblocker.json';
import simplifyData from './simplify.json';
import trockerData from './trocker.json';
import { PEER_RULES, peerHeuristicFlags, peerImages, peerNames } from './peer-rules';

const DATA = [mtbData, simplifyData, trockerData];

describe('peer rule data', () => {
  it.each(DATA.map((data) => [data.peer, data] as const))('%s: every pattern compiles with flag i', (_peer, data) => {
    expect(data.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(data.licence).not.toBe('');
    expect(data.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.rules.length).toBeGreaterThan(10);
    for (const rule of data.rules) {
      expect(rule.name).not.toBe('');
      expect(() => new RegExp(rule.pattern, 'i'), rule.pattern).not.toThrow();
    }
  });

  it('holds the sizes of the stored rule files', () => {
    expect(new Set(mtbData.rules.map((rule) => rule.name)).size).toBe(mtbData.vendorCount);
    expect(mtbData.rules).toHaveLength(414);
    expect(simplifyData.keyCount).toBe(177);
    expect(simplifyData.rules).toHaveLength(260);
    expect(new Set(trockerData.rules.map((rule) => rule.name)).size).toBe(trockerData.serviceCount);
  });

  it('kept the escapes: a \\d, \\? and \\/ still mean what they meant', () => {
    const rulesOf = (peer: keyof typeof PEER_RULES, name: string) =>
      PEER_RULES[peer].filter((rule) => rule.name === name).map((rule) => rule.regex);
    const [getResponse] = rulesOf('MailTrackerBlocker', 'GetResponse');
    expect(getResponse!.test('https://x.example/open.html?x=abc')).toBe(true);
    expect(getResponse!.test('https://x.example/open.htmlx=abc')).toBe(false);
    const [phpList] = rulesOf('Simplify', 'phpList.com');
    expect(phpList!.test('https://lists.example/lists/ut.php?u=12')).toBe(true);
    expect(phpList!.test('https://lists.example/lists/utaphp?u=12')).toBe(true); // an unescaped dot, as written
    // Trocker's strings are literal: the dot of a domain is a dot.
    const trocker = rulesOf('Trocker', 'Mailtrack (MT)');
    expect(trocker.some((regex) => regex.test('https://mailtrack.io/trace/mail/abc.png'))).toBe(true);
    expect(trocker.some((regex) => regex.test('https://mailtrackxio/trace/mail/abc.png'))).toBe(false);
  });
});

describe('peerNames', () => {
  it('reports the first rule of each peer that names a URL', () => {
    const names = peerNames('https://u123.ct.sendgrid.net/wf/open?upn=abc');
    expect(names.map((name) => name.peer).sort()).toEqual(['MailTrackerBlocker', 'Simplify', 'Trocker']);
    expect(names.find((name) => name.peer === 'Trocker')?.vendor).toBe('SendGrid (SG)');
  });

  it('names nothing for a plain picture', () => {
    expect(peerNames('https://cdn.example.org/images/header.jpg')).toEqual([]);
  });
});

describe('peer heuristics', () => {
  const flagsOf = (html: string) => peerImages(html).map((image) => peerHeuristicFlags(image));

  it('MailTrackerBlocker: width 0/1 attribute or inline width, spacers excluded', () => {
    expect(flagsOf('<img src="https://a.example/p.gif" width="1" height="1">')[0]).toContain('mtb-generic-pixel');
    expect(flagsOf('<img src="https://a.example/p.gif" style="width:0px">')[0]).toContain('mtb-generic-pixel');
    expect(flagsOf('<img src="https://a.example/p.gif" style="max-width:1px">')[0]).not.toContain('mtb-generic-pixel');
    expect(flagsOf('<img src="https://a.example/spacer.gif" width="1">')[0]).not.toContain('mtb-generic-pixel');
    expect(flagsOf('<img src="https://a.example/p.gif" width="10">')[0]).not.toContain('mtb-generic-pixel');
    // Height alone is not looked at.
    expect(flagsOf('<img src="https://a.example/p.gif" height="1">')[0]).not.toContain('mtb-generic-pixel');
  });

  it('Trocker: tiny by area or one known side, hidden inline, path words, repeated images skipped', () => {
    expect(flagsOf('<img src="https://a.example/p.gif" width="3" height="1">')[0]).toContain('trocker-tiny');
    expect(flagsOf('<img src="https://a.example/p.gif" width="2" height="2">')[0]).not.toContain('trocker-tiny');
    expect(flagsOf('<img src="https://a.example/p.gif" style="height:2px">')[0]).toContain('trocker-tiny');
    expect(flagsOf('<img src="https://a.example/p.gif" style="display:none !important">')[0]).toContain(
      'trocker-hidden',
    );
    expect(flagsOf('<img src="https://a.example/email/open?id=1">')[0]).toContain('trocker-path-word');
    expect(flagsOf('<img src="https://a.example/x.gif?e=open">')[0]).toContain('trocker-path-word');
    expect(flagsOf('<img src="https://open.example/x.gif">')[0]).toEqual([]);
    const repeated = '<img src="https://a.example/dot.gif" width="1" height="1">'.repeat(5);
    expect(flagsOf(repeated)[0]).toEqual(['mtb-generic-pixel']);
  });

  it('only looks at remote images', () => {
    expect(peerImages('<img src="data:image/gif;base64,R0lGOD" width="1"><img src="cid:x" width="1">')).toEqual([]);
    expect(peerImages('<img src="//a.example/p.gif">')[0]?.src).toBe('https://a.example/p.gif');
    // A browser reads `http:host/x` as `http://host/x`; a scheme-less `host/x` is relative to the webmail page.
    expect(peerImages('<img src="http:a.example/p.gif">')[0]?.src).toBe('http://a.example/p.gif');
    expect(peerImages('<img src="a.example/p.gif">')).toEqual([]);
  });
});
