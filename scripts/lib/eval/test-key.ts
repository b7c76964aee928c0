/**
 * A small valid answer key for the evaluation's tests (not a test file itself).
 */
import { AnswerKeySchema, type AnswerKey } from './answer-key.ts';

/** Builds a key for `file`, with fields overridden where given. */
export function testKey(overrides: Partial<AnswerKey> = {}, article: Partial<AnswerKey['article']> = {}): AnswerKey {
  return AnswerKeySchema.parse({
    file: 'a.txt',
    article: {
      title: 'Council sells depot',
      publication: 'Example Gazette',
      author: 'Ann Lee',
      published: '2021-03-05',
      published_inferred: '2021-03-05',
      body_starts: 'The council has agreed to sell',
      boilerplate: ['Sign up to our newsletter'],
      comments: [],
      ...article,
    },
    people: [
      { name: 'Mary Oduya', aliases: ['Mary Oduya', 'Oduya', 'Cllr Oduya'], roles: ['council leader'] },
      { name: 'Ann Lee', aliases: ['Ann Lee'], roles: ['byline author'] },
    ],
    organisations: [{ name: 'Barsetshire County Council', aliases: ['Barsetshire County Council', 'BCC'] }],
    dates: [{ text: 'on Tuesday', iso: '2021-03-02' }],
    quotes: [{ speaker: 'Mary Oduya', starts: 'This is the right deal for' }],
    ...overrides,
  });
}
