/**
 * Recognises lines a page prints in its masthead rather than as a headline: a tagline or
 * slogan ("Serving Ōtaki, Waikanae and Paraparaumu since 1909", "Tayside's independent news
 * since 1994", "Club cricket from the Borders and beyond"), a navigation menu run together on
 * one line ("News Sport Community Opinion Classifieds Weather"), and an issuer's name with its
 * ticker above a stock-exchange announcement ("Tarrant Vale Holdings plc (TVH)").
 */

/** What a masthead line is. */
export type MastheadLineKind = 'tagline' | 'menu' | 'issuer';

const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
/** "… since 1909", "Est. 1887", "Established in 1952", "founded 1994". */
const SINCE_YEAR = new RegExp(String.raw`(?:^|\s)(?:since|est\.?|estd\.?|established|founded)(?:\s+in)?\s+${YEAR}$`, 'iu');
/** A service verb leading a slogan: "Serving …", "Proudly covering …". */
const SERVICE_START = /^(?:proudly\s+|faithfully\s+)?(?:serving|covering|connecting|informing|championing|celebrating|bringing you|keeping you)\s+(?:the\s+|our\s+|you\b|\p{Lu})/u;
/** Slogan shapes: "… and beyond", "The voice of …", "Your local …", "News, views and …", "Scotland's favourite newspaper". */
const SLOGAN: RegExp[] = [
  /\band beyond$/iu,
  /^(?:the\s+)?(?:voice|home|heart|pulse|conscience|eyes and ears) of\b/iu,
  /^your\s+(?:local|community|trusted|independent|daily|weekly|favourite|home|news|voice|source|paper|newspaper)\b/iu,
  /\bnews,?\s+(?:and\s+)?views\b/iu,
  /^[\p{Lu}][\p{L}'’. -]*['’]s?\s+(?:own\s+|very\s+own\s+)?(?:independent|local|leading|favourite|favorite|number one|no\.?\s?1|trusted|biggest|best|best-selling|only|award-winning|oldest|premier|home-grown)\b.{0,40}\b(?:news|newspaper|paper|voice|website|magazine|source|journalism|title)\b/u,
  // "Independent science journalism", "Trusted local news": a quality and a kind of news, nothing else.
  /^(?:independent|trusted|quality|fearless|award-winning|honest|impartial|fair|reliable|local|global)\s+(?:[\p{L}-]+\s+){0,2}(?:journalism|news|reporting|storytelling)$/iu,
  // "Independent. Local. Trusted.": two to four one-word sentences.
  /^(?:\p{Lu}[\p{Ll}-]+\.\s*){2,4}$/u,
];
/** Words that make a line a news headline rather than a slogan: superlatives before "since", a finite verb. */
const HEADLINE_SIGNS = /\b(?:first|worst|best|highest|lowest|biggest|largest|record|most|least|last)\b[^.]*\bsince\b|\b(?:is|are|was|were|has|have|had|will|would|could|may|might|must|says|said|warns|wins|win|loses|lose|gets|to)\b/iu;
/** A past-tense verb ("jailed", "closed"), except the founding words of a slogan. */
const PAST_TENSE = /\b(?!established\b|founded\b|dedicated\b|trusted\b|independent\b|based\b|owned\b|published\b)\p{Ll}{3,}ed\b/u;

/**
 * True when a line reads as a masthead tagline or slogan, not a headline.
 * @param text one line
 */
export function isTagline(text: string): boolean {
  const value = text.trim().replace(/\s+/gu, ' ');
  const words = value.split(' ').length;
  if (words < 2 || words > 14 || /[!?:]$/u.test(value) || /[.,;]$/u.test(value.replace(/(?:\p{Lu}[\p{Ll}-]+\.\s*)+$/u, ''))) return false;
  let score = 0;
  if (SINCE_YEAR.test(value)) score += 2;
  if (SERVICE_START.test(value)) score += 2;
  if (SLOGAN.some((re) => re.test(value))) score += 2;
  if (/\b(?:news|newspaper|journalism|stories|voice|communit(?:y|ies))\b/iu.test(value)) score += 1;
  if (HEADLINE_SIGNS.test(value) || PAST_TENSE.test(value.slice(value.indexOf(' ')))) score -= 2;
  return score >= 2;
}

/** Section and service names that navigation menus are made of. */
const SECTION_WORDS = new Set(
  'home news sport sports business opinion world weather politics entertainment lifestyle life culture arts travel health science tech technology video videos podcast podcasts classifieds notices obituaries jobs property motors puzzles games contests community live watch listen investigates alert local national international markets money environment education food style fashion epaper e-paper newsletters photos gallery events features comment analysis columns letters editorials crime courts schools royals celebrity tv radio music film books cars homes deals shop more latest trending magazine sections'.split(' '),
);
/** Joining words that a headline in title case still has and a menu never has. */
const SMALL = /^(?:of|the|a|an|and|or|to|in|on|for|at|with|by|from|as|after|over|into|is|are|be)$/iu;

/**
 * True when a line is a navigation menu run together with single spaces: five or more
 * capitalised entries (or numbers), at least half of them section names, and no joining words.
 * @param text one line
 */
export function isMenuLine(text: string): boolean {
  if (isBarredMenu(text) || isSpacedMenu(text)) return true;
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 5 || tokens.length > 20) return false;
  if (!tokens.every((t) => /^(?:\p{Lu}[\p{L}&'’-]*|\p{Ll}\p{Lu}[\p{L}-]*|\d{1,3}|&)$/u.test(t))) return false;
  if (tokens.some((t) => SMALL.test(t))) return false;
  const sections = tokens.filter((t) => SECTION_WORDS.has(t.toLowerCase())).length;
  return sections >= 3 && sections * 2 >= tokens.length;
}

/**
 * "E-Paper | Markets | Pakistan | World | Opinion | Budget 2025-26": four or more short
 * capitalised entries parted by bars or dots, at least two of them (and a third of all) section names.
 */
function isBarredMenu(text: string): boolean {
  const parts = text.trim().split(/\s+[|•·]\s+/u);
  if (parts.length < 4 || parts.length > 20) return false;
  const entry = (p: string) => p.split(/\s+/u).length <= 3 && p.split(/\s+/u).every((t) => /^(?:\p{Lu}[\p{L}&'’-]*|[\d-]{1,9}|&)$/u.test(t) && !SMALL.test(t));
  if (!parts.every(entry)) return false;
  const sections = parts.filter((p) => p.split(/\s+/u).some((t) => SECTION_WORDS.has(t.toLowerCase()))).length;
  return sections >= 2 && sections * 3 >= parts.length;
}

/**
 * "Football  Cricket  Rugby  Tennis  F1  More": entries parted by runs of spaces, as a scraper
 * prints a menu's links. A headline never has such gaps, so the entries need not be section names.
 */
function isSpacedMenu(text: string): boolean {
  const parts = text.trim().split(/\s{2,}|\t/u);
  // A score ("Rovers  2  Athletic  1") has bare numbers between its names.
  if (parts.length < 4 || parts.length > 24 || parts.filter((p) => /^\d+$/u.test(p)).length > 1) return false;
  return parts.every((p) => p.split(' ').length <= 3 && !/[.!?,;:]$/u.test(p) && /^(?:\p{Lu}|\p{N}|\p{Ll}{1,2}-\p{Lu})/u.test(p));
}

/** Company endings before a ticker. */
const COMPANY_END = String.raw`(?:plc|PLC|p\.l\.c\.|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|Group|Holdings|Co\.|AG|SA|S\.A\.|NV|N\.V\.|SE|ASA|AB|Berhad|Bhd\.?|LLC|LP|Ltd\.? \(Pty\)|Pty Ltd)`;
/** Exchange codes that may lead a ticker: "(LSE: TVH)", "(NASDAQ:ACME)". */
const EXCHANGE = String.raw`(?:NYSE(?: American)?|NASDAQ|Nasdaq|LSE|AIM|ASX|TSX(?:-?V)?|NSE|BSE|SGX|JSE|NZX|HKEX|SEHK|TSE|OTC\w*|Euronext|XETRA|SIX)`;
const ISSUER = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}&.,'’ -]{1,80}?\s${COMPANY_END}\s*\((?:${EXCHANGE}\s*:\s*)?[A-Z][A-Z0-9.]{0,7}\)$|^\p{Lu}[\p{L}\p{N}&.,'’ -]{1,80}?\s*\(${EXCHANGE}\s*:\s*[A-Z0-9.]{1,8}\)$`, 'u');

/**
 * True for a company's name with its ticker printed alone on a line.
 * @param text one line
 */
export function isIssuerLine(text: string): boolean {
  return ISSUER.test(text.trim());
}

/**
 * The masthead kind of one line, or null.
 * @param text one line
 */
export function mastheadLineKind(text: string): MastheadLineKind | null {
  if (isIssuerLine(text)) return 'issuer';
  if (isMenuLine(text)) return 'menu';
  return isTagline(text) ? 'tagline' : null;
}
