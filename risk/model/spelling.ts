/**
 * Romanised Urdu has no fixed spelling: one writer types "nahi", "bohat", "zindagi", another
 * "nhi", "bht", "zindgi". The model reads whole words as well as character n-grams, so each
 * spelling is a different word feature, and a new writer's spelling carries little of what
 * the training rows taught. The model folds these variants to one spelling before it reads
 * the words (the rules list their own variants in concepts/ur.json and are not affected).
 *
 * Only words that mean nothing else in the other languages the bot reads: not "nai" (Welsh
 * "nephew"), "ni" (Welsh "we"), "hun" (English), "kiya" ("did", not "kya").
 */
const VARIANTS: Record<string, readonly string[]> = {
  nahi: ['nahin', 'nahee', 'nahiin', 'nhi', 'nhin', 'nahein'],
  bahut: ['bohat', 'bohot', 'bhot', 'bht', 'bahot', 'bohut', 'bhut'],
  mujhe: ['mujhay', 'mujhy', 'mujhey', 'mujhee', 'mjhe', 'mje'],
  mujhse: ['mujhsay', 'mujhsy', 'mjhse'],
  kuch: ['kuchh', 'kch', 'kuchch'],
  zindagi: ['zindgi', 'zindagee', 'zndgi', 'zendagi', 'zindagy', 'zindagie'],
  kya: ['kia', 'kyaa'],
  kyun: ['kyon', 'kiun', 'kyu', 'kyoon', 'kyoun'],
  hai: ['hy', 'hae'],
  khudkushi: ['khudkashi', 'khudkhushi', 'khudkshi', 'khudkushee', 'khudkusi', 'khudkhshi', 'khudkashee'],
  khatam: ['khatm', 'khtm', 'khatum', 'khattam'],
  pareshan: ['preshan', 'pareshaan', 'preshaan', 'parishan'],
  gaya: ['gya'],
  gayi: ['gyi', 'gayee'],
  gaye: ['gye'],
  raha: ['rha'],
  rahi: ['rhi'],
  rahe: ['rhe'],
  sakta: ['skta'],
  sakti: ['skti'],
  karna: ['krna'],
  karta: ['krta'],
  karti: ['krti'],
  kar: ['kr'],
  theek: ['thik', 'thek', 'teek', 'theik'],
  dawai: ['dawaai', 'dwai', 'dawaee'],
  goliyan: ['goliyaan', 'golian', 'goliya'],
  zehar: ['zeher', 'zahar', 'zehr'],
  marna: ['marnaa'],
  sukoon: ['sakoon', 'sukun'],
  ammi: ['ammy'],
};

const FOLD: ReadonlyMap<string, string> = new Map(Object.entries(VARIANTS).flatMap(([word, variants]) => variants.map((v) => [v, word] as const)));

/** The one spelling the model reads for this token (the token itself when it has no variant). */
export function foldSpelling(token: string): string {
  return FOLD.get(token) ?? token;
}
