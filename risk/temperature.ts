/**
 * Reads a body temperature from the token stream and says whether it is in
 * the chemotherapy alarm range: >= 37.5 °C (99.5 °F) or < 36 °C.
 *
 * Tokens come from text/normalize, so native digits are already ASCII and a
 * decimal comma is already a dot ("38,5" -> "38.5").
 */

const CELSIUS_UNITS = new Set(['c', 'celsius', 'centigrade', '°c']);
const FAHRENHEIT_UNITS = new Set(['f', 'fahrenheit', '°f']);
const CURRENCY = new Set(['£', '€', '$', 'cost', 'costs', 'costing', 'paid', 'pay', 'price', 'charge', 'charged', 'pounds', 'fee']);
const CUE_WINDOW = 3;

interface Reading {
  value: number;
  unit: 'c' | 'f' | undefined;
  decimal: boolean;
}

function readNumber(tokens: readonly string[], i: number): Reading | undefined {
  const match = /^(\d{2,3}(?:\.\d{1,2})?)(°?[cf])?$/.exec(tokens[i] ?? '');
  if (!match) return undefined;
  const value = Number(match[1]);
  let unitText = match[2];
  let next = tokens[i + 1];
  if (next === '°') next = tokens[i + 2];
  if (unitText === undefined && next !== undefined && (CELSIUS_UNITS.has(next) || FAHRENHEIT_UNITS.has(next))) unitText = next;
  const bare = unitText?.replace('°', '');
  const unit = bare === undefined ? undefined : CELSIUS_UNITS.has(bare) ? 'c' : 'f';
  // One decimal place is how thermometers read; "38.50" is more likely money.
  return { value, unit, decimal: /\.\d$/.test(match[1] ?? '') };
}

function inAlarmRange(value: number, unit: 'c' | 'f'): boolean {
  return unit === 'c' ? (value >= 37.5 && value <= 44) || (value >= 30 && value < 36) : (value >= 99.5 && value <= 110) || (value >= 86 && value < 96.8);
}

function guessUnit(value: number): 'c' | 'f' | undefined {
  if (value >= 30 && value <= 44) return 'c';
  if (value >= 86 && value <= 110) return 'f';
  return undefined;
}

function hasCueNearby(tokens: readonly string[], i: number, isCue: (token: string) => boolean): boolean {
  const from = Math.max(0, i - CUE_WINDOW);
  const to = Math.min(tokens.length - 1, i + CUE_WINDOW);
  for (let j = from; j <= to; j++) {
    const token = tokens[j];
    if (j !== i && token !== undefined && (token === '°' || isCue(token))) return true;
  }
  return false;
}

/**
 * True when token i is an alarming temperature. A whole number with no unit
 * ("38", "101") counts only next to a temperature word ("temp", "fever",
 * "degrees", "بخار"), so ages, room numbers and prices are not read as fevers.
 */
export function isAlarmTemperature(tokens: readonly string[], i: number, isCue: (token: string) => boolean): boolean {
  if (CURRENCY.has(tokens[i - 1] ?? '') || tokens[i + 1] === '%') return false;
  const reading = readNumber(tokens, i);
  if (!reading) return false;
  const unit = reading.unit ?? guessUnit(reading.value);
  if (unit === undefined || !inAlarmRange(reading.value, unit)) return false;
  if (reading.unit !== undefined) return true;
  // Unitless decimals in range are almost always temperatures; but a low
  // reading, or a whole number, needs a temperature word nearby.
  const high = unit === 'c' ? reading.value >= 37.5 : reading.value >= 99.5;
  if (reading.decimal && high) return true;
  return hasCueNearby(tokens, i, isCue);
}
