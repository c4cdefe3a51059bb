// The window's compare texts in Dutch (namespace `ui`); keys and placeholders match ../en/compare.ts.

export const COMPARE = {
  compare: {
    button: 'Vergelijken met een andere kopie…',
    buttonHint:
      'Open de kopie van dezelfde e-mail die iemand anders kreeg: wat verschilt tussen de twee kopieën, is een code van de lezer.',
    comparing: 'De twee kopieën worden vergeleken…',
    label: 'Vergelijking met een andere kopie',
    with: 'Vergeleken met {{fileName}}',
    clear: 'Vergelijking verbergen',
    failed: '{{fileName}} kon niet worden vergeleken: {{error}}',
    failedNoName: 'Het andere bestand kon niet worden vergeleken: {{error}}',
    remoteItems_one: '{{count}} stuk externe inhoud',
    remoteItems_other: '{{count}} stukken externe inhoud',
    links_one: '{{count}} link',
    links_other: '{{count}} links',
    compared:
      '{{references}} en {{links}} bevatten een code die verschilt tussen de twee kopieën: die identificeren je.',
    noneDiffer: 'In de adressen van de twee kopieën verschilt niets: deze e-mail bevat geen code per ontvanger.',
    trackers: 'Trackers die je identificeren: {{names}}',
    counts:
      'Van {{referencesA}} stukken externe inhoud hebben er {{pairedReferences}} een tegenhanger in de andere ' +
      'kopie, en van {{linksA}} links {{pairedLinks}}.',
    proven_one:
      '{{count}} bevinding in de lijst (links meegeteld) is van ‘identificeert je waarschijnlijk’ naar bewezen gegaan.',
    proven_other:
      '{{count}} bevindingen in de lijst (links meegeteld) zijn van ‘identificeert je waarschijnlijk’ naar bewezen gegaan.',
    downgraded_one: '{{count}} bevinding had een code die in beide kopieën gelijk is: niet per ontvanger.',
    downgraded_other: '{{count}} bevindingen hadden een code die in beide kopieën gelijk is: niet per ontvanger.',
    notACopy:
      'Dit is geen kopie van dezelfde e-mail: te weinig externe inhoud en links komen overeen. Vergelijken ' +
      'bewijst hier niets.',
    sameRecipient:
      'Beide kopieën zijn aan dezelfde lezer gericht (of het is hetzelfde bestand). Vergelijken bewijst niets: ' +
      'open een kopie die iemand anders heeft gekregen.',
    nothing: 'Geen van beide e-mails laadt iets of heeft een link: er is niets te vergelijken.',
    otherMessage: 'De vergelijking is gemaakt voor bericht {{index}}.',
    identifiesProven: 'Identificeert je (bewezen door twee kopieën te vergelijken)',
    identifiesFound: 'Identificeert je (gevonden door twee kopieën te vergelijken)',
    notPerRecipient: 'Niet per ontvanger: gelijk in beide kopieën',
    provenNote: 'Bewezen: verschilt tussen de twee kopieën',
    sameNote: 'Gelijk in beide kopieën (niet per ontvanger):',
    thisCopy: 'deze kopie',
    otherCopy: 'de andere kopie',
    addressOnlyIn: 'Je adres staat alleen in de URL van {{copy}}.',
    kind: {
      'recipient-id': 'een code per ontvanger',
      address: 'je adres',
      time: 'een tijdstempel, niet jij',
      'cache-buster': 'een cache-buster, niet jij',
      'short-number': 'een kort getal, niet jij',
    },
  },
};
