// Page-furniture vocabulary that news sites share: section ends, widgets, footers, sign-offs and
// photo credits. These are conventions of the genre, not strings of any one site.

/** A short line that closes the article: what follows is teasers, tags or the site footer. */
export const SECTION_END = new RegExp(
  '^(?:related(?:\\s+(?:news|stories|articles|posts|content|coverage|topics))?|tags?|topics?|keywords|' +
  'share(?:\\s+this(?:\\s+(?:article|story))?)?|reactions?|comments?|leave a (?:comment|reply)|trending|most (?:viewed|read|popular)|' +
  'read more|more news|more stories|see also|also read|you may (?:also )?like|recommended(?: for you)?|' +
  'latest(?: news)?|news in the same category|in the same category|other news|back to top|read next|up next|our standards|more from|' +
  'advertisement|sponsored(?: content)?|subscribe(?: to our newsletter)?|follow us(?: on)?)\\b[\\s:.…»›>-]*',
  'i',
);

/** Footer and account lines that never belong to an article. */
export const FOOTER = /©|\bcopyright\b|all rights reserved|\bterms of (?:use|service)\b|privacy policy|\bcookies?\b.*\bpolicy\b|^log ?in$|^sign ?(?:in|up)$|^register$|^e-?mail:|^tel(?:ephone)?[.:]|^hotline|^fax[.:]|^advertise with us|^contact us/i;

/** A photo credit inside a caption: "Photo: VNA", "(Photo: Dang Khoa)", "Photo courtesy of …". */
const PHOTO_CREDIT = /(?:^|[\s(.])(?:photos?|images?|pictures?|file photo|illustration|graphics?)\s*(?::|by\b|courtesy\b)\s*[^.]{1,60}\)?\.?$/i;

/**
 * Whether `text` ends with a photo credit. A credit holds no full stop but a final one, so only the
 * text from the last earlier stop on is matched: a paragraph's last sentence, not all of it.
 */
export function endsWithPhotoCredit(text: string): boolean {
  const lastStop = text.lastIndexOf('.', text.length - 2);
  return PHOTO_CREDIT.test(lastStop > 0 ? text.slice(lastStop) : text);
}

/** A wire's credits closing its story: "Reporting by Francesco Guarascio; Editing by Kim Coghill". */
export const WIRE_CREDITS = /^(?:additional )?(?:reporting|writing|editing) by\b/i;

/** A wire sign-off closing the last paragraph: "… relations. –VNA". */
export const TRAILING_SIGNOFF = /[\s.][–—-]\s?([A-Z][A-Za-z]{1,9})\.?$/;

/** A line that only names the source: "Source: VGP", "By VnExpress: https://…", or an agency code alone ("VNA"). */
const SOURCE_PREFIXED = /^(?:source|sources|nguồn|theo|via|by|from|courtesy of)\s*:?\s*(.{2,60}?)(?::\s*https?:\/\/\S+)?\.?$/i;
const AGENCY_CODE = /^([A-Z]{2,8}(?:\/[A-Z]{2,8})?)\.?$/;

/** The source a source line names, if the line is one (its name still has to look like a name). */
export function sourceNamed(text: string): string | undefined {
  const line = text.replace(LEADING_DASHES, '');
  return (SOURCE_PREFIXED.exec(line)?.[1] ?? AGENCY_CODE.exec(line)?.[1])?.trim();
}

/** The double hyphen a sign-off line may open with ("-- BERNAMA"); one dash is a list's bullet ("- UNICEF"). */
const LEADING_DASHES = /^-{2,}\s*/;

/** A site signing the lead: "VOV.VN - President Luong Cuong and …". */
const SITE_SIGNED_LEAD = /^([A-Z][A-Za-z]*(?:\.[A-Za-z]{2,})+)\s[-–—]\s/;

/** The site a lead opens by signing, if any ("VOV.VN"). */
export function siteSigningLead(text: string): string | undefined {
  return SITE_SIGNED_LEAD.exec(text)?.[1];
}

/**
 * The place a dateline opens with: one to four capitalised words ("Moscow", "HANOI", "Ha Noi",
 * "Rio de Janeiro"), not a sentence's first words ("On Monday", "The government", "Last year").
 */
const NOT_A_PLACE = '(?!(?:On|In|At|As|The|A|An|By|For|From|Last|This|Next|Since|Until|Before|After|Some|About|Over|Nearly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
const PLACE = `${NOT_A_PLACE}\\p{Lu}[\\p{L}.'’-]*(?:\\s(?:(?:de|da|del|di|do|dos|du|la|el|al|van|von)\\s)?\\p{Lu}[\\p{L}.'’-]*){0,3}`;
/** The date a wire service writes after the place: "March 3", "March 3, 2025", "04.03.2025", "2025-03-04". */
const DATE_PART = '(\\d{4}-\\d{2}-\\d{2}|[\\p{L}\\d\\s.,]{3,24}?)';
const AGENCY = '\\(([A-Za-z][A-Za-z/ -]{1,20})\\)';

/**
 * An agency code at the head of a dateline: "Moscow (VNA) –", "HANOI (Reuters) -", and with the
 * date the wire services write there: "NEW DELHI, March 3 (Reuters) -", "PARIS, March 3, 2025 (AFP) -".
 */
const DATELINE_AGENCY = new RegExp(`^${PLACE}(?:,\\s${DATE_PART})?\\s${AGENCY}\\s*[–—-]`, 'u');
/** The bracket can stand no later: a place of some forty letters, a date of 26, a space (astral letters take two units). */
const LATEST_AGENCY_BRACKET = 2 + 40 * 2 + 26 + 1;

/** A dateline that carries its date, agency or not: "PARIS, March 4, 2025 (AFP) –", "Kyiv, 04.03.2025 -". */
const DATED_DATELINE = new RegExp(`^${PLACE},\\s${DATE_PART}(?:\\s${AGENCY})?\\s*[–—-]`, 'u');

/** The date part of a dateline at the head of `text` ("March 4, 2025"), with where it starts; undefined without one. */
export function datelineDate(text: string): { text: string; start: number } | undefined {
  const match = DATED_DATELINE.exec(text);
  return match ? { text: match[1], start: match[0].indexOf(match[1]) } : undefined;
}

/** The agency a dateline at the head of `text` credits, if any. */
export function datelineAgency(text: string): string | undefined {
  // the head holds no bracket before the agency's, so a first bracket further on rules it out
  const bracket = text.indexOf('(');
  if (bracket < 0 || bracket > LATEST_AGENCY_BRACKET) return undefined;
  return DATELINE_AGENCY.exec(text)?.[2].trim();
}
