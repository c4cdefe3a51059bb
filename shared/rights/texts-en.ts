// English texts of "Your rights" and of the access request letter. Same keys as texts-nl.ts (tested).
// Facts and rights only: no sentence says that a sender broke a rule.

import type { ArticleRef } from './gdpr-articles';
import type { IdentifyingUse, Party, UrlPlace } from './model';
import type { RightsTexts } from './texts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function citeArticle(ref: ArticleRef): string {
  const paragraph = ref.paragraph !== undefined ? `(${ref.paragraph})` : '';
  const points = ref.points
    ? ref.points
        .split('-')
        .map((point) => `(${point})`)
        .join('–')
    : '';
  return `GDPR art. ${ref.article}${paragraph}${points}`;
}

function place(where: UrlPlace): string {
  switch (where.kind) {
    case 'parameter':
      return `parameter "${where.name}"`;
    case 'path':
      return `path segment ${where.segment}`;
    case 'fragment':
      return 'the part after #';
    case 'host':
      return 'the host name';
  }
}

function partyLabel(party: Party): string {
  if (party.company) return party.company;
  if (party.services.length) return list(party.services);
  return `a tracker on ${list(party.hosts)}`;
}

/** "in the web address of an image of Mailchimp on x.list-manage.com", "in the link on ..." */
function inLink(use: IdentifyingUse): string {
  const what = use.trigger === 'open' ? 'the web address of an image' : 'the link';
  return use.service ? `in ${what} of ${use.service} on ${use.host}` : `in ${what} on ${use.host}`;
}

function whoDid(use: IdentifyingUse, subject: 'you' | 'I'): string {
  const did = use.trigger === 'open' ? 'opened the e-mail' : 'clicked';
  return subject === 'you' ? `This shows that it was you who ${did}.` : `This shows that it was me who ${did}.`;
}

function recipientId(use: IdentifyingUse, person: 'you' | 'me'): string {
  const where = use.where ? ` (${place(use.where)})` : '';
  const service = use.service ?? 'the service';
  const what = use.trigger === 'open' ? 'the web address of an image' : 'the link';
  return `the code that ${service} gave ${person} as a recipient${where}, in ${what} on ${use.host}`;
}

export const TEXTS_EN: RightsTexts = {
  sectionTitle: 'Your rights',
  headings: {
    collected: 'What this mail would collect',
    responsible: 'Who is responsible',
    transfers: 'Where the data would go',
    consent: 'What valid consent requires',
    'ip-address': 'Your IP address is personal data',
    'what-you-can-do': 'What you can do',
  },
  statements: {
    controller: ({ sender }) =>
      `${sender ? `${sender} sent this mail.` : 'The sender sent this mail.'} In the words of the GDPR, the sender ` +
      'is the controller: the organisation that decides why and how personal data are processed. ' +
      'So a request for access goes to the sender.',
    processor: () =>
      'A company that runs the tracking for the sender is a processor. It may use the data only on the ' +
      'documented instructions of the sender, under a contract with the sender.',
    ownController: () =>
      'If such a company also uses the data for purposes of its own, it decides those purposes itself. For that ' +
      'use it is a controller too. This mail does not show which of the two applies. The answer to an access ' +
      'request must name who received your data, or at least what kinds of recipients.',
    noParties: () => 'MailLens found no tracking company in this mail.',
    transferRules: () =>
      'Inside the EEA (the EU plus Iceland, Liechtenstein and Norway) the GDPR applies everywhere. Personal data ' +
      "may go to a country outside the EEA only under the GDPR's rules for transfers. There are three ways: the " +
      'European Commission has decided that the country protects data well enough; there are appropriate ' +
      'safeguards, such as standard data protection clauses adopted by the Commission or binding corporate rules; ' +
      'or one of the exceptions for specific situations applies.',
    headquartersOnly: () =>
      'These countries are where the companies have their headquarters. Where a company stores or handles the ' +
      'data can be elsewhere. The answer to an access request must name the recipients, or at least what kinds ' +
      'of recipients, in particular those in countries outside the EEA, and the safeguards for a transfer.',
    allInsideEea: () =>
      'Every company named here has its headquarters inside the EEA (the EU plus Iceland, Liechtenstein and ' +
      'Norway). The GDPR applies there.',
    consent: () =>
      'If a sender uses your data on the basis of your consent, that consent must be freely given, specific, ' +
      'informed and unambiguous. You give it by a statement or by a clear affirmative action. The sender must be ' +
      'able to show that you gave it. You can withdraw your consent at any time, and that must be as easy as ' +
      'giving it.',
    otherGrounds: () =>
      'Consent is one of six legal grounds for processing personal data. A sender can also rely on another ' +
      'ground, for example its legitimate interests.',
    ipRecital: () =>
      'The GDPR names internet protocol (IP) addresses as an example of the online identifiers by which ' +
      'people can be recognised: together with other information they can be used to build a profile of ' +
      'someone and identify them.',
    ipCourt: () =>
      'The Court of Justice of the European Union ruled that a dynamic IP address that a website records is ' +
      'personal data for that website when it has legal means to identify the person with extra data held by ' +
      'the internet provider (Breyer, case C-582/14, 19 October 2016).',
    onlineIdentifier: () => 'The GDPR names online identifiers among the things by which a person can be identified.',
    access: () =>
      'You can ask the sender whether it processes personal data about you, which data and for what purposes. ' +
      'You also get a copy. You do not need to give a reason.',
    answerTime: () =>
      'The sender must answer without undue delay, and at the latest one month after receiving your request. ' +
      'If the request is complex, or there are many requests, the sender may take two more months. It must then ' +
      'tell you so within the first month, with the reasons.',
    object: () =>
      'If the sender uses your data for its legitimate interests or for a task in the public interest, you can ' +
      'object on grounds relating to your particular situation. You can object at any time to the use of your ' +
      'data for direct marketing.',
    complain: ({ url }) =>
      'If you and the sender do not work it out, for example because no answer comes or the answer is ' +
      `incomplete, you can file a complaint with the Autoriteit Persoonsgegevens: ${url}`,
  },
  sourcesLabel: 'Sources',
  sourceLabel: {
    'ap-access': 'Autoriteit Persoonsgegevens, "Recht op inzage"',
    'ap-complaint': 'Autoriteit Persoonsgegevens, "Een tip of klacht indienen bij de AP"',
    'ap-complaint-info': 'Autoriteit Persoonsgegevens, "Klacht melden bij de AP"',
    'ap-object': 'Autoriteit Persoonsgegevens, "Recht van bezwaar"',
    'ap-transfers': 'Autoriteit Persoonsgegevens, "Doorgifte binnen en buiten de EU"',
    'gdpr-recital-30': 'GDPR (Regulation (EU) 2016/679), recital 30',
    'cjeu-breyer': 'Court of Justice of the EU, judgment in case C-582/14 (Breyer), 19 October 2016',
  },
  citeArticle,
  list,
  countryName: (code) => regionNames.of(code.toUpperCase()) ?? code,
  place,
  unnamedTracker: 'a tracker that MailLens cannot name',
  collected: {
    intro: 'If you open this e-mail with pictures on, its trackers can collect this about you:',
    none: 'MailLens found no tracker and no tracked link in this e-mail. So there is no list here of data they would collect about you.',
    otherRemote: (count) =>
      `The e-mail does load ${count === 1 ? 'one other item' : `${count} other items`} from the internet when you ` +
      'open it with pictures on. MailLens sees no sign of tracking in them, but each fetch shows that server ' +
      'your IP address and the time.',
    ip: (hosts) => `your IP address (it goes to ${hosts})`,
    openTimes: 'the time of each time you open the e-mail',
    userAgent: 'your e-mail program and your device (the User-Agent)',
    identifying: (use) =>
      use.how === 'address'
        ? `your own e-mail address, ${inLink(use)}. ${whoDid(use, 'you')}`
        : `${recipientId(use, 'you')}. ${whoDid(use, 'you')}`,
    probable: (use) =>
      `a code ${inLink(use)} that looks like a code for each recipient. It may belong to you, ` +
      'but that is not proven',
    clicks: (hosts) => `if you click a link: the time, your IP address and your browser (through ${hosts})`,
  },
  party: {
    intro: 'The trackers in this e-mail belong to:',
    describe: (party) => {
      const hosts = list(party.hosts);
      let text = party.company
        ? `${party.company} (${list(party.services)}), on ${hosts}`
        : party.services.length
          ? `${list(party.services)} (owner not confirmed), on ${hosts}`
          : `a tracker that MailLens cannot name, on ${hosts}`;
      if (party.senderDomain) text += `. This host is on the sender's own domain ${party.senderDomain}`;
      if (party.isSender) text += '. This company sent the e-mail itself';
      return text;
    },
    location: (party) => {
      const label = partyLabel(party);
      if (party.eea === null) {
        return party.services.length
          ? `${label}: owner not confirmed, so its country is not known`
          : `${label}: it is not known who runs it, so its country is not known either`;
      }
      const country = regionNames.of(party.country) ?? party.country;
      return `${label}: ${country}, ${party.eea ? 'inside' : 'outside'} the EEA`;
    },
  },
  letter: {
    placeholders: {
      senderName: '[name of the organisation]',
      senderAddress: '[address of the organisation]',
      readerName: '[your name]',
      readerAddress: '[your address]',
      mailDate: '[date of the e-mail]',
      subject: '[subject of the e-mail]',
      sentTo: '[your e-mail address]',
      letterDate: '[date]',
    },
    header: (fields, letterDate) =>
      `${fields.readerName}\n${fields.readerAddress}\n\nTo: ${fields.senderName}\n${fields.senderAddress}\n\n` +
      `Date: ${letterDate}`,
    subjectLine: 'Subject: request for access to my personal data (Article 15 GDPR)',
    salutation: 'Dear Sir or Madam,',
    mailIntro: (fields) =>
      `On ${fields.mailDate} you sent me an e-mail with the subject "${fields.subject}". You sent it to ` +
      `${fields.sentTo}.`,
    trackersIntro:
      'This e-mail contains trackers. These are small images and links that send data to a server when I open ' +
      'the e-mail or click a link. Through them, you or the companies behind the trackers can collect the ' +
      'following data about me:',
    clean:
      'I checked the e-mail with the program MailLens. It found no trackers in it. So I cannot list data that ' +
      'this e-mail collected about me. I still ask you the questions below, about all personal data you hold ' +
      'about me.',
    ip: (hosts) => `my IP address (it goes to ${hosts})`,
    openTimes: 'the time of each time I open the e-mail',
    userAgent: 'my e-mail program and my device (the User-Agent)',
    identifying: (use) =>
      use.how === 'address'
        ? `my e-mail address: it is ${inLink(use)}. ${whoDid(use, 'I')}`
        : `${recipientId(use, 'me')}. ${whoDid(use, 'I')}`,
    probable: (use) =>
      `a code ${inLink(use)} that looks like a code for each recipient. I do not know for sure ` +
      'that it belongs to me',
    clicks: (hosts) => `if I click a link: the time, my IP address and my browser (through ${hosts})`,
    companiesIntro: 'The trackers belong to:',
    requestIntro:
      'Please tell me whether you process personal data about me. If you do, I ask you for the following ' +
      'information (Article 15(1) and (2) GDPR):',
    requests: (companies) => [
      'Which personal data about me you process, including the data collected through this e-mail.',
      'For what purposes you use these data.',
      companies
        ? `Who receives or has received these data. Please name every recipient, also the companies behind the trackers: ${companies}`
        : 'Who receives or has received these data. Please name every recipient.',
      'How long you keep these data. If you cannot say exactly, how you decide that.',
      'Whether you send these data to a country outside the European Economic Area (EEA). If so, to which ' +
        'country, and with which safeguards (Article 46 GDPR).',
      'Where the data come from, if you did not get them from me.',
      'Whether you use my data for automated decisions or profiling. If so, how this works and what it means ' +
        'for me.',
      'Which rights I have: to have my data corrected or erased, to restrict their use or object to it, and to ' +
        'complain to a supervisory authority.',
    ],
    copy: 'I also ask you for a copy of the personal data about me that you process (Article 15(3) GDPR).',
    deadline:
      'You must answer within one month of receiving this letter (Article 12(3) GDPR). If my request is ' +
      'complex, you may take two more months. You must then tell me so within the first month, with the reason.',
    object: 'I can also object to the use of my data (Article 21 GDPR). Whether I do so depends on your answer.',
    complaint: (url) =>
      'If I do not receive an answer in time, or your answer is incomplete, I can file a complaint with the ' +
      `Autoriteit Persoonsgegevens, the Dutch data protection authority: ${url}`,
    closing: (fields) => `Yours faithfully,\n\n${fields.readerName}`,
  },
};
