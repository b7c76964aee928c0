/**
 * Recognises site furniture printed around an article: share widgets, comment-system
 * notices, "Related articles" and "More from …" lists, subscription and membership
 * blocks with their prices, newsletter sign-ups, cookie notices and buttons, navigation
 * menus, breadcrumbs, footer links, press-release labels, advertisement labels.
 */
import { isCaption } from './detect-caption.ts';
import { isEditorialNote, isPublisherBlurb } from './editorial-notes.ts';

/** `section`: a heading whose short lines after it are furniture too; `line`: just this line. */
export type FurnitureKind = 'section' | 'line';

const SHARE_WORDS = String.raw`(?:reply|report(?: abuse| comment)?|share|shares|bookmarks?|bookmarked|save(?: for later| article| story)?|saved|gift(?: this)?(?: article)?|follow|tweet|retweet|e-?mail|pin(?: it)?|print|save|likes?|restacks?|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|messenger|flipboard|tumblr|bluesky|threads|copy(?: link)?|link copied|google\+?|sms|comments?|\d+)`;
/** "Share on Facebook", "Share via Email", "Click to share on Twitter (Opens in new window)" … */
const SHARE_PHRASE = new RegExp(String.raw`(?:(?:click to )?(?:share|post|send|email|tweet|pin)(?: (?:this|the))?(?: (?:article|story|page|post|link|with))?(?: (?:on|via|to|with|by) \w+)?(?: \(opens in new window\))?|${SHARE_WORDS})(?![\p{L}\p{N}])`, 'giu');

const SECTION: RegExp[] = [
  /^(?:related|more)(?: \w+)?(?: (?:articles?|stories|content|links|coverage|posts|topics|reading|news|jobs|on this (?:story|topic)))$/iu,
  /^related$/iu,
  /^more (?:from|on|in|about)(?: .{2,60})?$/iu,
  /^(?:most (?:read|popular|viewed|shared|commented)|trending(?: now)?|top stories|editor'?s picks|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|be interested in)|what to read next|further reading|see also|latest (?:news|stories|articles)|in (?:other|this) news|popular (?:now|stories))$/iu,
  /^[\p{L}\p{N}' &.-]{2,40}(?: (?:digital|print|online|premium))? (?:membership|subscription|subscriptions|subscriber offer)$/iu,
  /^(?:subscribe|sign up|register)(?: (?:now|today|here|to:? .{2,60}|for .{2,60}))?$/iu,
  /^(?:newsletter|sign up to our newsletter|get our newsletter|daily newsletter|email newsletter)s?$/iu,
  /^(?:(?:related )?topics?|tags|labels|categories|explore more on these topics|filed under)(?: ?:.*)?$/iu,
];

const LINE: RegExp[] = [
  /comments? (?:are )?powered by \w+/iu,
  /^please enable javascript to view the comments/iu,
  /^(?:view|show|hide|load|read|see) (?:all )?(?:\d+ )?comments?(?: \(\d+\))?$/iu,
  /^(?:\d+ )?(?:comments?|responses?|replies)(?: \(\d+\))?$/iu,
  /^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)$/iu,
  /^(?:comments are (?:now )?closed(?: on this (?:article|story|post|page))?|join the (?:conversation|discussion|debate)|have your say|cancel reply|log ?in to (?:reply|comment))\.?$/iu,
  // "Have your say: email letters@…", "Also read: …", "Related: …", "More from Football: …".
  /^(?:have your say|also read|read also|related|see also|more from [^:]{2,40})\s*:\s*.{2,160}$/iu,
  // App promotions: "Download the Markets Daily app for …".
  /^(?:download|get|install|try) (?:the |our )?.{2,40}? app\b.{0,120}$/iu,
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|promoted(?: stories| content)?|paid (?:post|content)|partner content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|skip advert(?:isement)?|ad feedback)$/iu,
  /^(?:back to top|print(?: this)?(?: page| article)?|email this(?: article| story)?|image \d+ of \d+|\d+ of \d+|enlarge this image|hide caption|toggle caption|view image in fullscreen|reuse (?:this )?content|click to follow|follow (?:us|me)|you are here|permalink|continue reading|read more|listen to (?:this )?article|\d+ min(?:ute)?s?(?: read)?|click here to .{2,60})$/iu,
  /^@\w{1,30}$/u,
  // Counters of share and like widgets printed alone: "14", "3".
  /^\d[\d,.]*$/u,
  // Breadcrumbs: "Home > News > Social care" (a section's name may be long: "Parenting, childcare and children's services").
  /^[^.!?>›»]{1,40}(?:\s[>›»]\s[^.!?>›»]{1,60}){1,6}$/u,
  /^home\s[>›»]\s[^>›»]{1,80}(?:\s[>›»]\s[^>›»]{1,80}){0,6}$/iu,
  // A breadcrumb ending in the headline itself: "News » City News » Lake plan cleared, but where will the sewage go?".
  /^[^.!?>›»]{1,40}(?:\s[>›»]\s[^.!?>›»]{1,40}){1,5}\s[>›»]\s[^>›»]{20,200}$/u,
  /^read (?:more|next|also)\s*:?\s+.{2,120}$/iu,
  /^this article is more than \d+ \w+ old$/iu,
  /^(?:already a (?:subscriber|member)|not a (?:subscriber|member)|become a (?:member|subscriber)|start (?:your )?(?:free )?trial|free trial|join (?:now|today|us)|log ?in|sign in|log in or register|register now|manage (?:your )?(?:subscription|account))\b.{0,60}$/iu,
  /^(?:from|only|just)?\s*[£$€]\s?\d+(?:[.,]\d\d)?\s*(?:\/|per|a|an)\s*(?:month|mth|year|yr|week|annum|issue|quarter)s?\b.{0,30}$/iu,
  /^(?:follow|like|find|join) (?:us|\S+(?: \S+){0,4}) on (?:twitter|facebook|instagram|linkedin|x|threads|bluesky|whatsapp|telegram|youtube|tiktok|google news)\b.{0,60}$/iu,
  // Press-release labels: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "EMBARGOED".
  /^(?:(?:press|news|media) release|for immediate release|(?:strictly )?embargoed(?: until .{2,40})?)$/iu,
  // Navigation, cookie buttons and footer links, printed one per line.
  /^(?:menu|main menu|open menu|close(?: menu)?|navigation|search|skip navigation|my account|account)$/iu,
  // An author photo's alt text printed as a line: "Jane Doe Headshot", "Jane Doe profile picture".
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:[Hh]eadshot|[Hh]ead shot|[Aa]vatar|[Pp]rofile (?:picture|photo|image)|[Aa]uthor (?:photo|image|picture))$/u,
  // A long page's table of contents heading.
  /^(?:contents|table of contents|on this page|in this (?:article|story|page))$/iu,
  // Accessibility links and live-stream buttons, alone or in a row: "Skip to main content  Skip to navigation", "Listen live  Watch live".
  /^(?:(?:skip to (?:the )?(?:main )?(?:content|navigation|nav|menu|search|footer|article)|(?:listen|watch|live) (?:live|now|radio|tv|stream)|live (?:radio|tv|stream|blog)|on air)\s*)+$/iu,
  // Syndication and partnership footers: "This story was written by a Local Democracy Reporter. …".
  /^this (?:story|article|report|piece|content|feature) (?:was|is|has been) (?:written|produced|supplied|provided|funded|commissioned|made possible) (?:by|through|with|under|as part of)\b.{2,300}$/iu,
  // Paywall notices: "You have reached your limit of free articles", "Subscribe to continue reading".
  /^(?:you(?:'ve|’ve| have) (?:reached|used up|used|hit) (?:your|the|all(?: of)? your) (?:\w+ )?(?:limit|allowance|quota|free (?:articles?|stories))|you(?:'ve|’ve| have) (?:read|viewed) (?:\d+|all) (?:of (?:your )?\d+ )?free (?:articles?|stories)|you have \d+ free (?:articles?|stories) (?:left|remaining)|this (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)|(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|keep) reading|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register))\b.{0,160}$/iu,
  // Cookie banners: "Tell us whether you accept cookies", "We use cookies to collect information about how you use …".
  /^(?:tell us whether you accept cookies|(?:we|this (?:web)?site) uses? (?:some )?(?:essential |necessary |additional )?cookies\b.{0,300})$/iu,
  /^(?:(?:accept|reject|allow|decline|refuse)(?: all| necessary| essential)?(?: cookies)?|(?:manage|customi[sz]e|cookie|privacy) (?:preferences|settings|options|cookies|choices)|got it|i agree|i accept)$/iu,
  /^(?:about us|contact(?: us)?|advertise(?: with us)?|privacy(?: policy| notice)?|terms(?: (?:of (?:use|service)|and conditions|& conditions))?|cookie (?:policy|notice)|accessibility(?: statement)?|site ?map|careers|help|faqs?|rss(?: feeds?)?|corrections(?: and clarifications)?|complaints)$/iu,
  /^(?:like this|discussion about this post|(?:like )?loading(?:\.{3}|…)?)$/iu,
  /^(?:our|editorial) (?:standards|guidelines|principles|values)\b.{0,80}$/iu,
  /^(?:do you have|have you got|got) a (?:story|news story|tip|news tip)\b.{0,120}$/iu,
  /^(?:thanks|thank you) for reading\b.{0,150}$/iu,
  // Syndication notes: "This article is republished from The Conversation under a Creative Commons licence."
  /^this (?:article|story|piece|post) (?:is republished from|was (?:first |originally )?(?:published|appeared) (?:in|on|by)|first appeared (?:in|on)|originally appeared (?:in|on))\b.{2,200}$/iu,
  /^(?:share|comment)(?: (?:or|and|&) (?:share|comment))?(?: on)? this (?:article|story|post|page|live ?blog|blog|video|gallery|episode|podcast)$/iu,
  // A byline's second line: "Reporting from Chicago".
  /^reporting from \p{Lu}[\p{L}.,' -]{1,40}$/iu,
  /^(?:listen|subscribe) to (?:our|the) .{0,40}\bpodcasts?\b.{0,100}$/iu,
  /^(?:sign up|subscribe|register) (?:for|to) .{0,60}\b(?:alerts|newsletters?|updates|briefing)\b.{0,140}$/iu,
  /^posted (?:by|in|on|under) .{2,80}$/iu,
  /^(?:newer posts?|older posts?|home)(?: (?:newer posts?|older posts?|home))*$/iu,
  /^(?:media|press) (?:contacts?|enquiries|inquiries)\b.{0,120}$/iu,
  // A newswire's credit: "Distributed by Northgate Newswire on behalf of Acme plc."
  /^(?:distributed|disseminated|transmitted) (?:by|via|through) \p{Lu}.{1,120}$/iu,
  // The edition links of a masthead: "Deccan Sentinel ePaper", "e-Edition", "Today's Paper".
  /^(?:[\p{L}'’&.-]+\s+){0,5}(?:e-?paper|e-?edition|digital edition|print edition|today['’]s paper)$/iu,
  /^for (?:more|further) information,? (?:please )?(?:contact|call|email)\b.{0,120}$/iu,
  // Subscription pitches: "Subscribe from £24 a year.", "Subscribe and save 25%".
  /^(?:subscribe|join|sign up)(?: now| today)? (?:from|for)(?: only| just)? [£$€]\s?\d.{0,40}$|^subscribe (?:and|&) save\b.{0,60}$/iu,
  // A call to subscribe beside its offer: "SUBSCRIBE NOW | $1 for 6 months", "Subscribe today – 50% off".
  /^(?:subscribe|sign up|join|become a (?:member|subscriber))(?: now| today| here)?\s+[|•·–—-]\s+.{0,60}(?:[£$€]\s?\d|\d+\s?%|\bfree\b|\btrial\b|\boffer\b).{0,40}$/iu,
  // Print-run notes: "This article appeared in the March 2024 issue of …", "Published in Dawn, February 15th, 2024".
  /^this (?:article|story|piece|interview|feature|review|essay) (?:also )?(?:appeared|appears|ran|runs|was published|is published) in (?:the )?(?:print\b|.{0,40}\b(?:issue|edition)\b).{0,160}$/iu,
  /^(?:[Pp]ublished|[Pp]rinted) in (?:[Tt]he )?\p{Lu}[^,.]{1,60},\s+.{0,30}\b(?:19|20)\d\d\.?$/u,
  // Comment and opinion disclaimers: "The views expressed in the comments are those of the readers …".
  /^the (?:views|opinions) expressed (?:in|by|here|on)\b.{0,200}$/iu,
  // Live-blog and review widgets: "Show key events only", "★★★☆", "3 out of 4 stars".
  /^(?:show|view) (?:key events|all posts|latest posts?)(?: only)?$/iu,
  /^(?:(?:our )?rating:?\s*)?(?:[★☆✩✭⭐]{1,5}(?:\s*\(?\d(?:\.\d)?\s*(?:\/|out of)\s*\d{1,2}\)?)?|\d(?:\.\d)?\s*(?:\/|out of)\s*(?:4|5|10)(?:\s*stars?)?)$/iu,
  // Notes on a review's method: "About our reviews: Our critic dines anonymously …".
  /^about (?:our|these|this|the) (?:reviews?|ratings?|critics?|methodology|coverage|series)\s*:.{0,300}$/iu,
  /^(?:republish|reprint) this (?:article|story|piece)$/iu,
  /^follow (?:us|\S+(?: \S+){0,4}) (?:on )?(?:google news|whatsapp|telegram)(?: channel)?\b.{0,80}$/iu,
];

/** A press office's letterhead line: "Press and Media Relations Office", "Communications Team", "Newsroom". */
const LETTERHEAD = /^(?:(?:university |corporate |the )?(?:press|media|news|communications?|public (?:relations|affairs)|external (?:affairs|relations))(?: (?:and|&) (?:press|media|news|communications?|public (?:relations|affairs)|marketing))?(?: (?:relations|office|team|centre|center|department|unit|desk|services))+|newsroom)$/iu;

/** True for a press office's letterhead line, printed under the issuing organisation's name. */
export function isLetterhead(text: string): boolean {
  return LETTERHEAD.test(normalise(text));
}

/** An Acknowledgement of Country in a footer: "… acknowledges Aboriginal and Torres Strait Islander peoples as the Traditional Custodians …". */
const ACKNOWLEDGEMENT = /^(?:acknowledge?ment of country|(?:.{0,80}\s)?acknowledges?\b.{0,120}\b(?:traditional (?:custodians|owners|keepers)|first (?:australians|nations|peoples))\b.{0,200})$/iu;

/** Copyright notices: "© Care Weekly 2016", "Copyright 2014 The Associated Press. All rights reserved." */
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu;
/** A reporter's contact tail: "Contact Jo Bloggs at jbloggs@example.com or 555-0142.", "Jo can be reached at …". */
const CONTACT = /^(?:contact|reach|email|e-mail|call|write to)\s.{2,80}?\s(?:at|on|via)\s|\bcan be (?:reached|contacted) (?:at|on|by|via)\s/iu;
/** An email address: a police appeal with only a phone number ("Contact Crimestoppers on …") is article text. */
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]+/u;
/** A reporter's note: "Jo Bloggs covers City Hall for the Tribune", "Jo Bloggs is a health reporter at …". */
const BIO = /^(?:\p{Lu}[\p{L}'’\-]*\.?\s+){1,3}\p{Lu}[\p{L}'’\-]+\s+(?:covers\s|writes (?:about|on|for)\s|reports (?:on|for)\s|is (?:a|an|the|our)\s(?:[^.]{0,50}\s)?(?:reporter|correspondent|writer|editor|columnist|journalist|producer)\b)/u;
/** How to reach the reporter: "Reach him at 555-0142", "Follow her on X", an address or handle. */
const BIO_CONTACT = /\b(?:reach|contact|email|e-mail|call|follow|write to|message)\s+(?:him|her|them)\b|[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}|\b\d{3}[-.\s]\d{4}\b/iu;

/**
 * True for a reporter's bio or contact note, printed after the article: a name, a beat
 * ("covers …", "is a … reporter"), and a way to reach them or nothing much more.
 * @param text one paragraph
 * @param author the article's byline author, whose bio may run on a little longer
 */
export function isReporterBio(text: string, author: string | null = null): boolean {
  const value = normalise(text);
  const words = value.split(' ').length;
  // The byline's own author needs no contact line to be known for a bio ("Jo Doe is a writer based in Ely. Her book …").
  const own = author !== null && author !== '' && value.startsWith(`${author} `);
  return words <= 45 && BIO.test(value) && (BIO_CONTACT.test(value) || words <= 20 || own);
}

/** End-of-release markers: "ENDS", "-ends-", "###". */
const END_MARKER = /^(?:-*\s*ends\s*-*|#{3,}|\*{3,}|end)$/iu;

/** True for the marker that ends a press release's text ("ENDS", "-ends-", "###"). */
export function isEndMarker(text: string): boolean {
  return END_MARKER.test(text.trim());
}

/**
 * Breadcrumbs and link rows: "Home > News > Politics", "News | Politics | Wexcombe",
 * "Privacy ∙ Terms": two or more short capitalised parts, no sentence, no digits.
 */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s+[|/>›»∙·•]\s+/u);
  if (parts.length < 2 || parts.length > 10 || /\d/u.test(text)) return false;
  return parts.every((p) => p.split(' ').length <= 3 && /^(?:\p{Lu}|\p{Ll}\p{Lu})/u.test(p) && !/[.!?:;,"“”]/u.test(p));
}

/**
 * A menu row whose entries are set apart by runs of spaces ("Markets  Companies  Rail"):
 * three or more short capitalised entries. A sentence never spaces its words that way.
 */
function isSpacedMenu(raw: string): boolean {
  const parts = raw.trim().split(/\s{2,}|\t+/u);
  if (parts.length < 3 || /\d/u.test(raw)) return false;
  // A footer's long rows name whole services ("Passports, travel and living abroad"): with five
  // or more entries, longer ones pass.
  const long = parts.length >= 5;
  return parts.every((p) => p.split(' ').length <= (long ? 7 : 3) && /^\p{Lu}/u.test(p) && !(long ? /[.!?:;"“”]/u : /[.!?:;,"“”]/u).test(p));
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').replace(/^[|•·▪*\-–—\s]+/u, '').replace(/[\s:|»›>]+$/u, '');
}

function isShareWidget(text: string): boolean {
  if (text.length > 200) return false;
  const rest = text.replace(SHARE_PHRASE, ' ').replace(/[\s|•·∙,:/()\-–—]+/gu, '');
  return rest === '' && /\p{L}/u.test(text);
}

function isCookieOrNewsletter(text: string): boolean {
  const words = text.split(' ').length;
  if (words <= 45 && /\bcookies?\b/iu.test(text) && /\b(?:use|uses|accept|policy|consent|settings|browsing|agree)\b/iu.test(text)) return true;
  if (words <= 30 && /\bnewsletters?\b/iu.test(text) && /\b(?:sign up|subscribe|inbox|email|register)\b/iu.test(text)) return true;
  // A sign-up button's label: "We have more newsletters", "See all newsletters".
  if (words <= 6 && /\bnewsletters?\b/iu.test(text) && !/[.!?]$/u.test(text)) return true;
  // A sign-up pitch: "Get the latest crime news straight to your inbox".
  if (words <= 25 && /^(?:get|receive|have)\b.{0,80}\bin\s+your\s+inbox\b/iu.test(text)) return true;
  return words <= 25 && /\b(?:straight|direct|directly|delivered|sent|right)\s+(?:in)?to\s+your\s+(?:inbox|email|phone)\b/iu.test(text);
}

/** A rights notice: "Reproduction without permission is prohibited", "All rights reserved". */
const RIGHTS = /\b(?:(?:reproduction|republication|redistribution|copying)\b.{0,60}\b(?:prohibited|forbidden|not permitted|without (?:prior |written |express )*permission)|all rights reserved)\b/iu;

/**
 * The furniture kind of one paragraph, or null when it may be article text.
 * @param text the paragraph's text
 */
export function furnitureKind(text: string): FurnitureKind | null {
  const value = normalise(text);
  if (value === '') return null;
  if (SECTION.some((re) => re.test(value))) return 'section';
  if (LINE.some((re) => re.test(value)) || isShareWidget(value) || isCookieOrNewsletter(value) || isEditorialNote(value)) return 'line';
  if ((COPYRIGHT.test(value) || RIGHTS.test(value)) && value.split(' ').length <= 40) return 'line';
  if (LETTERHEAD.test(value)) return 'line';
  if (ACKNOWLEDGEMENT.test(value) && value.split(' ').length <= 60) return 'line';
  if (isSpacedMenu(text)) return 'line';
  // A newswire's source line under a release, in capitals: "SOURCE Kestrel Systems, Inc.".
  if (/^SOURCE:?\s+\p{Lu}/u.test(text.trim()) && value.split(' ').length <= 8 && !/[!?]/u.test(value)) return 'line';
  if (isEndMarker(text) || isBreadcrumb(value)) return 'line';
  if (value.length <= 220 && CONTACT.test(value) && ADDRESS.test(value)) return 'line';
  if (/^\d+ (?:responses?|comments?|replies|thoughts?) (?:to|on) /iu.test(value)) return 'line';
  return null;
}

/** Short, unpunctuated lines that furniture sections are made of (list items, prices, teaser headlines). */
export function isFurnitureItem(text: string, bullet: boolean): boolean {
  const value = normalise(text);
  const words = value.split(' ').length;
  if (bullet && words <= 20) return true;
  // Teaser headlines may ask a question ("Who really benefits?").
  return words <= 16 && (!/[.!?:"”’]$/u.test(value) || (words <= 12 && /\?$/u.test(value)));
}

/** A menu entry or footer link: one to four words, no digits or colons (a list of dates is not a menu), not a bullet. */
function isMenuItem(para: { text: string; bullet: boolean }): boolean {
  const value = normalise(para.text);
  return !para.bullet && value !== '' && value.split(' ').length <= 4 && !/[.!?:;,"”’)]$/u.test(value) && !/[\d:]/u.test(value);
}

/**
 * Marks which paragraphs are furniture. A section heading also takes the run of short
 * list-like lines after it, until a line of prose returns. Four or more menu-like lines in a
 * row are a navigation menu or footer; and the tail of the page after the last prose, when
 * it holds furniture, is footer too.
 * @param paras paragraph texts with their bullet flags, in order
 */
export function markFurniture(paras: { text: string; bullet: boolean }[]): boolean[] {
  const marks = paras.map((p) => furnitureKind(p.text) !== null);
  let inSection = false;
  paras.forEach((para, i) => {
    const kind = furnitureKind(para.text);
    if (kind === 'section') inSection = true;
    else if (kind === null) {
      if (inSection && isFurnitureItem(para.text, para.bullet)) marks[i] = true;
      else inSection = false;
    }
  });
  for (let i = 0; i < paras.length; ) {
    let j = i;
    while (j < paras.length && isMenuItem(paras[j]!)) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) marks[k] = true;
    i = Math.max(j, i + 1);
  }
  // A closing blurb about the publisher or funder, with only furniture after it.
  for (let k = paras.length - 1; k >= 0 && (marks[k] || isPublisherBlurb(paras[k]!.text)); k--) marks[k] = true;
  let tail = paras.length;
  while (tail > 0 && (marks[tail - 1] || (isFurnitureItem(paras[tail - 1]!.text, paras[tail - 1]!.bullet) && !isCaption(paras[tail - 1]!.text)))) tail--;
  const furnitureInTail = marks.slice(tail).filter(Boolean).length;
  if (furnitureInTail >= 1 && paras.length - tail - furnitureInTail <= 8) for (let k = tail; k < paras.length; k++) marks[k] = true;
  return marks;
}
