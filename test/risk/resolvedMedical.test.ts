/**
 * A medical event told as over, or asked about as a what-if, is no emergency now; the same event
 * happening now, again or getting worse still is (data/risk/frames/resolved*.json). Rules alone.
 */
import { describeRuleLevels, type LevelTables } from './ruleLevels';

/** [text, the rules' level]. */
const TABLES: LevelTables = {
  en: [
    ['mum had chest pains last month, the hospital said it was indigestion', 'none'],
    ["dad collapsed in march, he's been fine since", 'none'],
    ['what do i do if he has a seizure', 'none'],
    ['she had a fever after chemo last week but it went down, she is fine now', 'none'],
    ["she had a fit an hour ago and now she's not making sense", 'emergency'],
    ["he had chest pain last week and now it's back again and he can't breathe", 'emergency'],
    ["what do i do, he's having a fit", 'emergency'],
    ["the doctor said it was nothing but he's collapsed again", 'emergency'],
    ['on chemo and temp is 38.3', 'emergency'],
  ],
};

describeRuleLevels('a medical event told as over is no emergency now (frames resolved_medical)', TABLES);
