/**
 * Word lists for the benchmark corpus. Invented names only: the generator builds
 * surnames and place names from syllables, so no real person is ever named.
 */

export const FIRST_NAMES = [
  'Anna', 'Ben', 'Chloe', 'David', 'Emma', 'Farid', 'Grace', 'Hugo', 'Isla', 'James', 'Kiran', 'Laura',
  'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Rhys', 'Sara', 'Tomasz', 'Uma', 'Victor', 'Wendy', 'Yusuf',
  'Zoë', 'Siobhán', 'Łukasz', 'Aoife', 'Chidi', 'Mei', 'Rafael', 'Bernadette', 'Kwame', 'Ines', 'Gareth',
];
export const SYLLABLES = [
  'ash', 'brook', 'car', 'dun', 'el', 'fen', 'gar', 'hol', 'ing', 'kel', 'lan', 'mor', 'nor', 'ow', 'pen',
  'rid', 'stan', 'thorn', 'ver', 'wick', 'ley', 'ton', 'ford', 'ham', 'by', 'mere', 'cot', 'dale',
];
export const HONORIFICS = ['Ms', 'Mr', 'Dr', 'Professor', 'Councillor'];
/** Organisation name heads; `of` ones read "Institute of X Y", the rest "X Y Trust". */
export const ORG_HEADS = [
  ['Council', false], ['Trust', false], ['University', false], ['Foundation', false], ['Group', false],
  ['Ltd', false], ['Partnership', false], ['Association', true], ['Institute', true], ['Society', true],
  ['Commission', true], ['Department', true],
] as const;
export const TOPICS = [
  'housing', 'schools', 'hospitals', 'transport', 'social care', 'libraries', 'policing', 'flood defences',
  'bus routes', 'youth services', 'child protection', 'adult education', 'waste collection', 'mental health',
];
export const ROLES = [
  'chief executive', 'director of finance', 'cabinet member for housing', 'head of policy', 'chair',
  'spokeswoman', 'spokesman', 'lecturer in social policy', 'deputy leader', 'regional manager',
];
export const VERBS = ['announced', 'criticised', 'defended', 'questioned', 'welcomed', 'rejected', 'reviewed', 'delayed', 'backed', 'paused'];
export const SAY_VERBS = ['said', 'added', 'told reporters', 'warned', 'argued'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const OUTLETS = ['The Northern Ledger', 'Westmere Gazette', 'Civic Affairs Weekly', 'The Daily Courier', 'Public Services Review'];

/** Sentences with no entity in them, so paragraphs reach news-article length. */
export const FILLER = [
  'The figures have not been independently verified.',
  'Campaigners say the change will be felt most by families on low incomes.',
  'Officials said a final decision would be taken after the consultation closes.',
  'The proposals were first published in a green paper last year and have been revised twice since.',
  'Opposition members said the timetable left little room for proper scrutiny of the detail.',
  'Several local groups have asked for the documents behind the plan to be made public.',
  'A spokesperson declined to comment on individual cases while the review was under way.',
  'The scheme would be the largest of its kind outside London if it goes ahead as planned.',
  'Critics argue that the savings are overstated and that the costs will simply move elsewhere.',
  'Residents will be able to respond online or at a series of public meetings across the area.',
];

/** Site furniture that real scrapes carry around the article text. */
export const BOILERPLATE = [
  'Share this article',
  'Follow us on Twitter and Facebook',
  'Sign up to our daily newsletter',
  'Advertisement',
  'Related articles',
  'Most read',
  'blog comments powered by Disqus',
  'Copyright © {year} {outlet}. All rights reserved.',
];
