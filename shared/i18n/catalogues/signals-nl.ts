// De signalen van de engine (waarom iets op volgen lijkt, of juist niet) in het Nederlands (namespace
// `engine`); dezelfde sleutels en plaatshouders als signals-en.ts.

export const SIGNALS_NL = {
  signal: {
    tiny: 'opgegeven als {{size}}: te klein om te zien',
    hidden: 'verborgen: {{reason}}',
    pathWordCode:
      'het adres bevat "{{word}}" en een code die voor dit bericht gemaakt lijkt ({{where}}): zo ziet een URL eruit die bijhoudt of je een e-mail opent',
    pathWord: 'het adres bevat "{{word}}"',
    spacer: 'heeft de naam van een opvulafbeelding voor de opmaak',
    repeated: '{{count}} keer gebruikt in deze e-mail: een onderdeel van de opmaak',
    onlyImage: 'de enige afbeelding van {{host}}',
    outlookOnly: 'staat op een plek die alleen Outlook voor Windows laadt',
    printOnly: 'laadt alleen als de e-mail wordt afgedrukt',
    forwardOnly: 'laadt alleen in een antwoord of doorgestuurd bericht',
    darkModeOnly: 'laadt alleen in de donkere modus',
    trackingHost: '{{host}} is een trackingserver van {{name}} ({{company}})',
    trackerShape: 'het adres heeft de vorm van {{name}} ({{company}})',
    notSentByService:
      '{{name}} heeft deze e-mail niet verstuurd (geen header noemt {{domains}}): de codes in het adres zijn gemaakt voor wie het origineel ontving, niet voor jou',
    recipientAddress: 'je e-mailadres staat erin ({{encoding}})',
    recipientId: '{{name}} zet daar een nummer per ontvanger',
    recipientIdUnnamed: 'de dienst zet daar een nummer per ontvanger',
    opaqueToken: 'bevat een code die uniek lijkt ({{where}})',
    provenByCopies: 'verschilt tussen de kopieën van twee ontvangers ({{where}}): een code voor de lezer',
  },
};
