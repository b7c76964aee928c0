/**
 * Closed word lists shared by quote attribution and role extraction. Kept as data so
 * the rules stay general: nothing here names a person, outlet or topic.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs that introduce or close reported speech (any tense the press uses). */
export const SPEECH_VERBS = words(`
  say says said saying state states stated stating add adds added adding tell tells told telling
  write writes wrote writing warn warns warned warning argue argues argued arguing insist insists
  insisted insisting claim claims claimed claiming assert asserts asserted asserting notes noted
  noting conclude concludes concluded concluding suggest suggests suggested explain explains explained
  explaining commented remark remarks remarked acknowledge acknowledges acknowledged
  admit admits admitted concede concedes conceded declare declares declared announce announces announced
  emphasise emphasises emphasised emphasising emphasize emphasizes emphasized stress stresses stressed
  stressing highlight highlights highlighted reply replies replied respond responds responded recall
  recalls recalled predict predicts predicted urge urges urged urging continue continues continued
  ask asks asked asking tweet tweets tweeted posted reported agree agrees
  agreed complain complains complained counter counters countered caution cautions cautioned describe
  describes described describing call calls called calling find finds found recommend recommends
  recommended propose proposes proposed contend contends contended maintain maintains maintained
  observe observes observed reveal reveals revealed confirm confirms confirmed promise promises promised
  pledge pledges pledged vow vows vowed accuse accuses accused accusing criticise criticises criticised
  criticising criticize criticizes criticized condemn condemns condemned condemning attack attacks attacked
  blast blasts blasted slam slams slammed hail hails hailed praise praises praised welcome welcomes
  welcomed welcoming dismiss dismisses dismissed deny denies denied denying brand brands branded
`);

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'every', 'each', 'any', 'no']);

/** True when `word` is a speech verb here: not a noun after a determiner ("the state", "its call", "Ofsted's report"). */
export function isSpeechVerb(word: string, previous: string | undefined): boolean {
  if (!SPEECH_VERBS.has(word.toLowerCase())) return false;
  return previous === undefined || !(NOUN_MARKERS.has(previous.toLowerCase()) || /['\u2019]s$/.test(previous));
}

/** Speech verbs that may follow a quotation (`"…," she said`, `"…," says X`). */
export const POST_SPEECH_VERBS = words(`
  say says said add adds added tell tells told write writes wrote state states stated explain explains
  explained continue continues continued argue argues argued warn warns warned insist insists insisted
  claim claims claimed notes noted conclude concludes concluded ask asks asked reply replies replied
  respond responds responded acknowledge acknowledges acknowledged admit admits admitted declare declares
  declared announce announces announced commented remark remarks remarked stress stresses
  stressed emphasise emphasises emphasised emphasize emphasizes emphasized tweet tweets tweeted
  posted suggest suggests suggested recall recalls recalled predict predicts predicted urge urges urged
  concede concedes conceded counter counters countered caution cautions cautioned shout shouts shouted
  joke jokes joked quip quips quipped laugh laughs laughed
`);

/** Words that end a job title (`chief executive`, `professor of social work`, `Education Secretary`). */
export const ROLE_HEADS = words(`
  executive director professor lecturer researcher fellow minister secretary spokesman spokeswoman
  spokesperson president chair chairman chairwoman chairperson head leader founder co-founder officer
  manager editor correspondent reporter journalist writer columnist commissioner adviser advisor
  consultant economist analyst worker inspector governor mayor councillor senator representative
  congressman congresswoman mp mep msp chancellor treasurer partner principal dean teacher headteacher
  headmaster headmistress chief superintendent constable commander judge lawyer attorney solicitor
  barrister counsel campaigner coordinator co-ordinator trustee ambassador envoy premier whip deputy
  ceo cfo coo cto boss owner nurse doctor surgeon scientist expert historian author regulator
  administrator registrar clerk ombudsman auditor engineer psychologist psychiatrist physician
  paediatrician pediatrician economist strategist organiser organizer convenor convener steward
  superintendent sheriff prosecutor ranger captain coach vicar bishop archbishop rabbi imam priest
  provost vice-chancellor rector warden curator producer presenter anchor broadcaster spokesmen
  member sergeant detective midfielder defender striker forward goalkeeper keeper winger batsman bowler
  captain skipper coach referee umpire driver pilot firefighter paramedic midwife carer researcher
  academic lecturer professor student graduate intern volunteer councillor alderman magistrate
  coroner barrister advocate ceo chairman speaker insp supt sgt det dci di ds dc pc
  lead grower farmer counsellor counselor
`);

/** True when `word` names a job: listed, or a specialist noun in -ist ("epidemiologist"), or a hyphenated one ("co-author"). */
export function isRoleHead(word: string): boolean {
  const lower = word.toLowerCase().replace(/['\u2019]s$/, '');
  if (ROLE_HEADS.has(lower)) return true;
  if (lower.length >= 7 && lower.endsWith('ist') && !lower.endsWith('sist')) return true;
  const last = lower.split('-').at(-1) ?? '';
  return last !== lower && ROLE_HEADS.has(last);
}

/** Capitalised honorifics that state an office; the value is the role title they stand for. */
export const OFFICE_HONORIFICS: ReadonlyMap<string, string> = new Map([
  ['professor', 'professor'],
  ['prof', 'professor'],
  ['prof.', 'professor'],
  ['sen.', 'senator'],
  ['senator', 'senator'],
  ['rep.', 'representative'],
  ['representative', 'representative'],
  ['gov.', 'governor'],
  ['governor', 'governor'],
  ['mayor', 'mayor'],
  ['president', 'president'],
  ['councillor', 'councillor'],
  ['cllr', 'councillor'],
  ['judge', 'judge'],
]);

/** Capitalised honorifics written right before a name (`Cllr`, `Prof Sir`, `Sen.`), as a run at the end of a text. */
export const HONORIFIC_RUN =
  /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor|Sen|Senator|Rep|Gov|Governor|Judge|Fr|Father|Rev|Revd|Mayor|President)\.?\s+)+$/;

/** Document nouns that can "speak" for whoever wrote them; `work` and `message` never stand in for each other. */
export const DOCUMENT_NOUNS: ReadonlyMap<string, 'work' | 'message'> = new Map([
  ...[
    'report', 'study', 'review', 'paper', 'document', 'analysis', 'survey', 'research', 'guidance',
    'audit', 'assessment', 'evaluation', 'strategy', 'inquiry', 'manifesto', 'ruling', 'judgment',
    'judgement', 'consultation', 'white paper', 'green paper', 'dossier', 'investigation', 'findings',
  ].map((w) => [w, 'work'] as const),
  ...['response', 'statement', 'letter', 'submission', 'email', 'memo', 'memorandum', 'complaint', 'filing', 'briefing', 'blog', 'post', 'note']
    .map((w) => [w, 'message'] as const),
]);

/** Nouns that stand for an organisation already named (`the department said`). */
export const GENERIC_ORG_NOUNS = words(`
  department ministry council authority agency company firm charity organisation organization group
  union university college school hospital trust association society foundation institute commission
  committee board regulator watchdog inspectorate body bank newspaper broadcaster government party
  district service office network alliance coalition federation league club business retailer
  manufacturer insurer lender operator provider consultancy court
`);

/** Words that open a sentence with a lead-in phrase that ends at the first comma. */
export const INTRO_WORDS = words(`
  in on at after before during following speaking responding writing asked commenting reacting
  despite although though while when as since because if under with without for from giving
  addressing announcing launching presenting explaining sentencing defending prosecuting
`);

/** Leading words to skip before a subject (`Instead the ADCS says`, `However, the council said`). */
export const LEADING_FILLERS = words(`
  and but so yet instead meanwhile now also however then still separately earlier later yesterday today
  nevertheless moreover furthermore indeed elsewhere previously recently overall nonetheless additionally
`);

/** Words between a subject and its verb that do not end the subject (`the ADCS also says`). */
export const VERB_FILLERS = words(`also has have had had has was were is are will would could should may might must then later previously
  today yesterday once again further publicly repeatedly recently earlier last night week month year
  this has already separately privately`);

/** Function words that stop a backward scan for a title (`commissioned by children's minister X`). */
export const TITLE_STOPS = words(`
  by with to from in on at into onto for and or but nor as than that which who whom whose when where while
  is was are were be been being has have had do does did will would could should may might must can
  said says told says a an this these those it its he she they them his her their our we i you
  including include includes led lead according among amongst between after before during about like
  against via per through over under not no yes also then whether if because so
`);

/** Modifiers that may open a title although they end in -ed or -ing. */
export const TITLE_PARTICIPLES = words(`acting managing founding presiding ranking retired elected outgoing incoming leading serving supervising consulting`);

/** Abbreviations whose final full stop does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof sen rep gov lt col gen maj capt sgt cpl adm cmdr st jr sr inc ltd co corp plc no vs
  etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft hon rev fr pres supt insp det cllr
  approx dept univ assn bros e.g i.e u.s u.k u.n a.m p.m
`);

/** US state abbreviations; only abbreviations after a comma or hyphen (`D-Calif.`, `Springfield, Ill.`). */
export const STATE_ABBREVIATIONS = words(`
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla
  ore pa tenn tex va vt wash wis wyo n.m n.y n.j n.c n.d n.h s.c s.d w.va r.i d.c
`);
