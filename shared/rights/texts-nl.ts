// Nederlandse teksten van "Uw rechten" en van de inzagebrief. Dezelfde sleutels als texts-en.ts (getest).
// Taalniveau B1, de organisatie met "u" aangesproken. Alleen feiten en rechten: geen zin zegt dat een
// afzender een regel heeft overtreden.

import type { ArticleRef } from './gdpr-articles';
import type { IdentifyingUse, Party, UrlPlace } from './model';
import type { RightsTexts } from './texts';

const regionNames = new Intl.DisplayNames(['nl'], { type: 'region' });

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function citeArticle(ref: ArticleRef): string {
  const paragraph = ref.paragraph !== undefined ? ` lid ${ref.paragraph}` : '';
  const points = ref.points ? ` onder ${ref.points.split('-').join(' tot en met ')}` : '';
  return `art. ${ref.article}${paragraph}${points} AVG`;
}

function place(where: UrlPlace): string {
  switch (where.kind) {
    case 'parameter':
      return `parameter "${where.name}"`;
    case 'path':
      return `deel ${where.segment} van het pad`;
    case 'fragment':
      return 'het deel na #';
    case 'host':
      return 'de hostnaam';
  }
}

function partyLabel(party: Party): string {
  if (party.company) return party.company;
  if (party.services.length) return list(party.services);
  return `een tracker op ${list(party.hosts)}`;
}

/** "in het webadres van een plaatje van Mailchimp op x.list-manage.com", "in de link op ..." */
function inLink(use: IdentifyingUse): string {
  const what = use.trigger === 'open' ? 'het webadres van een plaatje' : 'de link';
  return use.service ? `in ${what} van ${use.service} op ${use.host}` : `in ${what} op ${use.host}`;
}

function whoDid(use: IdentifyingUse, subject: 'u' | 'ik'): string {
  const did = use.trigger === 'open' ? 'de e-mail opende' : 'op de link klikte';
  return subject === 'u'
    ? `Daaraan is te zien dat u het was die ${did}.`
    : `Daaraan is te zien dat ik het was die ${did}.`;
}

function recipientId(use: IdentifyingUse, person: 'u' | 'mij'): string {
  const where = use.where ? ` (${place(use.where)})` : '';
  const service = use.service ?? 'de dienst';
  const what = use.trigger === 'open' ? 'het webadres van een plaatje' : 'de link';
  return `de code die ${service} ${person} als ontvanger heeft gegeven${where}, in ${what} op ${use.host}`;
}

export const TEXTS_NL: RightsTexts = {
  sectionTitle: 'Uw rechten',
  headings: {
    collected: 'Wat deze e-mail kan verzamelen',
    responsible: 'Wie is verantwoordelijk',
    transfers: 'Waar de gegevens heen gaan',
    consent: 'Wat geldige toestemming vraagt',
    'ip-address': 'Uw IP-adres is een persoonsgegeven',
    'what-you-can-do': 'Wat u kunt doen',
  },
  statements: {
    controller: ({ sender }) =>
      `${sender ? `${sender} heeft deze e-mail gestuurd.` : 'De afzender heeft deze e-mail gestuurd.'} In de taal ` +
      'van de AVG is de afzender de verwerkingsverantwoordelijke: de organisatie die bepaalt waarom en hoe ' +
      'persoonsgegevens worden verwerkt. Een verzoek om inzage stuurt u dus naar de afzender.',
    processor: () =>
      'Een bedrijf dat de tracking voor de afzender doet, is een verwerker. Het mag de gegevens alleen gebruiken ' +
      'volgens vastgelegde instructies van de afzender, op basis van een contract met de afzender.',
    ownController: () =>
      'Gebruikt zo’n bedrijf de gegevens ook voor eigen doelen? Dan bepaalt het die doelen zelf. Voor dat gebruik ' +
      'is het dan ook verwerkingsverantwoordelijke. Uit deze e-mail blijkt niet welke van de twee het geval is. ' +
      'Het antwoord op een inzageverzoek moet noemen wie uw gegevens heeft gekregen, of in elk geval wat voor ' +
      'soort ontvangers.',
    noParties: () => 'MailLens heeft in deze e-mail geen trackingbedrijf gevonden.',
    transferRules: () =>
      'Binnen de EER (de EU plus IJsland, Liechtenstein en Noorwegen) geldt overal de AVG. Naar een land buiten ' +
      'de EER mogen persoonsgegevens alleen volgens de regels van de AVG voor doorgifte. Dat kan op drie ' +
      'manieren: de Europese Commissie heeft besloten dat het land de gegevens goed genoeg beschermt; er zijn ' +
      'passende waarborgen, zoals standaardcontractbepalingen van de Europese Commissie of bindende ' +
      'bedrijfsvoorschriften; of er geldt een van de uitzonderingen voor specifieke situaties.',
    headquartersOnly: () =>
      'Deze landen zijn de landen waar de bedrijven hun hoofdkantoor hebben. Waar een bedrijf de gegevens ' +
      'bewaart of verwerkt, kan ergens anders zijn. Het antwoord op een inzageverzoek moet de ontvangers noemen, ' +
      'of in elk geval wat voor soort ontvangers, vooral die in landen buiten de EER. En ook de waarborgen voor ' +
      'een doorgifte.',
    allInsideEea: () =>
      'Alle bedrijven die hier staan, hebben hun hoofdkantoor binnen de EER (de EU plus IJsland, Liechtenstein ' +
      'en Noorwegen). Daar geldt de AVG.',
    consent: () =>
      'Gebruikt een afzender uw gegevens op basis van uw toestemming? Dan moet die toestemming vrij, specifiek, ' +
      'geïnformeerd en ondubbelzinnig zijn. U geeft haar met een verklaring of met een duidelijke actieve ' +
      'handeling. De afzender moet kunnen aantonen dat u toestemming gaf. U kunt uw toestemming altijd ' +
      'intrekken. Dat moet even makkelijk gaan als het geven.',
    otherGrounds: () =>
      'Toestemming is een van de zes wettelijke grondslagen om persoonsgegevens te verwerken. Een afzender kan ' +
      'ook een andere grondslag gebruiken, bijvoorbeeld zijn gerechtvaardigd belang.',
    ipRecital: () =>
      'De AVG noemt IP-adressen als voorbeeld van online kenmerken waaraan mensen te herkennen zijn. Samen ' +
      'met andere gegevens kunnen ze gebruikt worden om een profiel van iemand te maken en te zien wie het is.',
    ipCourt: () =>
      'Het Hof van Justitie van de EU besliste dat een dynamisch IP-adres dat een website vastlegt, voor die ' +
      'website een persoonsgegeven is. Dat geldt als de website wettelijke middelen heeft om de persoon te ' +
      'identificeren met extra gegevens van de internetprovider (zaak Breyer, C-582/14, 19 oktober 2016).',
    onlineIdentifier: () =>
      'De AVG noemt een online identificator als een van de kenmerken waarmee iemand te identificeren is.',
    access: () =>
      'U kunt de afzender vragen of die persoonsgegevens over u verwerkt, welke gegevens dat zijn en waarvoor. ' +
      'U krijgt dan ook een kopie. U hoeft geen reden te geven.',
    answerTime: () =>
      'De afzender moet zonder onnodige vertraging antwoorden, en uiterlijk een maand nadat uw verzoek binnen ' +
      'is. Is het verzoek ingewikkeld, of zijn er veel verzoeken? Dan mag de afzender er twee maanden langer ' +
      'over doen. Dat moet hij u dan binnen de eerste maand laten weten, met de reden.',
    object: () =>
      'Gebruikt de afzender uw gegevens voor zijn gerechtvaardigd belang of voor een taak van algemeen belang? ' +
      'Dan kunt u bezwaar maken vanwege uw specifieke situatie. Tegen gebruik voor direct marketing kunt u ' +
      'altijd bezwaar maken.',
    complain: ({ url }) =>
      'Komt u er met de afzender niet uit, bijvoorbeeld omdat er geen antwoord komt of het antwoord niet ' +
      `volledig is? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens: ${url}`,
  },
  sourcesLabel: 'Bronnen',
  sourceLabel: {
    'ap-access': 'Autoriteit Persoonsgegevens, "Recht op inzage"',
    'ap-complaint': 'Autoriteit Persoonsgegevens, "Een tip of klacht indienen bij de AP"',
    'ap-complaint-info': 'Autoriteit Persoonsgegevens, "Klacht melden bij de AP"',
    'ap-object': 'Autoriteit Persoonsgegevens, "Recht van bezwaar"',
    'ap-transfers': 'Autoriteit Persoonsgegevens, "Doorgifte binnen en buiten de EU"',
    'gdpr-recital-30': 'AVG (Verordening (EU) 2016/679), overweging 30',
    'cjeu-breyer': 'Hof van Justitie van de EU, arrest in zaak C-582/14 (Breyer), 19 oktober 2016',
  },
  citeArticle,
  list,
  countryName: (code) => regionNames.of(code.toUpperCase()) ?? code,
  place,
  unnamedTracker: 'een tracker waarvan MailLens de naam niet kent',
  collected: {
    intro: 'Opent u deze e-mail met afbeeldingen aan? Dan kunnen de trackers erin dit over u verzamelen:',
    none: 'MailLens heeft in deze e-mail geen tracker en geen gevolgde link gevonden. Er staat hier dus geen lijst van gegevens die zij over u verzamelen.',
    otherRemote: (count) =>
      `De e-mail haalt wel ${count === 1 ? 'één ander onderdeel' : `${count} andere onderdelen`} van internet ` +
      'als u hem opent met afbeeldingen aan. MailLens ziet daarin geen teken van tracking. Maar bij elke keer ' +
      'ophalen ziet die server uw IP-adres en het tijdstip.',
    ip: (hosts) => `uw IP-adres (dat gaat naar ${hosts})`,
    openTimes: 'het tijdstip van elke keer dat u de e-mail opent',
    userAgent: 'uw e-mailprogramma en uw apparaat (de User-Agent)',
    identifying: (use) =>
      use.how === 'address'
        ? `uw eigen e-mailadres: dat staat ${inLink(use)}. ${whoDid(use, 'u')}`
        : `${recipientId(use, 'u')}. ${whoDid(use, 'u')}`,
    probable: (use) =>
      `een code ${inLink(use)} die eruitziet als een code per ontvanger. Misschien hoort die code ` +
      'bij u, maar dat is niet bewezen',
    clicks: (hosts) => `als u op een link klikt: het tijdstip, uw IP-adres en uw browser (via ${hosts})`,
  },
  party: {
    intro: 'De trackers in deze e-mail horen bij:',
    describe: (party) => {
      const hosts = list(party.hosts);
      let text = party.company
        ? `${party.company} (${list(party.services)}), op ${hosts}`
        : party.services.length
          ? `${list(party.services)} (eigenaar niet bevestigd), op ${hosts}`
          : `een tracker waarvan MailLens de naam niet kent, op ${hosts}`;
      if (party.senderDomain) text += `. Deze host hoort bij het eigen domein van de afzender: ${party.senderDomain}`;
      if (party.isSender) text += '. Dit bedrijf heeft de e-mail zelf gestuurd';
      return text;
    },
    location: (party) => {
      const label = partyLabel(party);
      if (party.eea === null) {
        return party.services.length
          ? `${label}: eigenaar niet bevestigd, dus het land is niet bekend`
          : `${label}: niet bekend wie deze tracker beheert, dus ook niet in welk land`;
      }
      const country = regionNames.of(party.country) ?? party.country;
      return `${label}: ${country}, ${party.eea ? 'binnen' : 'buiten'} de EER`;
    },
  },
  letter: {
    placeholders: {
      senderName: '[naam van de organisatie]',
      senderAddress: '[adres van de organisatie]',
      readerName: '[uw naam]',
      readerAddress: '[uw adres]',
      mailDate: '[datum van de e-mail]',
      subject: '[onderwerp van de e-mail]',
      sentTo: '[uw e-mailadres]',
      letterDate: '[datum]',
    },
    header: (fields, letterDate) =>
      `${fields.readerName}\n${fields.readerAddress}\n\nAan: ${fields.senderName}\n${fields.senderAddress}\n\n` +
      `Datum: ${letterDate}`,
    subjectLine: 'Onderwerp: verzoek om inzage in mijn persoonsgegevens (artikel 15 AVG)',
    salutation: 'Geachte heer, mevrouw,',
    mailIntro: (fields) =>
      `Op ${fields.mailDate} stuurde u mij een e-mail met het onderwerp "${fields.subject}". U stuurde die ` +
      `e-mail naar ${fields.sentTo}.`,
    trackersIntro:
      'In die e-mail zitten trackers. Dat zijn kleine plaatjes en links die gegevens naar een server sturen als ' +
      'ik de e-mail open of op een link klik. Zo kunnen u of de bedrijven achter de trackers de volgende gegevens ' +
      'over mij verzamelen:',
    clean:
      'Ik heb de e-mail gecontroleerd met het programma MailLens. Dat vond geen trackers in de e-mail. Ik kan u ' +
      'dus geen lijst geven van gegevens die via deze e-mail over mij zijn verzameld. Toch stel ik u de vragen ' +
      'hieronder, over alle persoonsgegevens die u van mij heeft.',
    ip: (hosts) => `mijn IP-adres (dat gaat naar ${hosts})`,
    openTimes: 'het tijdstip van elke keer dat ik de e-mail open',
    userAgent: 'mijn e-mailprogramma en mijn apparaat (de User-Agent)',
    identifying: (use) =>
      use.how === 'address'
        ? `mijn e-mailadres: dat staat ${inLink(use)}. ${whoDid(use, 'ik')}`
        : `${recipientId(use, 'mij')}. ${whoDid(use, 'ik')}`,
    probable: (use) =>
      `een code ${inLink(use)} die eruitziet als een code per ontvanger. Ik weet niet zeker of die ` +
      'code bij mij hoort',
    clicks: (hosts) => `als ik op een link klik: het tijdstip, mijn IP-adres en mijn browser (via ${hosts})`,
    companiesIntro: 'De trackers horen bij:',
    requestIntro:
      'Ik vraag u mij te laten weten of u persoonsgegevens over mij verwerkt. Zo ja, dan wil ik het volgende van ' +
      'u weten (artikel 15 lid 1 en lid 2 AVG):',
    requests: (companies) => [
      'Welke persoonsgegevens u van mij verwerkt. Ook de gegevens die via deze e-mail zijn verzameld.',
      'Waarvoor u deze gegevens gebruikt.',
      companies
        ? `Aan wie u deze gegevens geeft of heeft gegeven. Noem alle ontvangers, ook de bedrijven achter de trackers: ${companies}`
        : 'Aan wie u deze gegevens geeft of heeft gegeven. Noem alle ontvangers.',
      'Hoe lang u deze gegevens bewaart. Weet u dat niet precies? Vertel dan hoe u dat bepaalt.',
      'Of u deze gegevens naar een land buiten de Europese Economische Ruimte (EER) stuurt. Zo ja: naar welk ' +
        'land, en met welke waarborgen (artikel 46 AVG).',
      'Waar de gegevens vandaan komen, als u ze niet van mij zelf heeft.',
      'Of u mijn gegevens gebruikt voor automatische besluiten of profilering. Zo ja: hoe dat werkt en wat dat ' +
        'voor mij betekent.',
      'Welke rechten ik heb: om mijn gegevens te laten verbeteren of wissen, om het gebruik te laten beperken of ' +
        'er bezwaar tegen te maken, en om een klacht in te dienen bij een toezichthouder.',
    ],
    copy: 'Ook vraag ik u om een kopie van de persoonsgegevens die u van mij verwerkt (artikel 15 lid 3 AVG).',
    deadline:
      'U moet binnen een maand na ontvangst van deze brief antwoorden (artikel 12 lid 3 AVG). Is mijn verzoek ' +
      'ingewikkeld? Dan mag u er twee maanden langer over doen. Dat moet u mij dan binnen de eerste maand laten ' +
      'weten, met de reden.',
    object:
      'Ik kan ook bezwaar maken tegen het gebruik van mijn gegevens (artikel 21 AVG). Of ik dat doe, hangt af ' +
      'van uw antwoord.',
    complaint: (url) =>
      'Krijg ik niet op tijd antwoord? Of is uw antwoord niet volledig? Dan kan ik een klacht indienen bij de ' +
      `Autoriteit Persoonsgegevens: ${url}`,
    closing: (fields) => `Met vriendelijke groet,\n\n${fields.readerName}`,
  },
};
