// Peer rules that MailLens does not name on purpose (or cannot yet), each with its reason. Every other
// rule of MailTrackerBlocker, Simplify and Trocker must be named by MailLens on the URLs that
// tests/peers/peer-rule-coverage.test.ts writes for it.

import type { Peer } from './peer-rules';

export type ExceptionClass =
  /** The rule matches a shape so common that it cannot name one vendor on a sender's own domain. */
  | 'too-generic'
  /** Who runs the service today, and where, could not be confirmed: a row would invent facts. */
  | 'owner-not-confirmed'
  /** The rule as written cannot match what it means (a letter where a class was meant). */
  | 'broken-rule'
  /** The vendor is gone and its domain no longer serves mail. */
  | 'defunct'
  /** MailLens matches the URL but calls a picture path or spacer name without an identifying token its
   * operator's content (shared/analysis/classify-reference.ts); being changed in shared/analysis. */
  | 'classifier-demotion'
  /** The rule names no tracker: a first-party image or a content host of a big site. */
  | 'not-a-tracker'
  /** The path is the vendor's own site's shape: MailLens names it on the vendor's hosts (checked: the
   * test writes the rule's URLs on `host` and requires them named), not on anyone else's. */
  | 'on-vendor-hosts';

export interface PeerRuleException {
  readonly peer: Peer;
  readonly pattern: string;
  readonly class: ExceptionClass;
  readonly reason: string;
  /** For `on-vendor-hosts`: a host of the vendor on which the rule's URLs must be named. */
  readonly host?: string;
}

export const PEER_RULE_EXCEPTIONS: readonly PeerRuleException[] = [
  {
    peer: 'MailTrackerBlocker',
    pattern: '/o.aspx\\?t=',
    class: 'too-generic',
    reason:
      "a short open-script name with a one-letter parameter (/o.aspx?t=) on any host: senders' own scripts use it too, so it cannot name Cprpt (whose owner is not confirmed either) on a branded host",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/O/(\\w|-){214}',
    class: 'too-generic',
    reason:
      "read case-insensitively, any /o/ and 214 word characters: self-hosted Laravel pixels have that shape too (see peer-disagreements.ts); Epsilon's own /O/<34>/<32> shape is named",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/db/.*/.*/1.gif',
    class: 'too-generic',
    reason: "any /db/<a>/<b>/1.gif path: too generic to name Aurea on a sender's own domain",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'apptivo.com',
    class: 'too-generic',
    reason: "every URL of apptivo.com, the CRM's own website and its images: no tracking path of Apptivo is known",
  },
  {
    peer: 'Simplify',
    pattern: 'apptivo.com',
    class: 'too-generic',
    reason: "every URL of apptivo.com, the CRM's own website and its images: no tracking path of Apptivo is known",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/email/track\\?a=',
    class: 'too-generic',
    reason: "any /email/track?a= path: too generic to name Clarivate on a sender's own domain",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mail.[a-zA-Z0-9-.]+.pl/o/',
    class: 'too-generic',
    reason: "any mail.<domain>.pl/o/ path: too generic to name FreshMail on a Polish sender's own domain",
  },
  {
    peer: 'Simplify',
    pattern: 'mail.[a-zA-Z0-9-.]+.pl\\/o\\/',
    class: 'too-generic',
    reason: "any mail.<domain>.pl/o/ path: too generic to name FreshMail on a Polish sender's own domain",
  },
  {
    peer: 'Simplify',
    pattern: '\\/o\\/(\\w){10,}\\/(\\w){10,}',
    class: 'too-generic',
    reason: "any /o/<10+>/<10+> path: too generic to name FreshMail on a sender's own domain",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/emailprefs/images/\\w+/\\d+/\\d',
    class: 'too-generic',
    reason: "any /emailprefs/images/<a>/<n>/<n> path: too generic to name Neustar on a sender's own domain",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/t/o\\?',
    class: 'too-generic',
    reason: "any /t/o? path: too generic to name Oracle on a sender's own domain",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'app.outreach.io',
    class: 'too-generic',
    reason:
      "every URL of app.outreach.io, the web app itself; Outreach's open pixels (/api/mailings/opened/) are named",
  },
  {
    peer: 'Simplify',
    pattern: 'app.outreach.io',
    class: 'too-generic',
    reason:
      "every URL of app.outreach.io, the web app itself; Outreach's open pixels (/api/mailings/opened/) are named",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'selligent.com',
    class: 'too-generic',
    reason:
      "every URL of selligent.com, the vendor's website; Selligent's delivery hosts (slgnt.eu, emsecure.net) are named",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/[a-z]{2}/op/',
    class: 'too-generic',
    reason:
      "any /<two letters>/op/ path: too generic to name Brevo on a sender's own domain; Brevo's /tr/op/ and /mk/op/ shapes are named",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'getpic.php\\?l=',
    class: 'too-generic',
    reason: "any getpic.php?l= URL: too generic to name Traverse on a sender's own domain",
  },
  {
    peer: 'Simplify',
    pattern: '\\/[a-z].z\\?[a-z]=',
    class: 'too-generic',
    reason: "any /<letter>.z?<letter>= path: too generic to name JangoMail on a sender's own domain",
  },
  {
    peer: 'Simplify',
    pattern: '\\/track\\/open',
    class: 'too-generic',
    reason: "any /track/open path (Simplify names no vendor): too generic for a sender's own domain",
  },
  {
    peer: 'Simplify',
    pattern: '\\/open.aspx\\?tp=',
    class: 'too-generic',
    reason: "any /open.aspx?tp= path (Simplify names no vendor): too generic for a sender's own domain",
  },
  {
    peer: 'Simplify',
    pattern: 'email.[a-zA-Z0-9-.]+\\/o\\/[a-zA-Z0-9-_.]{64}',
    class: 'too-generic',
    reason:
      "any email.<domain>/o/<64 characters> path (Simplify names no vendor): too generic for a sender's own domain",
  },
  {
    peer: 'Trocker',
    pattern: 'constantcontact\\.com\\/images',
    class: 'too-generic',
    reason: 'every image on constantcontact.com (logos and customer pictures); its p1x1.gif pixel is named',
  },
  {
    peer: 'Simplify',
    pattern: 'cmail(d{1,2}).com\\/t\\/',
    class: 'broken-rule',
    reason:
      "written cmail(d{1,2}) (the letter d, not \\d): it matches cmaild.com, not Campaign Monitor's cmail<N>.com (named by host)",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'cloudhq-mkt(d).net/mail_track',
    class: 'broken-rule',
    reason:
      "written cloudhq-mkt(d) (the letter d, not \\d): it matches cloudhq-mktd.net, not cloudHQ's cloudhq-mkt<N>.net (named by host)",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/o/(w){10,}/(w){10,}',
    class: 'broken-rule',
    reason: 'written (w){10,} (the letter w, not \\w): it matches /o/wwwwwwwwww/wwwwwwwwww only',
  },
  {
    peer: 'Simplify',
    pattern: '\\/o.aspx?t=',
    class: 'broken-rule',
    reason:
      'written o.aspx?t= with an unescaped ?: it matches /o.aspxt= or /o.aspt=, never the /o.aspx?t= URL it means',
  },
  {
    peer: 'Simplify',
    pattern: 'email.(mailgun|mg)(.*)\\?\\/o\\/',
    class: 'broken-rule',
    reason:
      'written (.*)\\?\\/o\\/ (an escaped, literal ?): it needs "?/o/" in the URL, which Mailgun\'s /o/<token> opens never hold; those are named by their eJ token',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'sendibw{2}.com/track/',
    class: 'broken-rule',
    reason: "written sendibw{2} (sendibww.com): no such Brevo host; Brevo's sendibt<N>/sendibm<N> hosts are named",
  },
  {
    peer: 'Simplify',
    pattern: 'sendibw{2}.com\\/track\\/',
    class: 'broken-rule',
    reason: "written sendibw{2} (sendibww.com): no such Brevo host; Brevo's sendibt<N>/sendibm<N> hosts are named",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'tinyletterapp.com.*\\?open.gif/',
    class: 'defunct',
    reason: 'TinyLetter was closed by Mailchimp in February 2024; tinyletterapp.com is still named by host',
  },
  {
    peer: 'Simplify',
    pattern: 'tinyletterapp.com\\.*\\?open.gif',
    class: 'defunct',
    reason: 'TinyLetter was closed by Mailchimp in February 2024; tinyletterapp.com is still named by host',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'playdom.com/g',
    class: 'defunct',
    reason: 'Playdom was closed by Disney in 2016; playdom.com sends no mail',
  },
  {
    peer: 'Simplify',
    pattern: 'playdom.com\\/g',
    class: 'defunct',
    reason: 'Playdom was closed by Disney in 2016; playdom.com sends no mail',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'enews.zdnet.com/imagelibrary/',
    class: 'not-a-tracker',
    reason: "the image library of ZDNet's newsletters: pictures, the same for every reader; no open pixel shape",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/gp/r.html',
    class: 'on-vendor-hosts',
    reason: "Amazon's own redirect on amazon.com and its country sites; on another host the path names no vendor",
    host: 'www.amazon.com',
  },
  {
    peer: 'Simplify',
    pattern: '\\/gp\\/r.html',
    class: 'on-vendor-hosts',
    reason: "Amazon's own redirect on amazon.com and its country sites; on another host the path names no vendor",
    host: 'www.amazon.com',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/gp/forum/email/tracking',
    class: 'on-vendor-hosts',
    reason: "Amazon's own mail beacon on amazon.com and its country sites; on another host the path names no vendor",
    host: 'www.amazon.de',
  },
  {
    peer: 'Simplify',
    pattern: '\\/gp\\/forum\\/email\\/tracking',
    class: 'on-vendor-hosts',
    reason: "Amazon's own mail beacon on amazon.com and its country sites; on another host the path names no vendor",
    host: 'www.amazon.de',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'apple_email_link/spacer',
    class: 'on-vendor-hosts',
    reason: "Apple's own marketing-mail spacer on apple.com; elsewhere a file named spacer is layout",
    host: 'www.apple.com',
  },
  {
    peer: 'Simplify',
    pattern: 'apple_email_link\\/spacer',
    class: 'on-vendor-hosts',
    reason: "Apple's own marketing-mail spacer on apple.com; elsewhere a file named spacer is layout",
    host: 'www.apple.com',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'tj_mailer_opened_count_all.php',
    class: 'on-vendor-hosts',
    reason: "TechGig's own open counter on techgig.com",
    host: 'www.techgig.com',
  },
  {
    peer: 'Simplify',
    pattern: 'tj_mailer_opened_count_all.php',
    class: 'on-vendor-hosts',
    reason: "TechGig's own open counter on techgig.com",
    host: 'www.techgig.com',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'salesforceiq.com/t.png',
    class: 'classifier-demotion',
    reason:
      "a tracking host of Salesforce Inbox (RelateIQ), but /t.png with no code in it is a picture path: classify-reference calls it the operator's content",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'app.relateiq.com/t.png',
    class: 'classifier-demotion',
    reason:
      "a tracking host of Salesforce Inbox (RelateIQ), but /t.png with no code in it is a picture path: classify-reference calls it the operator's content",
  },
  {
    peer: 'Simplify',
    pattern: 'salesforceiq.com\\/t.png',
    class: 'classifier-demotion',
    reason:
      "a tracking host of Salesforce Inbox (RelateIQ), but /t.png with no code in it is a picture path: classify-reference calls it the operator's content",
  },
  {
    peer: 'Simplify',
    pattern: 'app.relateiq.com\\/t.png',
    class: 'classifier-demotion',
    reason:
      "a tracking host of Salesforce Inbox (RelateIQ), but /t.png with no code in it is a picture path: classify-reference calls it the operator's content",
  },
];

export function exceptionFor(peer: Peer, pattern: string): PeerRuleException | undefined {
  return PEER_RULE_EXCEPTIONS.find((entry) => entry.peer === peer && entry.pattern === pattern);
}
