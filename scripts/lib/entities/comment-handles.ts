/**
 * Reader-comment bylines: the commenter's handle at the start of a comment-meta line
 * ("Gerald June 5, 2014 at 11:37 am #", "Dan, Completely Care Ltd June 6, 2014").
 */
import type { Segment } from '../types.ts';
import type { PersonProposal } from './proposals.ts';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';
const HANDLE = new RegExp(`^(\\s*(?:\\d+[.)]\\s+)?)([^\\s,|#—–][^,|#—–]*?)\\s*(?=,|\\||#|—|–|\\s-\\s|\\s+(?:${MONTH}|\\d|at\\b|on\\b|says\\b|said\\b|wrote\\b|replied\\b)|$)`, 'i');

/** The commenter handle of a comment-meta segment as a person proposal, or null. */
export function commentHandle(segment: Segment): PersonProposal | null {
  if (segment.kind !== 'comment-meta') return null;
  const match = HANDLE.exec(segment.text);
  // "Posted by DaveT on 4 October 2022": the label is no part of the handle.
  const label = /^(?:(?:posted|comment(?:ed)?|submitted|written)\s+)?by\s+/i.exec(match?.[2] ?? '')?.[0] ?? '';
  const handle = match?.[2]?.slice(label.length).trim() ?? '';
  const words = handle.split(/\s+/);
  if (!match || handle.length < 2 || words.length > 3 || /\d/.test(handle) || /\b(?:ltd|plc|inc|council|group)\b/i.test(handle)) return null;
  // "Anonymous | 14 November, 2018": the site's word for no name is nobody's name.
  if (/^(?:anonymous|anon|guest|unknown|a reader|reader|name withheld|deleted user|\[deleted\])$/i.test(handle)) return null;
  const start = (match[1] ?? '').length + label.length;
  return { kind: 'person', name: handle, honorific: null, paragraph: segment.paragraph, start, end: start + handle.length, text: handle };
}
