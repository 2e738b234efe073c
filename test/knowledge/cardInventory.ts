/**
 * The fixed card inventory: data/knowledge/cards.json must hold exactly these, and the blind
 * question set is labelled with them. Kept in the tests, not read from the cards, so both are
 * checked against it rather than against each other.
 */
export const CARD_INVENTORY: readonly string[] = [
  'money.carers-allowance',
  'money.carers-allowance-rate',
  'money.carers-allowance-pension',
  'money.attendance-allowance-pip',
  'money.end-of-life-fast-track',
  'money.universal-credit-carer',
  'money.crisis-help',
  'money.carers-credit',
  'money.council-tax',
  'money.blue-badge',
  'money.prescriptions',
  'money.hospital-travel',
  'rights.carers-assessment',
  'rights.assessment-refused',
  'rights.power-of-attorney',
  'work.carers-leave',
  'work.flexible-working',
  'break.respite',
  'self.own-health',
  'home.help-at-home',
  'home.continuing-healthcare',
  'eol.dying-at-home',
  'eol.planning-ahead',
  'eol.last-days',
  'eol.how-long',
  'death.at-home',
  'death.registering',
  'death.tell-us-once',
  'death.bereavement-support',
  'death.carers-allowance-after',
  'young.young-carers',
  'access.interpreter',
];

/** Cards added after the blind question set was written (2026-12-07): the blind set, fixed once written, has no questions for them. */
export const ADDED_AFTER_BLIND_SET: readonly string[] = [
  'rights.power-of-attorney',
  'eol.planning-ahead',
  'eol.last-days',
  'eol.how-long',
  'self.own-health',
  'money.crisis-help',
];
