/** Dev-set risk scores (CONTRACTS.md definitions) and the misses behind them: `npx tsx test/risk/devscore.ts`. */
import { readFileSync } from 'node:fs';
import { assessRisk } from '../../risk/index';
const R = ['none', 'concern', 'urgent', 'emergency'];
const rows = readFileSync(new URL('../../../shared/eval/dev-utterances.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
let u = 0,
  uh = 0,
  e = 0,
  eh = 0,
  fa = 0,
  fan = 0,
  c = 0,
  ch = 0;
const miss: string[] = [];
for (const r of rows) {
  const a = assessRisk(r.text);
  const p = R.indexOf(a.level),
    mn = R.indexOf(r.risk_min),
    mx = R.indexOf(r.risk_max);
  if (mn >= 2) {
    u++;
    if (p >= 2) uh++;
    else miss.push(`MISS-U ${r.id} ${a.level} ${r.text.slice(0, 90)}`);
  }
  if (mn === 3) {
    e++;
    if (p === 3) eh++;
    else miss.push(`MISS-E ${r.id} ${a.level} ${r.text.slice(0, 90)}`);
  }
  if (mx <= 1) {
    fan++;
    if (p >= 2) {
      fa++;
      miss.push(`FA ${r.id} ${a.level} ${a.ruleIds} ${r.text.slice(0, 90)}`);
    }
  }
  if (p < mn || p > mx)
    if (mn < 2 && !(mx <= 1 && p >= 2)) miss.push(`RANGE ${r.id} ${a.level} [${r.risk_min},${r.risk_max}] ${a.ruleIds} ${r.text.slice(0, 80)}`);
  if (r.categories.length) {
    c++;
    if (r.categories.some((x: string) => a.categories.includes(x as never))) ch++;
  }
}
console.log(miss.join('\n'));
console.log(
  `urgent recall ${uh}/${u}=${(uh / u).toFixed(3)} emergency recall ${eh}/${e}=${(eh / e).toFixed(3)} false alarms ${fa}/${fan}=${(fa / fan).toFixed(3)} category recall ${ch}/${c}=${(ch / c).toFixed(3)}`,
);
