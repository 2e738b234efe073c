/** Welsh "sy'n" (who is) folds to Polish "syn" (son): in Welsh it is never a son. */
import { expect } from 'chai';
import { findPeople } from '../../understanding';

describe("Welsh sy'n is no son", () => {
  it('"Dw i\'n gofalu am fy mam sy\'n sâl" is mum only', () =>
    expect(findPeople("Dw i'n gofalu am fy mam sy'n sâl", ['cy', 'en']).map((p) => p.relation)).to.deep.equal(['mother']));
  it('"Mój syn ma raka" is still a son in Polish', () => expect(findPeople('Mój syn ma raka', ['pl', 'en']).map((p) => p.relation)).to.deep.equal(['son']));
});
