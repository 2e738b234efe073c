/**
 * A place whose council has no local help at all in the shipped data. The data keeps growing, so
 * tests of "nothing local" find such a place instead of naming one that may gain a service.
 */
import { allDistricts, localHelpFor, lookupPostcodeDistrict } from '../../catalogue';

export function districtWithNothingLocal(): { district: string; council: string } {
  for (const district of allDistricts()) {
    const info = lookupPostcodeDistrict(district);
    if (info.split || info.region || !info.nation || !info.councilCodes?.length) continue;
    if (localHelpFor(info.councilCodes, info.nation, { district }).nothingLocal) return { district, council: info.councilCodes[0]! };
  }
  throw new Error('every council now has local help: test "nothing local" with local help data of its own');
}
