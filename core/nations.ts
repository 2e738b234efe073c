/** The UK nations, whose laws, benefits and crisis lines differ. */
export type Nation = 'england' | 'scotland' | 'wales' | 'northern_ireland';
export const NATIONS: readonly Nation[] = ['england', 'scotland', 'wales', 'northern_ireland'];
