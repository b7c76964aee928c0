/**
 * Tells an outlet's name by its shape ("Wexcombe Gazette", "The Irish Times", "BBC News",
 * "Reuters"), and reads it from the places a page names itself: a "Headline | Site" title,
 * a byline affiliation ("BBC News, Bristol", "Guardian staff and agencies"), a wire dateline
 * ("LONDON (Reuters) -").
 */

/** Last words of newspaper, broadcaster and newsletter names. */
const OUTLET_WORDS = new Set(
  'news newsroom times post herald gazette journal chronicle telegraph guardian independent observer mail mirror express standard echo courier tribune record argus advertiser examiner sentinel star sun press review weekly monthly quarterly daily magazine bulletin register enquirer inquirer dispatch leader mercury citizen globe monitor today online digest ledger voice statesman spectator economist pioneer courant democrat republican advocate beacon bee recorder packet eagle newsletter wire insider age australian scotsman nation'.split(' '),
);
/** News agencies, whose bare name is an outlet. */
const WIRES = /^(?:reuters|(?:the )?associated press|ap|afp|agence france-presse|bloomberg(?: news)?|pa(?: media)?|press association|upi|aap|australian associated press|xinhua|dpa|efe|ansa|kyodo(?: news)?|press trust of india|pti|canadian press|cp)$/iu;
/** Words that may sit inside a name without a capital. */
const SMALL = new Set(['of', 'the', 'and', '&', 'on', 'de', 'la', 'du', 'des', 'for', 'at']);
/** Words that end a reporter's role, which an affiliation line may carry after the outlet. */
const ROLE_TAIL = /\s*(?:,\s*)?\b(?:(?:senior |chief |political |staff |deputy |special )?(?:reporters?|correspondents?|staff(?: writers?)?|writers?|editors?|desk|newsdesk|news desk)|staff and agencies|and agencies|agencies)$/iu;

/** True when every word of `text` is capitalised (or a small joining word) and there are 1–6 of them. */
export function isNameCase(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 6 || text.trim() === '') return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL.has(w.toLowerCase())) && !/[.!?:;,"“”]$/u.test(text.trim());
}

/**
 * True when `text` is shaped like an outlet's name: a news agency, or capitalised words
 * ending in a newspaper or broadcaster word ("Northshire Echo", "ABC News", "The Age").
 * @param text a short line or part of one
 */
export function isOutletName(text: string): boolean {
  const value = text.trim().replace(/['’]s$/u, '');
  if (WIRES.test(value)) return true;
  // Banners and section heads, not a site's name: "Breaking News", "Latest News", "UK NEWS", "World News".
  if (!isNameCase(value) || /^(?:breaking|latest|top|more|live|recent|trending|related|other|uk|us|world|local|national|international|business|sports?|politics|health|home|regional|scottish|welsh)\s+news$/iu.test(value)) return false;
  const words = value.split(/\s+/u);
  const last = words[words.length - 1]!.toLowerCase().replace(/^.*-/u, '');
  // "MailOnline", "WalesOnline": the outlet word run into the brand ("FakeNews" is a slogan).
  // ("CaledonHerald": a masthead set as one word.)
  if (words.length === 1) return /^\p{Lu}\p{Ll}+(?:Online|Herald|Times|Post|Mail|Echo|Gazette|Chronicle|Courier|Telegraph|Express|Argus|Observer|Journal|Standard)$/u.test(value);
  return OUTLET_WORDS.has(last);
}

/** Letters after a person's name that are not an outlet's initials. */
const POST_NOMINAL = /^(?:MP|MSP|MEP|MLA|MS|AM|TD|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|PHD|MD|RN|CEO|CFO|CTO|MBA|JP|FRS)$/u;

/** A broadcaster's or newspaper's initials, alone or leading a desk name: "CNN", "ABC Rural", "BBC Wales". */
function isAcronymDesk(text: string): boolean {
  const value = text.trim();
  return /^\p{Lu}{2,5}(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(value) && !POST_NOMINAL.test(value.split(/\s+/u)[0]!.toUpperCase());
}

/** Section names that page titles print between headline and site ("… | Politics | Site"). */
const SECTION = /^(?:news|politics|opinion|comment|analysis|features?|sports?|business|money|world|uk|us|local|health|education|environment|science|tech(?:nology)?|culture|arts|lifestyle|entertainment|travel|live|video|weather)$/iu;
const WEB = /^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org|net|ie|com\.au|net\.au|org\.uk|news|co\.nz|ca|us)$/iu;

/**
 * Splits a page title "Headline | Site" (also "Headline | Section | Site", or "Headline -
 * Site News") into headline and site. After a bar the site only needs to be a short
 * capitalised name that is not a section; after a dash, which headlines use too, it must
 * be shaped like an outlet or a web address.
 * @param title the headline line
 */
export function splitTitleSuffix(title: string): { title: string; site: string | null } | null {
  const bars = title.trim().split(/\s+(?:\||::)\s+/u);
  if (bars.length > 1) {
    const [head = '', ...tail] = bars;
    if (head.split(/\s+/u).length < 3 || !tail.every((p) => WEB.test(p) || (isNameCase(p) && p.split(/\s+/u).length <= 5))) return null;
    const site = tail[tail.length - 1]!;
    return { title: head, site: SECTION.test(site) ? null : site };
  }
  const m = /^(.+?)\s+[-–—]\s+([^–—]+)$/u.exec(title.trim());
  if (!m || m[1]!.split(/\s+/u).length < 3 || !(isOutletName(m[2]!) || WEB.test(m[2]!))) return null;
  return { title: m[1]!, site: m[2]! };
}

/**
 * The outlet named by a byline's affiliation ("BBC News, Bristol", "for the Irish Times",
 * "Guardian staff and agencies", "ABC Rural"), or null.
 * @param text the affiliation part of a byline, or a line under it
 * @param acronymDesk also accept initials plus a desk name ("ABC Rural"), as printed under a byline
 */
export function outletOfAffiliation(text: string, acronymDesk = false): string | null {
  let value = text.trim().replace(/^[|•·,\-–—\s]+/u, '').replace(/^(?:for|at|of|from)\s+/iu, '');
  const withRole = ROLE_TAIL.test(value);
  value = value.replace(ROLE_TAIL, '').trim();
  // "BBC News, Bristol": the outlet, then the bureau.
  const [first = ''] = value.split(/\s*,\s*/u);
  const name = first.replace(/^the\s+(?=\p{Lu})/u, '');
  if (name === '' || name.split(/\s+/u).length > 6) return null;
  if (isOutletName(name)) return name;
  // "Guardian staff and agencies", "Herald reporter": one newspaper word before the role.
  if (withRole && /^\p{Lu}\p{Ll}+$/u.test(name) && OUTLET_WORDS.has(name.toLowerCase())) return name;
  // "ABC Central West", "BBC Wales": a regional desk of the outlet named by the initials.
  return acronymDesk && isAcronymDesk(name) ? name.split(/\s+/u)[0]! : null;
}

/**
 * The outlet credited by a byline that names no person: "By Reuters", "Irish Times
 * Reporter", "Guardian staff and agencies". Null for anything else.
 * @param line one header line
 */
export function creditedOutlet(line: string): string | null {
  const value = line.trim();
  const rest = value.replace(/^by\s+/iu, '');
  if (rest === value && !ROLE_TAIL.test(rest)) return null;
  return outletOfAffiliation(rest);
}

/**
 * The outlet in a wire dateline at the start of a story: "LONDON (Reuters) -",
 * "WASHINGTON (AP) —", "NEW YORK, March 3 (Reuters) -".
 * @param text the first body paragraph
 */
export function datelineOutlet(text: string): string | null {
  const value = text.trim();
  const caps = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?(?:,\s*\p{Lu}[\p{L}.]*\s+\d{1,2})?\s+\(([^()]{2,40})\)\s*(?:-{1,2}|[–—:])\s/u.exec(value);
  // "Washington (CNN) —": a place in mixed case, only before a wire's dash.
  const mixed = caps ? null : /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s+\(([^()]{2,40})\)\s*(?:--|[–—])\s/u.exec(value);
  const name = (caps ?? mixed)?.[1]?.trim();
  if (!name) return null;
  if (name === 'AP') return 'The Associated Press';
  return isOutletName(name) || /^\p{Lu}{2,6}$/u.test(name) ? name : null;
}
