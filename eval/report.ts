/** Prints a set's scores against the product's targets (issue 13) as plain text. */
import { RISK_LEVELS } from '../core/risk';
import type { Ratio, Scores } from './scores';

export interface Targets {
  urgent: number;
  emergency: number;
  concern: number;
  falseAlarms: number;
  overFlagging: number;
}

/** Messages written for the product; real people's texts have their own (lower) targets. */
export const WRITTEN_TARGETS: Targets = { urgent: 0.98, emergency: 0.95, concern: 0.85, falseAlarms: 0.03, overFlagging: 0.1 };
export const REAL_TARGETS: Targets = { urgent: 0.9, emergency: 0.85, concern: 0.7, falseAlarms: 0.05, overFlagging: 0.1 };

function verdict(ratio: Ratio, target: number, atMost = false): string {
  const value = ratio.value;
  if (value === null) return '';
  return (atMost ? value <= target : value >= target) ? 'ok' : 'BELOW TARGET';
}

export function riskLines(s: Scores, targets: Targets): string[] {
  return [
    `  urgent recall     ${s.urgent}   target >= ${targets.urgent} ${verdict(s.urgent, targets.urgent)}`,
    `  emergency recall  ${s.emergency}   target >= ${targets.emergency} ${verdict(s.emergency, targets.emergency)}`,
    `  concern recall    ${s.concern}   target >= ${targets.concern} ${verdict(s.concern, targets.concern)}`,
    `  false alarms      ${s.falseAlarms}   target <= ${targets.falseAlarms} ${verdict(s.falseAlarms, targets.falseAlarms, true)}`,
    `  over-flagging     ${s.overFlagging}   target <= ${targets.overFlagging} ${verdict(s.overFlagging, targets.overFlagging, true)}`,
    `  urgent precision  ${s.urgentPrecision}`,
  ];
}

export function confusionLines(s: Scores): string[] {
  const head = `  gold\\predicted ${RISK_LEVELS.map((l) => l.padStart(10)).join('')}`;
  return [head, ...RISK_LEVELS.map((gold) => `  ${gold.padEnd(15)}${RISK_LEVELS.map((p) => String(s.confusion[gold][p]).padStart(10)).join('')}`)];
}

export function categoryLines(s: Scores): string[] {
  return [...s.categories].sort(([a], [b]) => a.localeCompare(b)).map(([category, ratio]) => `  recall ${category.padEnd(18)} ${ratio}`);
}

export function languageLines(byLanguage: Map<string, Scores>): string[] {
  const lines = ['  lang       urgent              emergency           concern             false alarms        over-flagging'];
  for (const [lang, s] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
    const cell = (r: Ratio) => r.toString().padEnd(20);
    lines.push(`  ${lang.padEnd(10)} ${cell(s.urgent)}${cell(s.emergency)}${cell(s.concern)}${cell(s.falseAlarms)}${cell(s.overFlagging)}`);
  }
  return lines;
}
