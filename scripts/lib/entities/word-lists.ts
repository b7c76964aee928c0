/**
 * Closed word classes the entity rules lean on. Everything here is general English
 * news vocabulary (titles, organisation head nouns, place heads); nothing is taken
 * from a particular article. Lookups are on lower-cased words.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles that sit directly before a name and are reported as `honorific`. */
export const HONORIFICS = set(`
  mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron viscount earl rev revd reverend
  cllr cr councillor judge justice sen senator rep representative gov governor president mayor speaker
  chancellor premier pope king queen prince princess duke duchess bishop archbishop cardinal rabbi imam
  father canon dean sheikh ayatollah det detective insp inspector sgt sergeant supt superintendent
  pc dc di dci dcs constable capt captain col colonel gen general lt lieutenant maj major adm admiral
  cmdr commander brig brigadier cpl corporal pte coach madam mdm deputy
  hon honourable honorable engr engineer h.e alhaji alhaja alhaj hajia haji hajjah pastor apostle
  datuk dato datin tun toh tunku tengku ustaz ustazah recorder
`);

/** Honorifics written as abbreviations, so a following full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof st sen rep gov gen lt col capt sgt rev revd supt insp det cllr jr sr inc ltd co corp
  no nos vs etc approx dept est fig mt ave rd cmdr brig cpl pte adm maj hon engr
`);

/**
 * Words that make a capitalised phrase a job title rather than a name ("Education Secretary",
 * "Prime Minister"); checked together with the lexicon's Actor nouns.
 */
export const TITLE_WORDS = set(`
  secretary minister chancellor president vice deputy shadow chief executive officer director chair
  chairman chairwoman chairperson commissioner spokesman spokeswoman spokesperson leader head mayor
  governor senator speaker whip attorney general solicitor treasurer editor correspondent reporter
  manager coach captain founder boss adviser advisor ambassador envoy consul inspector principal
  headteacher headmaster headmistress provost vice-chancellor dean registrar trustee patron member mp
  mep msp am mla mna mpp mha mca mlc td associate adjunct emeritus congressman congresswoman state prime first lord lady justice judge of for the
`);

/** Head nouns that make a capitalised phrase an organisation when they end it (or start an "X of Y"). */
export const ORG_HEADS = set(`
  éireann academy administration agency alliance assembly associates association authority bank board bureau
  campaign centre center centers centres chamber charity church clinic club coalition college colleges
  commission committee community company confederation congress conference consortium cooperative
  co-operative corporation council councils court department directorate division executive exchange
  faculty federation forum foundation fund government group guild hospice hospital hospitals infirmary inquiry
  municipality rūnanga runanga rūnaka constabulary
  institute institution
  inspectorate ombudsman caucus elementary
  league library ministry movement museum network office organisation organization panel parliament
  partnership party police polytechnic project regiment registry school schools secretariat senate
  service services society squad syndicate taskforce team tribunal trust trustees union university
  université universidad universität universita unit watch zoo
  orchestra philharmonic sinfonia choir ensemble quartet
`);

/**
 * Head nouns that open a body's name in French, Spanish, Italian, Portuguese, Dutch or German
 * ("Universidad de Concepción", "Parti Québécois", "Banca Adriatica", "Confédération des syndicats nationaux").
 */
export const LEADING_ORG_HEADS = set(`
  universidad universidade université universität università universita universiteit hogeschool
  instituto institut istituto banco banca banque compagnie compañía companhia société sociedad
  sociedade società fédération federación federação federazione confédération confederación
  confederação confederazione association asociación associação associazione parti partido partito
  orchestre orquesta orchestra fondation fundación fundação fondazione stiftung museo musée
  ministère ministerio ministério conseil consejo conselho consiglio comité comisión commissione
  syndicat sindicato caisse agence agencia agenzia groupe grupo gruppo tribunal cour corte
  collège colegio escuela école hôpital ospedale clube club real
  bord comhairle údarás raidió comharchumann cumann conradh foras oifig roinn coláiste gaelscoil
  ollscoil seirbhís iarnród uisce cyngor prifysgol cymdeithas
`);

/** Lower-case linking words inside a Romance-language body's name ("des", "du", "de la", "en"). */
export const ROMANCE_LINKS = set(`
  de des du d' la le les en et pour sur del della delle dei degli di da do dos das e y para per
`);

/** Company and brand heads: phrase is a business, and its first word alone can refer to it. */
export const COMPANY_HEADS = set(`
  ltd limited plc llc llp inc incorporated corp corporation co company group holdings partners teo teoranta cyf
  associates securities capital investments insurance assurance airlines airways motors foods
  industries technologies technology systems solutions healthcare pharmaceuticals pharma therapeutics
  labs laboratories energy resources media entertainment studios records publishing logistics
  communications telecom networks software consulting consultancy management brands retail stores
  supermarkets hotels homes properties developments construction engineering financial finance bank
  advisers advisors electronics platforms semiconductor semiconductors automotive aerospace steel
  chemicals mining petroleum oil shipping telecommunications wireless interactive games pictures
  images music films broadcasting bancorp brewery breweries distillery enterprises ventures
  productions agents ab ag gmbh sa nv bv asa oyj se pty bhd berhad dac
  fostering adoption homecare catering cleaning recruitment staffing solicitors accountants architects surveyors
  srl sarl sas kk pjsc jsc fze fzco fzc ltda tbk plt a/s aps kgaa
`);

/** Sports club heads: the first word ("Exeter") and the head itself ("City") can refer to the club. */
export const CLUB_HEADS = set(`
  fc afc city united rovers athletic wanderers albion town rangers celtic villa hotspur
  olympique orient argyle alexion thistle cc rfc rufc
`);

/** Heads of publication and broadcaster names ("Financial Times", "the Guardian"). */
export const PUBLICATION_HEADS = set(`
  times guardian telegraph independent observer economist spectator mirror sun express mail herald
  tribune gazette chronicle journal post star echo argus courier examiner inquirer bulletin magazine
  news newsletter weekly scotsman atlantic insider sports sport radio television tv
  dispatch despatch ledger press daily online letters
`);

/** Publication heads that name a paper on their own after "the" ("the Guardian", "the Times"). */
export const SOLO_PUBLICATIONS = set(`
  guardian times telegraph independent observer economist spectator mirror sun express mail herald
  tribune gazette chronicle scotsman atlantic
`);

/** Heads that make a phrase a place or building, never a person or organisation. */
export const PLACE_HEADS = set(`
  street road lane avenue square place way drive close crescent terrace hill hills park parks bridge
  river lake mountain mountains valley island islands coast bay beach forest wood woods mill mills
  stadium arena airport station tower hall palace castle cathedral abbey gardens garden estate
  building ward borough county district region province village town city quay wharf
  market common green heath moor marsh field fields dock docks port harbour canal dam reservoir
  creek falls gorge peninsula motorway highway stand showground showgrounds expressway freeway
  tunnel interchange junction roundabout racecourse pier lido towers campus bypass estuary parkway
  boulevard causeway viaduct weir barrage embankment promenade esplanade plaza circle
`);

/**
 * Place heads that are never a family name, so they make a place even after a given name
 * ("Gordon Highway", "Queen Elizabeth Bridge", "Indira Gandhi Airport").
 */
export const FACILITY_HEADS = set(`
  road avenue highway motorway expressway freeway street station airport stadium dam reservoir canal
  quay wharf port harbour showground showgrounds racecourse tunnel junction roundabout bypass
  interchange estuary river bridge arena stand towers circle
`);

/** Words that open a place name ("Mount Crosby", "Lake Macquarie", "Port Talbot"). */
export const PLACE_LEADS = set(`
  mount mt lake loch lough port fort cape isle
`);

/** Single words that name a legislature or government body on their own when capitalised. */
export const INSTITUTION_WORDS: ReadonlyMap<string, string> = new Map([
  ['commons', 'House of Commons'],
  ['lords', 'House of Lords'],
  ['parliament', 'Parliament'],
  ['congress', 'Congress'],
  ['senate', 'Senate'],
  ['treasury', 'Treasury'],
  ['pentagon', 'Pentagon'],
  ['kremlin', 'Kremlin'],
  ['whitehall', 'Whitehall'],
  // One-word legislatures: "the Senedd", "the Dáil", "the Knesset".
  ['senedd', 'Senedd'],
  ['dáil', 'Dáil'],
  ['seanad', 'Seanad'],
  ['oireachtas', 'Oireachtas'],
  ['knesset', 'Knesset'],
  ['bundestag', 'Bundestag'],
  ['bundesrat', 'Bundesrat'],
  ['duma', 'Duma'],
  ['sejm', 'Sejm'],
  ['riksdag', 'Riksdag'],
  ['storting', 'Storting'],
]);

/** Political parties known by a bare plural or proper noun. */
export const PARTY_NAMES: ReadonlyMap<string, string> = new Map([
  ['labour', 'Labour'],
  ['labor', 'Labor'],
  ['conservatives', 'Conservatives'],
  ['tories', 'Conservatives'],
  ['liberal democrats', 'Liberal Democrats'],
  ['lib dems', 'Liberal Democrats'],
  ['democrats', 'Democrats'],
  ['republicans', 'Republicans'],
  ['greens', 'Greens'],
  ['snp', 'SNP'],
  ['ukip', 'UKIP'],
  ['gop', 'Republicans'],
  ['plaid cymru', 'Plaid Cymru'],
  ['sinn féin', 'Sinn Féin'],
  ['fianna fáil', 'Fianna Fáil'],
  ['fine gael', 'Fine Gael'],
  // The parties' Scottish and Welsh arms, which stand and speak under their own names.
  ['scottish labour', 'Scottish Labour'],
  ['welsh labour', 'Welsh Labour'],
  ['scottish conservatives', 'Scottish Conservatives'],
  ['welsh conservatives', 'Welsh Conservatives'],
  ['scottish tories', 'Scottish Conservatives'],
  ['scottish liberal democrats', 'Scottish Liberal Democrats'],
  ['welsh liberal democrats', 'Welsh Liberal Democrats'],
  ['scottish greens', 'Scottish Greens'],
]);

/** Capitalised common nouns for bodies that are never a named organisation on their own ("the Government"). */
export const GENERIC_BODIES = set(`
  government administration opposition cabinet judiciary military police army navy church state crown
  press media council department ministry authority court board committee commission agency regulator
  ministers minister executive legislature assembly
`);

/** Nouns that, placed next to a name, say it is an organisation ("the charity X", "X, the union"). */
export const ORG_NOUNS = set(`
  charity charities union unions company companies firm firms group groups organisation organisations
  organization organizations body bodies association council councils authority regulator watchdog
  agency department ministry trust provider providers contractor contractors outsourcer outsourcers
  business businesses retailer retailers supermarket supermarkets chain bank banks lender lenders
  insurer insurers broadcaster newspaper paper magazine publication website platform network club
  clubs side party parties consultancy consultancies thinktank think-tank campaign campaigners
  institute university college school hospital operator operators manufacturer maker giant giants
  rival rivals carrier airline airlines brand brands publisher publishers developer developers
  housebuilder startup start-up fund investor investors shareholder supplier suppliers
  federation confederation network coalition alliance movement society subsidiary accelerator
  incubator lender broker brokerage
`);

/** Weekday, month and other calendar words that never name an entity. */
export const CALENDAR_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  christmas easter ramadan diwali hanukkah eid spring summer autumn winter
`);

/** Capitalised words that name events, documents or ideas rather than bodies. */
export const NON_ENTITY_WORDS = set(`
  olympics olympic paralympics games world cup brexit covid covid-19 coronavirus internet web bible
  koran quran budget act bill directive regulation regulations order charter treaty accord report
  review strategy plan programme program scheme white paper green god allah jesus christ islam constitution
  christianity buddhism catholic protestant muslim christian jewish hindu sikh democrat republican
  tory conservative liberal socialist communist medicare medicaid wi-fi
  allowance benefit benefits credit payment safeguards tax
`);

/**
 * Common acronyms that are not organisations (titles, qualifications, diseases, units, places).
 * Bare acronyms not listed here are taken as organisations.
 */
export const NON_ORG_ACRONYMS = set(`
  uk us usa u.s u.k u.s.a gb nyc la dc ok tv pm am ceo cfo coo cto cio md gp gps mp mps mep
  meps msp msps qc kc mbe obe cbe kbe dbe phd mba ba bsc ma msc llb dna rna hiv aids rsv sars mrsa
  covid adhd ocd ptsd asd ivf mri ct icu a&e ppe gdp gnp cpi rpi vat pdf url faq id iq diy rip asap
  fyi ai it pr hr ict stem sen send senco lgbt lgbtq lgbtq+ bame gcse gcses sat sats nvq btec ucas
  fgm cctv sms gps usd gbp eur ipo m&a hq ev evs suv suvs ufo ngo ngos qa cv ps nb am fm bst gmt est
  pst cst utc ad bc ce bce dvd cd lp mph kph km kg cm mm ml ft mw gw kwh co2 ghg esg dei
  i ii iii iv v vi vii viii ix x xi xii
  uae drc prc rok dprk ksa nz png usvi
  btu mmbtu mmcfd mmscfd bcf tcf kw mwh gwh twh kv bpd
  pkr inr aed sar qar kes ngn zar myr bdt ghs lkr npr idr php thb sgd hkd cny rmb jpy krw aud cad nzd chf
`);

/** Lower-case particles allowed inside a personal name ("Julian le Grand", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set(`
  de da di du del della der den des van von le la las los na ní nic ó ua y bin ibn al el ter ten zu
  dos das do mac mc ap ab binti bte binte bint arap wa dela delos
`);

/** Compass and size words that turn a place into a larger place ("West Yorkshire"), not a body. */
export const PLACE_MODIFIERS = set(`
  north south east west northern southern eastern western central greater upper lower new old great
  inner outer mid north-east north-west south-east south-west
`);
