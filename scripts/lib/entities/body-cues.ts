/**
 * Context that marks a capitalised word as a body rather than a person or place: an
 * employer ("an analyst at X"), a firm named after plural roles ("administrators X"),
 * a platform ("posted on X"), a source ("figures from X"), an owned company ("Musk's X").
 */
import { isRoleWord, textAfter, textBefore } from './context-cues.ts';
import type { Candidate } from './find-name-candidates.ts';
import { isAgentNoun, lexiconTags } from './lexicon.ts';

/**
 * A body as a source or service: "figures from Barb show", "available from Samaritans on 116 123",
 * "prompting Shelter to call for", "criticised Ofcom for failing".
 */
export function serviceCue(c: Candidate): boolean {
  const after = textAfter(c, 30);
  if (/^\s+(?:on|at|via)\s+\d{3,}/.test(after)) return true;
  const before = textBefore(c, 40);
  // "Shares in Tesco rose": what one holds shares or a stake in is a company, not a place.
  if (/\b(?:shares|stakes?|holdings?|investments?|invested|invest|investing|investors?|shareholders?)\s+in\s+$/i.test(before)) return true;
  return /\b(?:figures|data|research|report|analysis|survey|poll|statistics|study|estimates?)\s+(?:from|by|published by|compiled by)\s+$/i.test(before);
}

/** "prompting Shelter to call for", "criticised Ofcom for failing": the object of one verb acts in the next. */
export function agentObject(c: Candidate): boolean {
  const after = textAfter(c, 30);
  const next = /^\s+to\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  const tags = lexiconTags(next);
  // The lexicon files many verbs as nouns ("call"), so a noun counts after "prompting/urged X to".
  const causative = /\b\p{Ll}+(?:ing|ed)\s+$/u.test(textBefore(c, 30)) && (tags.includes('Singular') || tags.length === 0) && !/^(?:be|the|a|an)$/.test(next);
  return (next !== '' && !/^(?:be|have|do)$/.test(next) && (tags.includes('Infinitive') || causative)) || /^\s+for\s+(?:not\s+)?\p{Ll}+ing\b/u.test(after);
}

/** "Andrew Forrest's Fortescue", "Elon Musk's SpaceX": what a named person owns or runs. */
export function ownedByPerson(c: Candidate): boolean {
  const owner = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{Ll}’'-]+)[’']s\s+$/u.exec(textBefore(c, 40));
  // "Prime Minister's Questions" is a title's, not a person's.
  return owner !== null && !isRoleWord(owner[1] ?? '') && !isRoleWord(owner[2] ?? '') && !/^(?:prime|first|home|foreign|chief)$/i.test(owner[1] ?? '');
}

/** "according to the Athletic": the source of a report. */
export function sourceBefore(c: Candidate): boolean {
  return /\baccording to\s+(?:the\s+)?$/i.test(textBefore(c, 20));
}

// "fans at Anfield", "shoppers at Meadowhall": people who are at a place, not employed by a body.
const CROWDS = /^(?:visitors?|shoppers?|fans|supporters|spectators|passengers|commuters|tourists|holidaymakers|crowds?|guests|residents|motorists|drivers|walkers|hikers|cyclists|campers|diners|drinkers|revellers|worshippers|mourners|protesters|demonstrators|pilgrims|travellers|queues|onlookers|audiences?|concertgoers|racegoers|children|families|people|pupils)$/;

const EMPLOYED = /^(?:staff|jobs?|work|works|worked|working|employed|students?|shares|stake|colleagues?|members|team|partner|partners|researchers?|scientists?|academics?|economists?|analysts?|executives?|officials?|director|professor|lecturer|chief|head|boss)$/;

/** "an analyst at Jefferies", "staff at Goldsmiths": "at" an employer, not at a place ("rain at Mount Crosby"). */
export function employerBefore(c: Candidate): boolean {
  const before = textBefore(c, 60);
  const word = /([\p{L}-]+)\s+at\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (CROWDS.test(word)) return false;
  if (word !== '' && (EMPLOYED.test(word) || isRoleWord(word))) return true;
  // "head of research at Fintech Nexus", "auditors from Grant Thornton".
  const scoped = /([\p{L}-]+)\s+(?:of|for)\s+[\p{Ll}-]+\s+at\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const plural = /([\p{Ll}-]+s)\s+(?:from|at)\s+(?:the\s+)?$/u.exec(before)?.[1] ?? '';
  return (scoped !== '' && isRoleWord(scoped)) || (plural !== '' && !CROWDS.test(plural) && pluralPersonNoun(plural));
}

/** "posted on Instagram", "her TikTok account": a social-media platform, which is a company. */
export function platformUse(c: Candidate): boolean {
  if (/\b(?:posted|posting|wrote|shared|sharing|announced|revealed|uploaded|tweeted|streamed|published|said|followers|post|video|message|statement)\b[^.!?]{0,30}\bon\s+$/i.test(textBefore(c, 60))) return true;
  return /^\s+(?:account|accounts|page|post|posts|followers|channel|feed|profile|livestream|story|stories)\b/.test(textAfter(c, 20));
}

/**
 * What a plural person noun just before a name says: "administrators Begbies Traynor",
 * "estate agents Savills" name a firm; "former owners Jason Whittingham and ..." name people.
 */
export function pluralRoleBefore(c: Candidate): boolean {
  // "The chair of judges, Esi Edugyan": a plural after "of" belongs to the title before it.
  const match = /(?:(\p{Ll}+)\s+)?([\p{Ll}-]+s),?\s+$/u.exec(textBefore(c, 50));
  return !/^(?:of|for|among|between|with)$/.test(match?.[1] ?? '') && pluralPersonNoun(match?.[2] ?? '');
}

function pluralPersonNoun(word: string): boolean {
  if (word.length < 5 || /(?:ss|us|is)$/.test(word)) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return isRoleWord(word) || isRoleWord(singular) || isAgentNoun(singular);
}
