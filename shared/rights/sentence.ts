// List items of the section and the letter are whole sentences: a capital first letter, one full stop.

/** `mijn IP-adres (…)` -> `Mijn IP-adres (…).`; `… Amazon.com, Inc.` gets no second full stop. */
export function asSentence(text: string): string {
  const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
