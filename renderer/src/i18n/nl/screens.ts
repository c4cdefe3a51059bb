// The window's screens texts in Dutch (namespace `ui`); keys and placeholders match ../en/screens.ts.
// Terms: shared/i18n/GLOSSARY-nl.md.

export const SCREENS = {
  start: {
    title: 'MailLens',
    lead:
      'MailLens opent een opgeslagen e-mail (.eml, .msg, .oft, .mbox) en laat zien hoe die je zou volgen: ' +
      'trackingpixels, externe inhoud, volglinks en leesbevestigingen. MailLens maakt nooit verbinding met het netwerk.',
    dropZone: 'Sleep een e-mailbestand, een mbox of een map hierheen',
    dropZoneHint: 'of klik om een bestand te kiezen',
    dropZoneLabel: 'Sleep een e-mailbestand, een mbox of een map met e-mail hierheen, of klik om een bestand te kiezen',
    dropOneFile: 'Sleep één bestand tegelijk.',
    compareFirst:
      'Open eerst een e-mail. Vergelijk die daarna met de kopie van dezelfde e-mail die iemand anders kreeg.',
    open: 'E-mail openen…',
    openFolder: 'Map openen…',
    opening: 'Bezig met openen…',
    recentTitle: 'Recente bestanden',
    recentEmpty: 'Nog geen recente bestanden.',
    recentLabel: '{{fileName}} openen uit {{folder}}',
  },
  loading: {
    title: 'E-mail openen',
    fileName: '{{fileName}} wordt gelezen…',
    noFileName: 'De e-mail wordt gelezen…',
    progressLabel: 'Voortgang',
    progress: '{{done}} van {{total}}',
    cancel: 'Annuleren',
  },
  error: {
    title: 'Dit bestand kon niet worden geopend',
    fileName: 'Bestand: {{fileName}}',
    unexpected: 'Er ging iets mis bij het openen van het bestand: {{detail}}',
    back: 'Terug',
    openAnother: 'Andere e-mail openen…',
  },
  help: {
    title: 'Wat is een trackingpixel?',
    back: 'Terug',
    what: {
      heading: 'Wat het is',
      p1:
        'Een trackingpixel is een heel klein plaatje, vaak maar één puntje groot en onzichtbaar, dat een afzender ' +
        'in een e-mail zet. Het plaatje zit niet in de e-mail zelf: het staat op de server van de afzender, op een ' +
        'adres dat vaak alleen voor jou is gemaakt.',
      p2:
        'Als je e-mailprogramma de e-mail toont met afbeeldingen aan, haalt het dat plaatje op. Dat ophalen is het ' +
        'signaal: de server weet nu dat de e-mail is geopend.',
    },
    reveals: {
      heading: 'Wat het verraadt',
      p1: 'Je IP-adres, en daarmee ongeveer waar je bent en welke internetprovider of organisatie je gebruikt.',
      p2: 'Je e-mailprogramma, je besturingssysteem en wat voor apparaat je hebt.',
      p3: 'Het moment waarop je de e-mail opende, en elke keer dat je hem opnieuw opent.',
      p4:
        'Wie je bent: als het adres van het plaatje je e-mailadres bevat of een code die voor jou is gemaakt, ' +
        'weet de afzender dat jij de e-mail hebt geopend. Het plaatje identificeert je.',
    },
    protects: {
      heading: 'Waarom afbeeldingen uitzetten je beschermt',
      p1:
        'Met afbeeldingen uit (Outlook en Thunderbird doen dat standaard) wordt er niets opgehaald als je de ' +
        'e-mail leest. De afzender komt dan niets te weten. Sommige diensten, zoals Gmail en Apple Mail Privacy ' +
        'Protection, halen afbeeldingen op via hun eigen servers. Dat verbergt je IP-adres, maar de afzender kan ' +
        'nog steeds zien dat de e-mail is geopend.',
      p2:
        'Ook links kunnen je volgen: een klik gaat eerst langs de server van de afzender. Afbeeldingen uitzetten ' +
        'verandert daar niets aan.',
    },
    finds: {
      heading: 'Hoe MailLens ze vindt',
      p1:
        'MailLens leest het e-mailbestand op je eigen computer en toont elk adres waar je e-mailprogramma iets ' +
        'van zou ophalen. Het herkent honderden bekende trackingdiensten en zoekt naar tekenen van onbekende: ' +
        'piepkleine of verborgen afbeeldingen, je e-mailadres in de URL, codes die alleen voor jou lijken te zijn.',
      p2:
        'MailLens haalt zelf nooit iets op: de voorbeeldweergave toont een gemarkeerde plek waar elke externe ' +
        'afbeelding zou staan.',
    },
  },
};
