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
    pattern: 'trk.365offers.trade',
    class: 'owner-not-confirmed',
    reason: 'who runs 365offers.trade today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'trk.365offers.trade',
    class: 'owner-not-confirmed',
    reason: 'who runs 365offers.trade today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mi.pbz.jp/',
    class: 'owner-not-confirmed',
    reason:
      'who runs 3hands (mi.pbz.jp) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/\\?sv_cid=\\d+_\\d+&sv_emopen=true&sv_sveme=\\w+',
    class: 'owner-not-confirmed',
    reason: 'who runs 4Cite today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'h-cast.jp/mail_open',
    class: 'owner-not-confirmed',
    reason:
      'who runs activecore (h-cast.jp) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/banman.asp\\?',
    class: 'owner-not-confirmed',
    reason:
      'who runs AdComplete (banman.asp) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'd.adtriba.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs Adtriba (d.adtriba.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'px1.bandsintown.com/.+.gif',
    class: 'owner-not-confirmed',
    reason: 'who runs Bandsintown today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'app.aislelabs.com/o/emailv3/emailv3onepixel.jsp',
    class: 'owner-not-confirmed',
    reason: 'who runs Aislelabs today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'gqco.net/i/',
    class: 'owner-not-confirmed',
    reason:
      'who runs gqco.net (listed under Alaska Airlines; not among the tracking domains impact.com documents) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'gqco.net\\/i\\/',
    class: 'owner-not-confirmed',
    reason:
      'who runs gqco.net (listed under Alaska Airlines; not among the tracking domains impact.com documents) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'info.apo.com/op/\\d+/.+.gif',
    class: 'owner-not-confirmed',
    reason: 'who runs Apo.com today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'clicks.bisonapp.com',
    class: 'owner-not-confirmed',
    reason: 'who runs Bison today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'bixel.io',
    class: 'owner-not-confirmed',
    reason:
      'who runs Bombcom (bixel.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'bixel.io',
    class: 'owner-not-confirmed',
    reason:
      'who runs Bombcom (bixel.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'boxbe.com/stfopen',
    class: 'owner-not-confirmed',
    reason: 'who runs Boxbe today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'boxbe.com\\/stfopen',
    class: 'owner-not-confirmed',
    reason: 'who runs Boxbe today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'browserstack.com/images/mail/track-open',
    class: 'owner-not-confirmed',
    reason:
      'who runs BrowserStack (India or Ireland) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'browserstack.com\\/images\\/mail\\/track-open',
    class: 'owner-not-confirmed',
    reason:
      'who runs BrowserStack (India or Ireland) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'canarymail.io(:\\d+)?/track',
    class: 'owner-not-confirmed',
    reason: 'who runs Canary Mail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'canarymail.io(:\\d+)?\\/track',
    class: 'owner-not-confirmed',
    reason: 'who runs Canary Mail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'coda.io/logging/ping',
    class: 'owner-not-confirmed',
    reason:
      'who runs Coda (bought by Grammarly in 2024, since renamed) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'coda.io\\/logging\\/ping',
    class: 'owner-not-confirmed',
    reason:
      'who runs Coda (bought by Grammarly in 2024, since renamed) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'cstrk.net/imp.aspx\\?l=',
    class: 'owner-not-confirmed',
    reason:
      'who runs CommissionSoup (cstrk.net) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'connequitymailer.com/open/',
    class: 'owner-not-confirmed',
    reason: 'who runs ConneQuityMailer today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'connequitymailer.com\\/open\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs ConneQuityMailer today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/o.aspx\\?t=',
    class: 'owner-not-confirmed',
    reason:
      'who runs Cprpt (/o.aspx?t=) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mailer.creditmantri.com/t/',
    class: 'owner-not-confirmed',
    reason: 'who runs Creditmantri today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mailer.creditmantri.com\\/t\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs Creditmantri today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'openedlog.(bdash-cloud|smart-bdash).com/opened',
    class: 'owner-not-confirmed',
    reason: 'who runs dataX (b→dash) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'click.xnxxinc.com/campaign/track-email/',
    class: 'owner-not-confirmed',
    reason: 'who runs Dating Profits today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'xpostmail.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs DidTheyReadIt (xpostmail.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'xpostmail.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs DidTheyReadIt (xpostmail.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'enews.itcu.org/op\\?m=',
    class: 'owner-not-confirmed',
    reason: 'who runs DocuMatix today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'r.doorkeeper.jp/(\\w|_|-){40,100}.png',
    class: 'owner-not-confirmed',
    reason: 'who runs Doorkeeper today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'email.syntricate.com.au',
    class: 'owner-not-confirmed',
    reason:
      "who runs email.syntricate.com.au (listed under DotDigital; a sender's host, its ESP not confirmed) today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'driftem.com/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs Driftem today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'driftem.com\\/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs Driftem today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'epidm.edgesuite.net',
    class: 'owner-not-confirmed',
    reason:
      'who runs epidm.edgesuite.net (an Akamai customer host) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'epidm.edgesuite.net',
    class: 'owner-not-confirmed',
    reason:
      'who runs epidm.edgesuite.net (an Akamai customer host) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'my-email-signature.link',
    class: 'owner-not-confirmed',
    reason:
      'who runs EmailTracker.website today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'my-email-signature.link',
    class: 'owner-not-confirmed',
    reason:
      'who runs EmailTracker.website today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'rec.mpse.jp/(.*)/rw/beacon_',
    class: 'owner-not-confirmed',
    reason:
      'who runs EmberPoint MailPublisher today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'ftrans03.com/linktrack/',
    class: 'owner-not-confirmed',
    reason: 'who runs Etransmail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'ftrans03.com\\/linktrack\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs Etransmail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'eventsinyourarea.com/track/',
    class: 'owner-not-confirmed',
    reason: 'who runs EventsInYourArea today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'eventsinyourarea.com\\/track',
    class: 'owner-not-confirmed',
    reason: 'who runs EventsInYourArea today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/e/eo\\?_t=[^>]+_m=[^>]+_e=',
    class: 'owner-not-confirmed',
    reason:
      "who runs the ESP behind Fastic's /e/eo?_t= shape today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'api.flatastic-app.com/index.php/img',
    class: 'owner-not-confirmed',
    reason: 'who runs Flatastic today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'formirror.com/open/',
    class: 'owner-not-confirmed',
    reason: 'who runs ForMirror today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'formirror.com\\/open\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs ForMirror today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'appinthestore.com/marketing/mail-user-deal/open',
    class: 'owner-not-confirmed',
    reason:
      'who runs GearBest (appinthestore.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'appinthestore.com\\/marketing\\/mail-user-deal\\/open',
    class: 'owner-not-confirmed',
    reason:
      'who runs GearBest (appinthestore.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'email81.com/case',
    class: 'owner-not-confirmed',
    reason:
      'who runs GetNotify (email81.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'email81.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs GetNotify (email81.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Trocker',
    pattern: 'email81\\.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs GetNotify (email81.com) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'greenmail.co.in',
    class: 'owner-not-confirmed',
    reason: 'who runs GreenMail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'greenmail.co.in',
    class: 'owner-not-confirmed',
    reason: 'who runs GreenMail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'hyperhub.com.au/newhub/api/email/track',
    class: 'owner-not-confirmed',
    reason: 'who runs Hyper Hyper today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'is-tracking-pixel-api-prod.appspot.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs is-tracking-pixel-api-prod.appspot.com (no vendor named) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'is-tracking-pixel-api-prod.appspot.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs is-tracking-pixel-api-prod.appspot.com (no vendor named) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'launchbit.com/taz-pixel',
    class: 'owner-not-confirmed',
    reason:
      'who runs LaunchBit (bought by BuySellAds) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'launchbit.com\\/taz-pixel',
    class: 'owner-not-confirmed',
    reason:
      'who runs LaunchBit (bought by BuySellAds) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'keychron.com/_t/open/',
    class: 'owner-not-confirmed',
    reason: 'who runs Keychron today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'go.rjmetrics.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs RJMetrics (bought by Magento, now Adobe; the product is closed) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'go.rjmetrics.com',
    class: 'owner-not-confirmed',
    reason:
      'who runs RJMetrics (bought by Magento, now Adobe; the product is closed) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'tracking.getmailbird.com/OpenTrackingPixel/',
    class: 'owner-not-confirmed',
    reason: 'who runs Mailbird today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mailcastr.com/image/',
    class: 'owner-not-confirmed',
    reason: 'who runs Mailcastr today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mailcastr.com\\/image\\/[a-zA-Z0-9-_]{64}',
    class: 'owner-not-confirmed',
    reason: 'who runs Mailcastr today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mailcoral.com/open',
    class: 'owner-not-confirmed',
    reason: 'who runs MailCoral today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mailcoral.com\\/open',
    class: 'owner-not-confirmed',
    reason: 'who runs MailCoral today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mailinifinity.com/ptrack',
    class: 'owner-not-confirmed',
    reason: 'who runs MailInifinity today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mailinifinity.com\\/ptrack',
    class: 'owner-not-confirmed',
    reason: 'who runs MailInifinity today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mailzter.in/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs Mailzter today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mailzter.in\\/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs Mailzter today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'gridinbound.blob.core.windows.net',
    class: 'owner-not-confirmed',
    reason:
      'who runs the Azure storage account gridinbound (its user is not known) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'netecart.com/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs NeteCart today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'netecart.com\\/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs NeteCart today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'nethunt.com/api/v1/track/email/',
    class: 'owner-not-confirmed',
    reason: 'who runs NetHunt CRM today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'nethunt.com\\/api\\/v1\\/track\\/email\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs NetHunt CRM today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'nethunt.co(.*)\\?/pixel.gif',
    class: 'owner-not-confirmed',
    reason: 'who runs NetHunt CRM today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'nethunt.co(.*)\\?\\/pixel.gif',
    class: 'owner-not-confirmed',
    reason: 'who runs NetHunt CRM today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'openbracket.co/track',
    class: 'owner-not-confirmed',
    reason: 'who runs OpenBracket today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'openbracket.co\\/track',
    class: 'owner-not-confirmed',
    reason: 'who runs OpenBracket today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'track.opicle.com',
    class: 'owner-not-confirmed',
    reason: 'who runs Opicle today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'track.opicle.com',
    class: 'owner-not-confirmed',
    reason: 'who runs Opicle today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'outmaster.co/mailer/index.php/campaigns/',
    class: 'owner-not-confirmed',
    reason: 'who runs OutMaster today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'email.payback.in/a/',
    class: 'owner-not-confirmed',
    reason: 'who runs PAYBACK India today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'email.payback.in\\/a\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs PAYBACK India today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'mail.payback.in/tr/',
    class: 'owner-not-confirmed',
    reason: 'who runs PAYBACK India today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mail.payback.in\\/tr\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs PAYBACK India today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'link.datacandy.com/i/',
    class: 'owner-not-confirmed',
    reason:
      'who runs Paystone (DataCandy) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'infinite-stream-5194.herokuapp.com/pixel',
    class: 'owner-not-confirmed',
    reason: 'who runs PersistIQ today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'prolificmail.com/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs ProlificMail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'prolificmail.com\\/ltrack',
    class: 'owner-not-confirmed',
    reason: 'who runs ProlificMail today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'replycal.com/home/index/\\?token',
    class: 'owner-not-confirmed',
    reason: 'who runs ReplyCal today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'replycal.com\\/home\\/index\\/\\?token',
    class: 'owner-not-confirmed',
    reason: 'who runs ReplyCal today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'replymsg.com',
    class: 'owner-not-confirmed',
    reason: 'who runs ReplyMsg today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'replymsg.com',
    class: 'owner-not-confirmed',
    reason: 'who runs ReplyMsg today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'opens.responder.co.il',
    class: 'owner-not-confirmed',
    reason: 'who runs Responder today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'opens.responder.co.il',
    class: 'owner-not-confirmed',
    reason: 'who runs Responder today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'welcome.michaelcassel.com/r/\\d{6,9}/1/\\d{6,9}/open/1',
    class: 'owner-not-confirmed',
    reason:
      "who runs the ESP behind one sender's /r/<n>/1/<n>/open/1 shape today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'signl.live/tracker',
    class: 'owner-not-confirmed',
    reason:
      'who runs Signal (signl.live) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'signl.live\\/tracker',
    class: 'owner-not-confirmed',
    reason:
      'who runs Signal (signl.live) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'smore.com/app/reporting/pixel/',
    class: 'owner-not-confirmed',
    reason: 'who runs Smore today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/ctt/mktOpen\\?',
    class: 'owner-not-confirmed',
    reason:
      "who runs the ESP behind Staples' /ctt/mktOpen shape today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'step-coupon.com/review_mail_read_status.html',
    class: 'owner-not-confirmed',
    reason: 'who runs Step Coupon today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'thetopinbox.com/track/',
    class: 'owner-not-confirmed',
    reason: 'who runs TheTopInbox today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'thetopinbox.com\\/track\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs TheTopInbox today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'trackapp.io/(b|r)/',
    class: 'owner-not-confirmed',
    reason:
      'who runs Track (trackapp.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'trackapp.io/static/img/track.gif',
    class: 'owner-not-confirmed',
    reason:
      'who runs Track (trackapp.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'trackapp.io\\/b\\/',
    class: 'owner-not-confirmed',
    reason:
      'who runs Track (trackapp.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'trackapp.io\\/r\\/',
    class: 'owner-not-confirmed',
    reason:
      'who runs Track (trackapp.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'trackapp.io\\/static\\/img\\/track.gif',
    class: 'owner-not-confirmed',
    reason:
      'who runs Track (trackapp.io) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: '/v1/(\\w|-){36}/\\d.gif\\?emailMd5Lower=',
    class: 'owner-not-confirmed',
    reason: 'who runs Traverse today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'post-images.com/amy/open.action',
    class: 'owner-not-confirmed',
    reason:
      'who runs post-images.com (listed under US Bancorp) today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'e.varibase.com/mail/MOS',
    class: 'owner-not-confirmed',
    reason: 'who runs Varibase today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'tracking.vcommission.com',
    class: 'owner-not-confirmed',
    reason: 'who runs vCommission today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'tracking.vcommission.com',
    class: 'owner-not-confirmed',
    reason: 'who runs vCommission today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'MailTrackerBlocker',
    pattern: 'tracking.weareweb.in/index.php/campaigns/',
    class: 'owner-not-confirmed',
    reason: 'who runs We Are Web today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'track.sp.actionkit.com\\/q\\/',
    class: 'owner-not-confirmed',
    reason:
      "who runs the sending platform behind ActionKit's track.sp host today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'Simplify',
    pattern: 'click.email.active.com\\/q',
    class: 'owner-not-confirmed',
    reason:
      "who runs the sending platform behind Active Network's click.email host today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'Simplify',
    pattern: 'mailer.codepen.io\\/q',
    class: 'owner-not-confirmed',
    reason:
      "who runs the sending platform behind CodePen's mailer host today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'Simplify',
    pattern: 'mailer.dzone.com\\/open.php',
    class: 'owner-not-confirmed',
    reason: 'who runs DZone today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'egocdn.com\\/syn\\/mail_s.php',
    class: 'owner-not-confirmed',
    reason: 'who runs egocdn.com today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'mention.com\\/e\\/o\\/',
    class: 'owner-not-confirmed',
    reason: 'who runs Mention today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: 'runtastic.com\\/mo\\/',
    class: 'owner-not-confirmed',
    reason:
      "who runs the ESP behind Runtastic's /mo/ host today, and from which country, was not confirmed: a row would invent its owner",
  },
  {
    peer: 'Simplify',
    pattern: '\\/WebEvent\\/SetCookie.gif\\?tp=',
    class: 'owner-not-confirmed',
    reason:
      'who runs the vendor of /WebEvent/SetCookie.gif (Simplify names it "Unknown") today, and from which country, was not confirmed: a row would invent its owner',
  },
  {
    peer: 'Simplify',
    pattern: '\\/smtp.mailopen',
    class: 'owner-not-confirmed',
    reason:
      'who runs the vendor of /smtp.mailopen (Simplify names it "Unknown") today, and from which country, was not confirmed: a row would invent its owner',
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
