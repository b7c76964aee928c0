/**
 * Names the publication when the page itself does, never from running article text or a
 * URL: the site's own name at the top or after the headline, then furniture ("<Name>
 * Digital membership", "More from <Name>", "© 2016 <Name>", "This article first appeared
 * in <Name>", "Sign up to <Name>'s newsletter", "Thanks for reading <Name>!", "Follow
 * <Name> on X"), then the outlet a byline credits, then a wire dateline ("LONDON (Reuters) -").
 */
import { looksLikePerson } from './detect-byline.ts';
import { datelineOutlet, isOutletName } from './outlet-name.ts';

/** What the header and body passes found besides the furniture lines. */
export interface PublicationHints {
  /** Outlets the header names, strongest first. */
  outlets?: { name: string; from: 'site' | 'byline' }[];
  /** The first body paragraph, which may open with a wire dateline. */
  firstBody?: string | null;
  /** The byline's author: a copyright line in their name is not an outlet. */
  author?: string | null;
}

const PATTERNS: RegExp[] = [
  /^(.{2,40}?)\s+(?:digital|print|online|premium)?\s*(?:membership|subscription|subscriptions)$/iu,
  /^more from\s+(?:the\s+)?(.{2,40})$/iu,
  // (After an owner's sentence too: "Part of Acme Media Group. © 2016 The Acme Post Ltd.")
  /^(?:[^©]{2,80}?[.|]\s+)?(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?([^.]{2,60}?)\s*(?:[.,]|\ball rights reserved|$)/iu,
  /^this (?:article|story|piece|post) (?:was |is )?(?:first |originally )?(?:appeared|published|appears|republished) (?:on|in|at|by|from)\s+(.{2,40}?)\.?$/iu,
  /^this (?:article|story|piece|post) is republished from\s+(.{2,40}?)(?:\s+under\b.*)?\.?$/iu,
  /^(?:originally|first) (?:published|appeared) (?:on|in|at|by)\s+(.{2,40}?)\.?$/iu,
  /^(?:subscribe|sign up) to\s+(.{2,40}?)(?:\s+(?:today|now|magazine))?$/iu,
  /^(.{2,40}?)\s+magazine$/iu,
  /^(?:sign up|subscribe|register) (?:to|for) (?:the\s+)?(.{2,40}?)['’]s\s.{0,60}\b(?:newsletters?|briefing|alerts|bulletin)\b/iu,
  /^(?:thanks|thank you) for reading\s+(.{2,40}?)\s*[!.]/iu,
  // "Download the Markets Daily app for live prices".
  /^(?:download|get|install|try) (?:the |our )?(.{2,40}?) app\b/iu,
  // A newswire's credit under an announcement: "Distributed by Northgate Newswire on behalf of Acme plc."
  /^(?:this (?:press release|announcement|news release|release|content) was |press release |announcement )?(?:distributed|disseminated|transmitted) (?:by|via|through)\s+(?:the\s+)?(.{2,40}?)(?:\s+on behalf of\b.*|,.*)?\.?$/iu,
];
/** Site controls that a page prints where a name could stand: never an outlet. */
const CONTROL = /^(?:sign|log)\s?(?:in|on|out|up)\b|^(?:register|subscribe|my account|account|menu|search|home|e-?paper|e-?edition|newsletters?|login|logout)$/iu;
/** "Follow the Northshire Echo on Facebook": an outlet only when shaped like one. */
const FOLLOW = /^(?:follow|find|like|join)\s+(?:the\s+)?(.{2,40}?)\s+on\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|whatsapp|telegram|youtube|tiktok|google news)\b/iu;
const GENERIC = /^(?:crown copyright|crown$|our|this|my|your|us|me|them|him|her|author|this author|this section|around the web|the web|our partners|partners|newsletter|all|more|today|now|here|comments|sponsors?)\b/iu;

function validName(name: string): boolean {
  const words = name.split(/\s+/u).length;
  return words <= 6 && /^[\p{Lu}\p{N}]/u.test(name) && !GENERIC.test(name) && !/[.!?:]$/u.test(name) && !CONTROL.test(name.trim());
}

function same(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

function fromFurniture(lines: string[], author: string | null): string | null {
  const values = lines.map((l) => l.trim().replace(/\s+/gu, ' ').replace(/^[|•·\-–—\s]+/u, '')).filter((v) => v.length <= 200);
  for (const re of PATTERNS) {
    for (const value of values) {
      const name = re.exec(value)?.[1]?.trim().replace(/[\s,]+(?:19|20)\d\d$/u, '').replace(/\s+(?:ltd|limited|plc|llc|inc|dac)\.?$/iu, '');
      // "© 2024 Dana Whitcomb": a newsletter's writer holds the copyright, not an outlet.
      if (name && validName(name) && !(author && same(name, author)) && (isOutletName(name) || !looksLikePerson(name))) return name;
    }
  }
  for (const value of values) {
    const name = FOLLOW.exec(value)?.[1];
    if (name && isOutletName(name)) return name;
  }
  return null;
}

/** A news agency's or newswire's name anywhere in the furniture: "… Northgate Newswire …", "Riverbend News Service". */
const WIRE_NAME = /\b((?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}(?:Newswire|News\s?Wire|Wire Service|News Service|News Agency|Press Agency))\b/u;

function wireInFurniture(lines: string[]): string | null {
  for (const line of lines) {
    const name = WIRE_NAME.exec(line)?.[1]?.replace(/^(?:The|About|Contact|From|Via|By)\s+/u, '');
    if (name) return name;
  }
  return null;
}

/**
 * The outlet's name, or null.
 * @param lines texts of the non-body paragraphs (furniture, header leftovers), in order
 * @param hints the header's outlets, the first body paragraph and the author
 */
export function detectPublication(lines: string[], hints: PublicationHints = {}): string | null {
  const outlets = (hints.outlets ?? []).filter((o) => !CONTROL.test(o.name.trim()));
  const byline = outlets.find((o) => o.from === 'byline')?.name;
  const furniture = fromFurniture(lines, hints.author ?? null);
  // "© 2023 BBC" in the footer, "BBC News, Coventry" under the byline: the fuller name the byline gives.
  const fuller = furniture && byline && byline.toLowerCase().startsWith(`${furniture.toLowerCase()} `) ? byline : furniture;
  return (
    outlets.find((o) => o.from === 'site')?.name ??
    fuller ??
    byline ??
    (hints.firstBody ? datelineOutlet(hints.firstBody) : null) ??
    wireInFurniture(lines)
  );
}
