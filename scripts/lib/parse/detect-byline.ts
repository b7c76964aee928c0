/**
 * Reads a byline: "By Joe Lepper", "By X and Y", "X, Health Correspondent",
 * "By JANE DOE Associated Press", or a bare personal-name line such as "Neil Puffett".
 */
import nlp from 'compromise';
import { isOutletName } from './outlet-name.ts';

/** "By", "Words by", "Story by", or a credit label with a colon: "Words:", "Text:", "Author of the article:". */
const PREFIX = /^(?:(?:(?:words|written|story|reporting|report|posted|text|interview|compiled)\s+)?by\b:?|(?:words|text|story|report|reporter|author|writer|byline)(?:\s+of\s+the\s+(?:article|story|post))?\s*:)\s*/iu;
/** "Reporter Megan Yardley": the job as a label, before a capitalised name (case-sensitive, unlike PREFIX). */
const JOB_PREFIX = /^[Rr]eporter\s+(?=\p{Lu})/u;
/** A reporter's handle or email address, as a byline prints it after the name. */
const CONTACT = String.raw`(?:@\w+|[\w.+-]+@[\w-]+\.[\w.]+)`;
/** Handles and addresses closing a role line: "…, Education Editor @janedoe". */
const CONTACT_TAIL = new RegExp(String.raw`(?:\s*[|•·,]?\s*${CONTACT})+\s*$`, 'u');
/** The same after a name, bracketed too: "Jane Doe (jane@example.com)". */
const NAME_CONTACT_TAIL = new RegExp(String.raw`(?:\s*[|•·,]?\s*(?:${CONTACT}|\(${CONTACT}\)))+\s*$`, 'u');
/** Courtesy titles a byline may print before a name ("By Dr Jane Doe"); the author is the name. */
const HONORIFIC = /(^|,\s*|\s(?:and|&)\s)(?:dr|prof|professor|mr|mrs|ms|miss|mx)\.?\s+(?=\p{Lu})/giu;
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'bin', 'bint', 'binti', 'ibn', 'abu', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'st', 'st.', 'ap', 'ab', 'zu', 'af', 'y', 'ní', 'nic', 'mac', 'mc', 'ó', 'uí', 'te', 'a/l', 'a/p']);
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const NOT_NAME = /^(?:the|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|council|department|ministry|office|university|trust|ltd|limited|plc|group|agency|association|society|league|club|cup|division|championship|federation|union|committee|foundation|institute|college|hospital|company|corporation|holdings|epaper|e-paper|classifieds|notices|weather|sports?|opinion|news|press|media|times|post|magazine|online|digital|services|care|government|staff|reporter|correspondent|editor|share|comments?|home|latest|related|more|subscribe|photo|image|headshot|avatar|portrait|picture|profile|updated|published)$/iu;
const ROLE = /\b(?:correspondent|editor|reporter|writer|journalist|columnist|contributor|critic|analyst|producer|presenter|staff|bureau|chief|desk|commentator|blogger|author|news|associated press|reuters|afp|agencies|professor|lecturer|researcher|research fellow|senior fellow|phd candidate|doctoral candidate)\b/iu;
const PERSON_BLOCKERS = ['#Organization', '#Place', '#Country', '#City', '#Region', '#Adjective', '#Verb', '#Plural', '#Date', '#Value'];

/** True when `text` has the shape of a personal name: 1–5 capitalised words, particles allowed inside. */
export function isNameShaped(text: string, minWords = 2): boolean {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < minWords || tokens.length > 5) return false;
  if (!NAME_TOKEN.test(tokens[0]!) || !NAME_TOKEN.test(tokens[tokens.length - 1]!)) return false;
  if (tokens.some((t) => NOT_NAME.test(t.replace(/[.'’]+$/u, '')))) return false;
  return tokens.every((t) => NAME_TOKEN.test(t) || PARTICLES.has(t.toLowerCase()));
}

/** A name-shaped line that reads as a person: never an organisation, place, adjective or verb phrase. */
export function looksLikePerson(text: string): boolean {
  if (!isNameShaped(text) || isOutletName(text)) return false;
  // Initials beside mixed-case words are an organisation's ("ABC Central West"), unless the whole line is in capitals.
  const tokens = text.trim().split(/\s+/u);
  if (tokens.some((t) => /^\p{Lu}{2,}$/u.test(t)) && tokens.some((t) => /\p{Ll}/u.test(t))) return false;
  const doc = nlp(text);
  if (doc.people().out('array').join(' ') === text.trim()) return true;
  return !PERSON_BLOCKERS.some((tag) => doc.has(tag));
}

/** All-capitals bylines (agency style) read as names: "LISA MASCARO and ALAN FRAM" -> "Lisa Mascaro and Alan Fram". */
function titleCase(byline: string): string {
  const words = byline.split(' ').filter((w) => !/^(?:and|&)$/u.test(w));
  if (!words.every((w) => w === w.toUpperCase()) || !/\p{Lu}{2}/u.test(byline)) return byline;
  return byline
    .split(' ')
    .map((w) => (/^(?:and|&)$/u.test(w) ? w : w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())))
    .join(' ');
}

/** "Dr Jane Doe and Prof. Sam Roe" -> "Jane Doe and Sam Roe"; a name that is only a title stays as printed. */
export function withoutHonorifics(byline: string): string {
  const cut = byline.replace(HONORIFIC, '$1');
  return /\p{L}/u.test(cut) ? cut : byline;
}

/** Keeps the leading run of names in a byline part ("JANE DOE Associated Press" -> "JANE DOE"). */
function nameOf(part: string, minWords: number): string | null {
  let candidate = part.replace(/\s+(?:in|for|at|In|For|At|IN|FOR|AT)\s+\p{Lu}.*$/u, '').replace(/\s+[-–—|]\s+.*$/u, '').trim();
  const tokens = candidate.split(/\s+/u);
  const caps = tokens.findIndex((t) => t !== t.toUpperCase());
  if (caps >= 2 && tokens.slice(0, caps).every((t) => /\p{Lu}{2}/u.test(t) || /^\p{Lu}\.$/u.test(t))) candidate = tokens.slice(0, caps).join(' ');
  // A lone set of initials after a name is an outlet ("Jane Doe, CNN"), not a second author.
  if (/^\p{Lu}{2,5}$/u.test(candidate)) return null;
  return isNameShaped(candidate, minWords) && !isOutletName(candidate) ? candidate : null;
}

/** What follows a name when it is only where the reporter filed from: " in London", " in New York". */
const PLACE_TAIL = /^\s+(?:in|at|from)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}$/u;

const ROLE_NOUN = /^(?:correspondent|editor|reporter|writer|journalist|columnist|contributor|critic|analyst|producer|presenter|commentator|blogger|fellow|researcher|economist|lecturer)s?$/iu;
/** A newsroom's unit named on a byline's second line: "Des Moines Bureau". */
const DESK_NOUN = /^(?:bureau|desk)$/iu;
/** Words of a desk or beat before the role noun ("Social Affairs", "Local Democracy", "Chief Political"). */
const DESK = /^(?:affairs|social|political|politics|health|education|business|economics|economy|finance|financial|money|crime|courts?|legal|security|defence|defense|foreign|home|world|international|diplomatic|chief|senior|deputy|assistant|associate|staff|local|regional|democracy|environment|environmental|climate|science|technology|tech|arts|culture|sports?|music|film|media|consumer|property|transport|energy|industry|agriculture|rural|farming|city|community|investigations?|data|digital|features?|news|managing|executive|contributing|special|general|north|south|east|west|northern|southern|eastern|western|midlands|europe|european|washington|westminster|ireland|irish|scotland|wales|global|national|public|policy|education|family|families|children|care|markets?|lobby|parliamentary|legislative|state|metro|night|weekend|sunday|of|and|for|&)$/iu;

function isDeskWord(token: string): boolean {
  return DESK.test(token) || ROLE_NOUN.test(token) || nlp(token).has('#Adjective');
}

/** A line that is only a reporter's role, printed under the name: "Staff Writer", "Political Correspondent". */
export function isRoleLine(text: string): boolean {
  // "Senior fellow, social care", "Research fellow, Health & Care": the role, then the field it covers.
  const [role, field, ...more] = text.split(',');
  if (field !== undefined && more.length === 0 && /^\s*\p{L}[\p{L}&'’ -]*$/u.test(field) && field.trim().split(/\s+/u).length <= 4) return isRoleLine(role!);
  const tokens = text.trim().replace(/^[|•·,\-–—\s]+/u, '').replace(/(?:\s*[|•·,]?\s*@\w+)+$/u, '').split(/\s+/u);
  const last = tokens[tokens.length - 1]!;
  if (tokens.length > 5) return false;
  // "Des Moines Bureau", "Westminster Desk": a place or beat before the desk's own noun.
  if (DESK_NOUN.test(last)) return tokens.length >= 2 && tokens.slice(0, -1).every((t) => /^\p{Lu}[\p{L}'’-]*$/u.test(t) || DESK.test(t));
  if (!ROLE_NOUN.test(last)) return false;
  // A beat no list can hold ("Chief Football Correspondent", "Motoring Editor"): one capitalised word
  // beside the desk words; two would be a name run into a role ("Jane Doe Reporter").
  const other = tokens.filter((t) => !isDeskWord(t));
  return other.length === 0 || (other.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(other[0]!) && tokens.length >= 2);
}

/**
 * The reporter's job printed beside or under a byline ("Education Editor", "Senior Reporter,
 * Climate", "PA Transport Correspondent"), or null when the text is something else (a place,
 * an outlet, a date, a bio).
 * @param text what follows the name on its line, or the line under it
 */
export function bylineRole(text: string): string | null {
  const role = text
    .replace(/^[\s,|•·:\-–—]+/u, '')
    .replace(CONTACT_TAIL, '')
    .trim();
  if (role === '' || /\d/u.test(role) || /[.!?]$/u.test(role)) return null;
  if (isRoleLine(role)) return role;
  // A beat no desk list holds ("Local government reporter", "PA Transport Correspondent"):
  // a few plain words ending in a reporter's noun.
  const tokens = role.split(/\s+/u);
  return tokens.length <= 5 && ROLE_NOUN.test(tokens.at(-1)!) && tokens.every((t) => /^\p{L}[\p{L}'’&-]*$/u.test(t)) ? role : null;
}

/**
 * "Kitty Holland Social Affairs Correspondent": a name run straight into a role with no
 * comma. Takes the shortest leading name after which only desk words and a role noun follow.
 */
function nameBeforeRole(text: string): string | null {
  const tokens = text.split(/\s+/u);
  if (tokens.length < 3 || tokens.length > 9 || !ROLE_NOUN.test(tokens[tokens.length - 1]!)) return null;
  for (let k = 2; k <= Math.min(4, tokens.length - 1); k++) {
    const name = tokens.slice(0, k).join(' ');
    const role = tokens.slice(k);
    if (role.length <= 5 && role.every(isDeskWord) && looksLikePerson(name)) return name;
  }
  return null;
}

/**
 * The author(s) named by a byline line, or null when the line is not a byline.
 * @param line one header line
 * @param bare also accept a line that is only a personal name (no "By")
 */
export function parseByline(line: string, bare = false): string | null {
  // "_By Ann Lee_", "**By Ann Lee**": emphasis marks a scrape kept around the line.
  let text = line.trim().replace(/^[|•·\-–—\s]+/u, '').replace(/^([_*]{1,2})(.+)\1$/u, '$2').trim();
  const prefixed = PREFIX.exec(text) ?? JOB_PREFIX.exec(text);
  if (prefixed) text = text.slice(prefixed[0].length);
  text = text.replace(NAME_CONTACT_TAIL, '').trim();
  if (text.length === 0 || text.length > 120 || /[.!?]$/u.test(text.replace(/\b\p{Lu}\.$/u, ''))) return null;

  const parts = text.split(/\s*,\s*|\s+(?:and|&)\s+/u);
  const names: string[] = [];
  // "By A in London and B in New York": a reporter's city sits between the names.
  let placed = false;
  for (const part of parts) {
    // "By Jo Doe, Bulawayo Bureau", "Jo Doe, Chief Football Writer": a desk or role, not a second name.
    const found = nameOf(part, prefixed ? 1 : 2);
    const name = found !== null && names.length > 0 && (ROLE.test(found) || isRoleLine(found)) ? null : found;
    if (!name) break;
    names.push(name);
    if (name === part.trim()) continue;
    if (prefixed && PLACE_TAIL.test(part.trim().slice(name.length))) {
      placed = true;
      continue;
    }
    break;
  }
  if (names.length === 0) {
    const name = parts.length === 1 ? nameBeforeRole(text) : null;
    return name ? titleCase(name) : null;
  }
  const rest = parts.slice(names.length).join(', ');
  if (!prefixed) {
    const hasRole = rest !== '' && ROLE.test(rest);
    const bareName = rest === '' && bare && names.every(looksLikePerson);
    if (!hasRole && !bareName) return null;
  }
  if (placed) return withoutHonorifics(titleCase(names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`));
  const end = text.indexOf(names[names.length - 1]!) + names[names.length - 1]!.length;
  const printed = text.slice(0, end).replace(/\s+/gu, ' ');
  return withoutHonorifics(titleCase(printed));
}

/**
 * The author(s) of a byline printed as its own short line after the article ("Words: Jane Doe",
 * "By Jane Doe"): only a line that opens with a byline label counts, never a bare name.
 * @param line one paragraph
 */
export function closingByline(line: string): string | null {
  const text = line.trim().replace(/^[|•·\-–—\s]+/u, '');
  if (!PREFIX.test(text) || text.split(/\s+/u).length > 10) return null;
  return parseByline(text, false);
}
