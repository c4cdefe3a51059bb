// The window's compare texts in English (namespace `ui`); keys and placeholders match ../nl/compare.ts.

export const COMPARE = {
  compare: {
    button: 'Compare with another copy…',
    buttonHint:
      'Open another person’s copy of this same mail: what differs between the two copies is an id of its reader.',
    comparing: 'Comparing the two copies…',
    label: 'Comparison with another copy',
    with: 'Compared with {{fileName}}',
    clear: 'Hide comparison',
    failed: '{{fileName}} could not be compared: {{error}}',
    failedNoName: 'The other file could not be compared: {{error}}',
    remoteItems_one: '{{count}} remote item',
    remoteItems_other: '{{count}} remote items',
    links_one: '{{count}} link',
    links_other: '{{count}} links',
    compared: '{{references}} and {{links}} carry an id that differs between the two copies: they identify you.',
    noneDiffer: 'Nothing in the two copies’ addresses differs: this mail carries no per-recipient id.',
    trackers: 'Trackers that identify you: {{names}}',
    counts:
      '{{pairedReferences}} of {{referencesA}} remote items and {{pairedLinks}} of {{linksA}} links have a ' +
      'counterpart in the other copy.',
    proven_one: '{{count}} finding in the list (links included) upgraded from “probably identifies you” to proven.',
    proven_other: '{{count}} findings in the list (links included) upgraded from “probably identifies you” to proven.',
    downgraded_one: '{{count}} finding carried a code that is the same in both copies: not per-recipient.',
    downgraded_other: '{{count}} findings carried a code that is the same in both copies: not per-recipient.',
    notACopy:
      'This is not a copy of the same mail: too few of its remote items and links match. Nothing is proven by ' +
      'comparing them.',
    sameRecipient:
      'Both copies are addressed to the same reader (or are the same file). Comparing them proves nothing: open ' +
      'a copy that someone else received.',
    nothing: 'Neither mail loads anything or has a link: there is nothing to compare.',
    otherMessage: 'The comparison was made for message {{index}}.',
    identifiesProven: 'Identifies you (proven by comparing two copies)',
    identifiesFound: 'Identifies you (found by comparing two copies)',
    notPerRecipient: 'Not per-recipient: the same in both copies',
    provenNote: 'Proven: differs between the two copies',
    sameNote: 'Same in both copies (not per-recipient):',
    thisCopy: 'this copy',
    otherCopy: 'other copy',
    addressOnlyIn: 'Your address is in the URL of {{copy}} only.',
    kind: {
      'recipient-id': 'a per-recipient id',
      address: 'your address',
      time: 'a time stamp, not you',
      'cache-buster': 'a cache-buster, not you',
      'short-number': 'a short number, not you',
    },
  },
};
