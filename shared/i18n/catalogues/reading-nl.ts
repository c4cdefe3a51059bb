// De teksten van de engine over het lezen van een e-mail, in het Nederlands (namespace `engine`): het
// oordeel, het korte antwoord, wat een ophaalverzoek verraadt en de manieren van lezen. Dezelfde sleutels
// en plaatshouders als reading-en.ts; de termen staan in ../GLOSSARY-nl.md.

export const READING_NL = {
  verdict: {
    trackers_one: '{{count}} tracker',
    trackers_other: '{{count}} trackers',
    detail: '{{main}} — {{detail}}',
    identify_one: '{{count}} identificeert je',
    identify_other: '{{count}} identificeren je',
    probably_one: '{{count}} identificeert je waarschijnlijk',
    probably_other: '{{count}} identificeren je waarschijnlijk',
    noTracker: 'geen tracker gevonden',
    possible_one: '{{count}} mogelijke tracker',
    possible_other: '{{count}} mogelijke trackers',
    otherRemote_one: '{{count}} ander extern onderdeel',
    otherRemote_other: '{{count}} andere externe onderdelen',
    trackedLinks_one: '{{count}} volglink',
    trackedLinks_other: '{{count}} volglinks',
    identifyIfClicked_one: '{{count}} identificeert je als je klikt',
    identifyIfClicked_other: '{{count}} identificeren je als je klikt',
    linksIdentify_one: '{{count}} link identificeert je als je klikt',
    linksIdentify_other: '{{count}} links identificeren je als je klikt',
    readReceipt: 'vraagt om een leesbevestiging',
    blocked_one: '{{count}} tracker geblokkeerd tot je afbeeldingen toestaat',
    blocked_other: '{{count}} trackers geblokkeerd tot je afbeeldingen toestaat',
    prefetched_one: '{{count}} tracker door Apple opgehaald bij aflevering, niet als je leest',
    prefetched_other: '{{count}} trackers door Apple opgehaald bij aflevering, niet als je leest',
  },
  answer: {
    told: {
      you: 'Als je deze e-mail opent, weet {{who}} dat je hem hebt gelezen, en dat jij het was: het adres dat wordt opgehaald, is alleen voor jou gemaakt.',
      probably:
        'Als je deze e-mail opent, weet {{who}} dat hij is gelezen, waarschijnlijk door jou: het adres dat wordt opgehaald, bevat een code die alleen voor jou lijkt te zijn.',
      someone: 'Als je deze e-mail opent, weet {{who}} dat hij is gelezen.',
    },
    learned: 'Ze zien {{what}}.',
    prefetched:
      'Apple Mail haalt de afbeeldingen van deze e-mail op kort nadat hij binnenkomt, of je hem nu leest of niet: {{who}} weet dat hij bij jou is aangekomen, maar niet of en wanneer je hem leest, en ook niet je IP-adres of apparaat.',
    blocked:
      'Als je deze e-mail opent in {{mode}}, weet niemand het zolang je geen afbeeldingen toestaat. Sta je ze toe, dan weet {{who}} dat je hem hebt gelezen.',
    blockedRemote:
      'Als je deze e-mail opent in {{mode}}, wordt niets opgehaald zolang je geen afbeeldingen toestaat; er is geen tracker gevonden.',
    remote_one:
      'Er is geen tracker gevonden, maar als je deze e-mail opent, wordt {{count}} onderdeel opgehaald van een andere server. Die ziet je IP-adres en het tijdstip.',
    remote_other:
      'Er is geen tracker gevonden, maar als je deze e-mail opent, worden {{count}} onderdelen opgehaald van andere servers. Die zien je IP-adres en het tijdstip.',
    clean: 'Als je deze e-mail opent, weet niemand het: hij haalt niets op van internet.',
    links_one: '{{count}} link is een volglink: als je erop klikt, weet de afzender dat je hebt geklikt.',
    links_other: '{{count}} links zijn volglinks: als je op een ervan klikt, weet de afzender dat je hebt geklikt.',
  },
  learnedShort: {
    'ip-address': 'je IP-adres, en daarmee ongeveer waar je bent en wie je internetprovider is',
    'user-agent': 'je e-mailprogramma en je apparaat',
    'open-time': 'wanneer je hem opent, elke keer weer',
    'proxied-open': 'wanneer je hem voor het eerst opende (de afbeeldingsproxy verbergt je IP-adres en apparaat)',
    prefetched: 'dat hij in je inbox is aangekomen',
    printed: 'dat je hem hebt afgedrukt',
    forwarded: 'dat je hem hebt doorgestuurd',
    'dark-mode': 'dat je apparaat de donkere modus gebruikt',
    outlook: 'dat je Outlook voor Windows gebruikt',
    hover: 'dat je met de muis over dat deel ging',
    click: 'dat je hebt geklikt',
    'dns-resolver': 'misschien dat hij is getoond, via een DNS-opzoeking',
  },
  who: {
    senderDomain: 'het eigen domein van de afzender ({{domain}})',
    company: '{{company}}',
    host: 'de server {{host}}',
    others_one: '{{count}} ander',
    others_other: '{{count}} andere',
  },
  fact: {
    'ip-address':
      'je IP-adres, en daarmee ongeveer waar je was (de stad), je internetprovider of organisatie, en of je thuis, op je werk of via mobiel internet las',
    'user-agent': 'je e-mailprogramma, besturingssysteem en soort apparaat (meegestuurd in de User-Agent-header)',
    'open-time': 'het precieze tijdstip waarop je de e-mail opende, en elke keer dat je hem opnieuw opent',
    identity: 'dat jij het was die hem opende, omdat het adres alleen voor jou is gemaakt',
    printed: 'dat je de e-mail hebt afgedrukt (deze afbeelding laadt alleen bij afdrukken)',
    forwarded:
      'dat je de e-mail hebt beantwoord of doorgestuurd, en het IP-adres van wie het doorgestuurde bericht leest',
    'dark-mode': 'dat je apparaat e-mail in de donkere modus toont',
    outlook: 'dat je de e-mail in Outlook voor Windows leest (alleen Outlook toont voorwaardelijk commentaar)',
    hover: 'dat je met de muis over dat deel van de e-mail ging',
    click: 'dat je hebt geklikt, wanneer, en vanaf welk IP-adres en met welke browser',
    'proxied-open':
      'dat de e-mail is geopend, en wanneer hij voor het eerst is geopend; de afbeeldingsproxy van je e-mailprovider haalt de afbeelding voor je op, dus de afzender ziet het adres en de user agent van de proxy, niet die van jou, en latere keren openen komen misschien uit de cache van de proxy',
    prefetched:
      'alleen dat de e-mail in je inbox is aangekomen: Apple haalt externe inhoud via zijn eigen servers op kort na aflevering, of je de e-mail leest of niet; de afzender ziet dus een adres van Apple en een tijdstip vlak na aflevering, niet je IP-adres, je apparaat of wanneer je hem leest',
    'dns-resolver':
      'alleen als je e-mailprogramma deze servernaam vooraf opzoekt (de meeste doen dat niet; Thunderbird zet het uit): dan ziet de beheerder van de naamservers van het domein een opzoeking van je DNS-resolver (meestal die van je provider), niet van je eigen adres, en weet hij alleen dat de e-mail is getoond als de servernaam voor deze e-mail of voor jou is gemaakt',
  },
  identity: {
    open: {
      address: 'dat jij het was die hem opende: je eigen e-mailadres staat in de URL',
      'recipient-id': 'dat jij het was die hem opende: de URL bevat het nummer dat de dienst jou als ontvanger gaf',
      'probable-token': 'waarschijnlijk dat jij het was: de URL bevat een code die voor elke ontvanger anders lijkt',
    },
    click: 'dat jij het was die klikte: de link bevat iets wat alleen voor jou is',
    prefetched: {
      address: 'dat de e-mail bij jou is aangekomen: je eigen e-mailadres staat in de URL',
      'recipient-id':
        'dat de e-mail bij jou is aangekomen: de URL bevat het nummer dat de dienst jou als ontvanger gaf',
      'probable-token':
        'waarschijnlijk dat de e-mail bij jou is aangekomen: de URL bevat een code die voor elke ontvanger anders lijkt',
    },
  },
  mode: {
    direct: {
      short: 'een e-mailprogramma met afbeeldingen aan',
      label:
        'een e-mailprogramma met afbeeldingen aan (Thunderbird of Outlook met afbeeldingen toegestaan, Apple Mail zonder Privacybescherming)',
      says: 'Je eigen apparaat haalt de afbeelding op: de afzender ziet je IP-adres, je e-mailprogramma en elke keer dat je de e-mail opent.',
    },
    gmail: {
      short: 'Gmail',
      label: 'Gmail (web of app)',
      says: 'De afbeeldingsproxy van Google haalt de afbeelding op: de afzender ziet een adres van Google en de user agent "GoogleImageProxy", en weet wanneer je de e-mail voor het eerst opende (latere keren komen uit de cache).',
    },
    'apple-mpp': {
      short: 'Apple Mail met Mail-privacybescherming',
      label: 'Apple Mail met Mail-privacybescherming',
      says: 'Apple haalt externe inhoud op de achtergrond op via eigen servers, kort na aflevering: de afzender ziet een adres van Apple en een tijdstip vlak na aflevering, niet wanneer jij leest — tenzij je de e-mail opent voordat Apple hem ophaalt.',
    },
    'outlook-default': {
      short: 'Outlook',
      label: 'Outlook voor Windows met de standaardinstellingen',
      says: 'Outlook blokkeert afbeeldingen tot je op "Afbeeldingen downloaden" klikt (behalve bij veilige afzenders); daarna haalt je eigen apparaat ze direct op.',
    },
    'thunderbird-default': {
      short: 'Thunderbird',
      label: 'Thunderbird met de standaardinstellingen',
      says: 'Thunderbird blokkeert externe inhoud tot je die toestaat voor dit bericht, deze afzender of deze website.',
    },
  },
  learnedNone: {
    blocked: 'Niets, zolang afbeeldingen geblokkeerd blijven.',
    notFetched: 'Niets: op deze manier van lezen wordt het niet opgehaald.',
  },
};
