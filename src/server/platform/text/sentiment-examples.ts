import type { SentimentLabel } from './sentiment.js';

/**
 * Hand-written staff-style comments with the label a person would give them, for the sentiment
 * tests. Written for this project (not taken from any survey); some are deliberately hard
 * (lukewarm words, sarcasm, negated praise) so the accuracy reported is not flattering.
 */
export const SENTIMENT_EXAMPLES: readonly [string, SentimentLabel][] = [
  ['The new e-obs system is brilliant and saves me so much time.', 'positive'],
  ['Training was really helpful and the trainers were patient.', 'positive'],
  ['I love being able to see results on my phone 👍', 'positive'],
  ['Single sign-on has made nights so much easier.', 'positive'],
  ['The digital team are fantastic, always quick to help.', 'positive'],
  ['Great improvement since the upgrade.', 'positive'],
  ['Having the laptops on wheels works well on our ward.', 'positive'],
  ['The system crashes every day and we lose work.', 'negative'],
  ['It takes twenty minutes to log in at the start of a shift, it is a nightmare.', 'negative'],
  ['Printers never work and the wifi drops all the time.', 'negative'],
  ['We enter the same data into three systems, a waste of everyone\'s time.', 'negative'],
  ['Not good enough for a modern hospital.', 'negative'],
  ['The EPR is clunky and slow.', 'negative'],
  ['I am so frustrated with the constant password resets 😡', 'negative'],
  ['Nobody told us the system was changing and now nothing works.', 'negative'],
  ['Referrals get lost between the GP system and ours.', 'negative'],
  ['Results from the other trust come as PDFs by email that we have to upload by hand.', 'negative'],
  ['We type the care plan in again on the ward system.', 'negative'],
  ['The nurses were great but the system is awful.', 'mixed'],
  ['Training was good, however the kit we were given does not work.', 'mixed'],
  ['I like the new dashboard although it freezes every afternoon.', 'mixed'],
  ['The app is really useful; the login is terrible.', 'mixed'],
  ['Fantastic support from IT, but the laptops are ancient and slow.', 'mixed'],
  ['I use the system for handover and discharge letters.', 'neutral'],
  ['We mostly use paper on nights.', 'neutral'],
  ['Nothing to add.', 'neutral'],
  ['N/A', 'neutral'],
  ['', 'neutral'],
  ['We have four computers for twelve staff.', 'neutral'],
  ['The pharmacy system is separate from the EPR.', 'neutral'],
  ['Patient care records come from the neighbouring trust.', 'neutral'],
  ['It is okay I suppose.', 'neutral'],
  ['Oh great, another system to learn.', 'negative'],
];
