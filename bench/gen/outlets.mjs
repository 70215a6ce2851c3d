// Invented outlets, each with the conventions real ones differ on: UK or US spelling, day/month or
// month/day numeric dates, which transliteration of a name they use, how they sign off, what page
// furniture their scraped pages carry, and the file format the scraper saved.
//   naming: 0 keeps diacritics and the first transliteration ("Sergei", "Nguyễn"); 1 the other
//   stamp: the publication line near the headline; bodyDates: how the article writes dates
//   (numeric ones in the outlet's dateOrder); smallDigits: 3 rather than three

const VN_MENU = ['News', 'World', 'Business', 'Entertainment', 'Sports', 'Law', 'Education', 'Health', 'Lifestyle', 'Travel', 'Science', 'Digital'];
const US_MENU = ['Home', 'U.S.', 'World', 'Politics', 'Business', 'Tech', 'Health', 'Sports', 'Opinion', 'Video'];
const UK_MENU = ['Home', 'News', 'Politics', 'Economy', 'World', 'Sport', 'Culture', 'Environment', 'Features'];

export const OUTLETS = [
  {
    name: 'Northgate Herald', code: 'NGH', domain: 'northgateherald.example', weight: 18, format: 'txt',
    locale: 'uk', dateOrder: 'DMY', naming: 1, country: 'Vietnam', cyber: 'cybersecurity', percent: 'percent',
    money: 'suffix', apostrophe: '\u2019', stamp: 'dmyStamp', stampFirst: true, bodyDates: 'numeric',
    signoff: 'byUrl', languageBar: ['Eng English', 'Fra Fran\u00e7ais'], menu: VN_MENU,
    related: 'News in the same category', tags: true, paragraph: [1, 3], footer: 'address',
  },
  {
    name: 'Agence Nordique', code: 'AGN', domain: 'agn-wire.example', weight: 18, format: 'txt',
    locale: 'uk', dateOrder: 'DMY', naming: 1, country: 'Viet Nam', cyber: 'cyber-security', percent: 'per cent',
    money: 'usPrefix', apostrophe: '\u2019', stamp: 'none', stampFirst: false, bodyDates: 'written',
    signoff: 'agency', languageBar: [], menu: [], related: 'Related news', tags: false, paragraph: [1, 1],
    footer: 'short', tightLines: true,
  },
  {
    name: 'Coastal Wire Service', code: 'CWS', domain: 'coastalwire.example', weight: 16, format: 'txt',
    locale: 'us', dateOrder: 'MDY', naming: 0, country: 'Vietnam', cyber: 'cybersecurity', percent: 'percent',
    money: 'dollar', apostrophe: '\u2019', stamp: 'mdyStamp', stampFirst: false, bodyDates: 'written',
    signoff: 'source', languageBar: [], menu: [], related: 'Read more', tags: false, paragraph: [1, 2], footer: 'none',
  },
  {
    name: 'Daily Sentinel', code: 'DSN', domain: 'dailysentinel.example', weight: 16, format: 'txt',
    locale: 'us', dateOrder: 'MDY', naming: 1, country: 'Vietnam', cyber: 'cybersecurity', percent: '%',
    money: 'dollar', smallDigits: true, apostrophe: "'", stamp: 'written', stampFirst: false, bodyDates: 'written',
    signoff: 'byline', languageBar: ['Log in'], menu: US_MENU, related: 'Related news', tags: false,
    paragraph: [1, 2], footer: 'reactions',
  },
  {
    name: 'Eastern Review', code: 'ERV', domain: 'easternreview.example', weight: 14, format: 'txt',
    locale: 'uk', dateOrder: 'DMY', naming: 0, country: 'Viet Nam', cyber: 'cybersecurity', percent: 'per cent',
    money: 'usPrefix', apostrophe: '\u2019', stamp: 'dmyStamp', stampFirst: false, bodyDates: 'mixed',
    signoff: 'codeLine', languageBar: [], menu: UK_MENU, related: 'Most read', tags: false, paragraph: [2, 3],
    footer: 'address',
  },
  {
    name: 'Meridian Times', code: 'MRT', domain: 'meridiantimes.example', weight: 4, format: 'md',
    locale: 'us', dateOrder: 'MDY', naming: 1, country: 'Vietnam', cyber: 'cybersecurity', percent: 'percent',
    money: 'dollar', apostrophe: "'", stamp: 'none', stampFirst: false, bodyDates: 'written',
    signoff: 'none', languageBar: [], menu: US_MENU, related: 'More stories', tags: true, paragraph: [1, 3], footer: 'short',
  },
  {
    name: 'Hilltop Gazette', code: 'HTG', domain: 'hilltopgazette.example', weight: 4, format: 'md',
    locale: 'uk', dateOrder: 'DMY', naming: 0, country: 'Viet Nam', cyber: 'cyber-security', percent: 'per cent',
    money: 'usPrefix', apostrophe: '\u2019', stamp: 'none', stampFirst: false, bodyDates: 'written',
    signoff: 'source', languageBar: [], menu: UK_MENU, related: 'Related stories', tags: false, paragraph: [1, 2], footer: 'short',
  },
  {
    name: 'Lakeside Courier', code: 'LKC', domain: 'lakesidecourier.example', weight: 2, format: 'html',
    locale: 'uk', dateOrder: 'DMY', naming: 0, country: 'Viet Nam', cyber: 'cybersecurity', percent: 'per cent',
    money: 'usPrefix', apostrophe: '\u2019', stamp: 'dmyStamp', stampFirst: false, bodyDates: 'written',
    signoff: 'none', languageBar: [], menu: UK_MENU, related: 'Related news', tags: false, paragraph: [1, 2], footer: 'address',
  },
  {
    name: 'Pacific Ledger', code: 'PLG', domain: 'pacificledger.example', weight: 2, format: 'html',
    locale: 'us', dateOrder: 'MDY', naming: 1, country: 'Vietnam', cyber: 'cybersecurity', percent: 'percent',
    money: 'dollar', smallDigits: true, apostrophe: "'", stamp: 'mdyStamp', stampFirst: true, bodyDates: 'written',
    signoff: 'source', languageBar: [], menu: US_MENU, related: 'You may also like', tags: false, paragraph: [1, 3], footer: 'short',
  },
];

/** `count` different outlets for the versions of one story, drawn by weight. */
export function outletsFor(rng, count) {
  const chosen = [];
  while (chosen.length < count) {
    const outlet = OUTLETS[rng.weightedIndex(OUTLETS.map((o) => o.weight))];
    if (!chosen.includes(outlet)) chosen.push(outlet);
  }
  return chosen;
}
