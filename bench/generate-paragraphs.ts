/**
 * The body of one benchmark article: 8–15 paragraphs carrying 10–30 mentions of
 * its cast. First mentions use the full name (with role or acronym), later ones
 * the short form (`Ms Ashbrook`, `Ashbrook`, `NHT`), as news style does.
 */
import { FILLER, MONTHS, DAYS, SAY_VERBS, VERBS } from './corpus-vocabulary.ts';
import type { Organisation, Person } from './generate-corpus.ts';
import { cap, pick } from './random.ts';

/** The people and organisations one article talks about. */
export interface Cast {
  people: Person[];
  organisations: Organisation[];
}

export interface BodyContext {
  topic: string;
  place: string;
  year: number;
  month: number;
}

const QUOTES = [
  'We cannot keep asking families to wait while the money runs out',
  'This is the right decision, and it was taken for the right reasons',
  'Nobody has explained where the savings will actually come from',
  'We will look at every option before anything is signed',
  'The people who rely on these services deserve a straight answer',
  'It is a difficult choice, but the alternative is worse',
];

/** The paragraphs, and how many mentions of the cast they hold (10–30). */
export interface ArticleBody {
  paragraphs: string[];
  mentions: number;
}

/** Writes the paragraphs; uses exactly `mentions` mentions of the cast. */
export function writeArticleBody(r: () => number, cast: Cast, ctx: BodyContext): ArticleBody {
  const count = 8 + Math.floor(r() * 8);
  const budget = new Array<number>(count).fill(0);
  const mentions = 10 + Math.floor(r() * 21);
  for (let k = 0; k < mentions; k++) budget[Math.floor(r() * count)]!++;
  const seen = new Set<string>();
  const person = (p: Person = pick(r, cast.people)): string => {
    if (!seen.has(p.name)) {
      seen.add(p.name);
      return r() < 0.15 ? `${p.honorific} ${p.name}` : p.name;
    }
    return r() < 0.6 ? `${p.honorific === 'Councillor' ? 'Cllr' : p.honorific} ${p.surname}` : p.surname;
  };
  const org = (): string => {
    const o = pick(r, cast.organisations);
    if (!seen.has(o.name)) {
      seen.add(o.name);
      return o.acronym && r() < 0.7 ? `the ${o.name} (${o.acronym})` : `the ${o.name}`;
    }
    return o.acronym && r() < 0.7 ? `the ${o.acronym}` : `the ${o.name}`;
  };
  const [open, close] = r() < 0.5 ? ['"', '"'] : ['\u201c', '\u201d'];
  const quote = (): string => `${open}${pick(r, QUOTES)}${close}`;
  const figure = (): string => (r() < 0.5 ? `${5 + Math.floor(r() * 90)}%` : `£${(1 + r() * 400).toFixed(1)}m`);
  const when = (): string => (r() < 0.5 ? `on ${pick(r, DAYS)}` : `in ${pick(r, MONTHS)} ${ctx.year - Math.floor(r() * 3)}`);

  /** One sentence using one or two mentions; returns the sentence and how many it used. */
  const sentence = (room: number): [string, number] => {
    if (room >= 2 && r() < 0.5) {
      const who = pick(r, cast.people);
      const twoMentions = [
        () => `${person(who)}, ${who.role} at ${org()}, ${pick(r, SAY_VERBS)}: ${quote().replace(/(.)$/, '.$1')}`,
        () => `The review, led by ${person()} and backed by ${org()}, will report ${when()}.`,
        () => `${cap(org())} ${pick(r, VERBS)} the ${ctx.topic} plan after ${person()} wrote to ministers ${when()}.`,
        () => `${quote().replace(/(.)$/, ',$1')} ${pick(r, SAY_VERBS)} ${person()}, who has worked with ${org()} for years.`,
      ];
      return [pick(r, twoMentions)(), 2];
    }
    const oneMention = [
      () => `${quote().replace(/(.)$/, ',$1')} said ${person()}.`,
      () => `${person()} said: ${quote().replace(/(.)$/, '.$1')}`,
      () => `${cap(org())} ${pick(r, VERBS)} a report ${when()} which found that ${figure()} of ${ctx.topic} budgets in ${ctx.place} had been cut since ${MONTHS[ctx.month]} ${ctx.year - 2}.`,
      () => `According to ${org()}, the plans would cost £${(1 + r() * 400).toFixed(1)}m over five years.`,
      () => `${person()} ${pick(r, VERBS)} the decision ${when()}.`,
    ];
    return [pick(r, oneMention)(), 1];
  };

  const paragraphs = budget.map((room) => {
    const parts: string[] = [];
    let left = room;
    while (left > 0) {
      const [text, used] = sentence(left);
      parts.push(text);
      left -= used;
    }
    const fillers = 1 + Math.floor(r() * 3);
    for (let f = 0; f < fillers; f++) {
      const filler = pick(r, FILLER);
      if (!parts.includes(filler)) parts.splice(Math.floor(r() * (parts.length + 1)), 0, filler);
    }
    return parts.join(' ');
  });
  return { paragraphs, mentions };
}
