/**
 * A coarse organisation category from the words of its name. Deliberately simple:
 * the head word decides ("Kingston University", "Department for Education"),
 * then any keyword; unknown names are `other`.
 */

/** Categories in priority order, each with the words that signal it. */
const CATEGORIES: [string, RegExp][] = [
  ['parliament', /^(parliament|commons|lords|senate|congress|assembly|house of (commons|lords|representatives)|select committee)$/],
  ['council', /^(council|borough|county|city|district|municipality|local authority)$/],
  ['university', /^(university|college|polytechnic|academy|school|institute)$/],
  ['department', /^(department|ministry|office|treasury|cabinet|executive|government|agency)$/],
  ['regulator', /^(regulator|commission|commissioner|inspectorate|ombudsman|watchdog|authority)$/],
  ['union', /^(union|unions|federation|confederation|guild)$/],
  ['charity', /^(charity|trust|foundation|society|fund|appeal|mission|hospice)$/],
  ['publication', /^(times|guardian|telegraph|post|journal|news|herald|gazette|mail|mirror|express|observer|magazine|review|tribune|chronicle|independent|standard|economist|bbc|itv|radio|tv|television|press|newspaper|online|daily|weekly|sun|star|record|echo|bulletin)$/],
  ['company', /^(plc|ltd|limited|inc|llc|llp|group|company|co|corporation|corp|holdings|partners|partnership|bank|consulting|solutions|industries|enterprises|healthcare)$/],
];
/** Head words that name a kind of body outside every category: the head decides, so no later keyword may. */
const OTHER_HEADS = /^(association|alliance|coalition|network|forum|campaign|movement|party|committee|board|panel)$/;
/** `Ofsted`, `Ofcom`, `Ofgem`, `Ofwat`: the UK's `Of…` regulators, but not `Office`. */
const OF_REGULATOR = /^of[b-df-hj-np-tv-z][a-z]+$/;

/** Category of an organisation: council, university, department, charity, union, regulator, company, parliament, publication or other. */
export function organisationCategory(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (words.length === 0) return 'other';
  const whole = words.join(' ');
  if (OF_REGULATOR.test(whole) && whole !== 'office') return 'regulator';
  for (const [category, pattern] of CATEGORIES) if (pattern.test(whole)) return category;
  // The head of "X of Y" / "X for Y" is X's last word; otherwise the name's last word.
  const cut = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  const head = cut > 0 ? words[cut - 1]! : words[words.length - 1]!;
  const first = words[0]!;
  if (OTHER_HEADS.test(head)) return 'other';
  for (const candidate of [head, first]) {
    for (const [category, pattern] of CATEGORIES) if (pattern.test(candidate)) return category;
  }
  for (const word of words) {
    for (const [category, pattern] of CATEGORIES) if (pattern.test(word)) return category;
  }
  return 'other';
}
