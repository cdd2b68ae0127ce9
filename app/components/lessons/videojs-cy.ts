/**
 * The player's own words that video.js's Welsh file (`video.js/dist/lang/cy.json`) lacks, or has
 * under a slightly different key (it has "This is a modal window" without the full stop the
 * player asks for). Added on top of that file for Welsh readers.
 */
export const VIDEOJS_WELSH_GAPS: Record<string, string> = {
  'This is a modal window.': 'Mae hon yn ffenestr foddol.',
  'Picture-in-Picture': 'Llun mewn llun',
  'Exit Picture-in-Picture': 'Gadael llun mewn llun',
  'Playing in Picture-in-Picture': 'Yn chwarae mewn llun mewn llun',
  'No content': 'Dim cynnwys',
  Color: 'Lliw',
  Opacity: 'Didreiddedd',
  'Text Background': 'Cefndir y testun',
  'Caption Area Background': 'Cefndir ardal y capsiynau',
  'Skip backward {1} seconds': 'Neidio {1} eiliad yn ôl',
  'Skip forward {1} seconds': 'Neidio {1} eiliad ymlaen',
  'Seek to live, currently behind live': 'Mynd i’r darllediad byw; y tu ôl i’r darllediad byw nawr',
  'Seek to live, currently playing live': 'Mynd i’r darllediad byw; yn chwarae’n fyw nawr',
}
