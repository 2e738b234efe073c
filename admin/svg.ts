/**
 * A strict allow-list parser for SVG logos: only drawing elements and presentation attributes;
 * no script, no style, no links or external references (href, url() other than #id), no
 * entities, DOCTYPE, CDATA or processing instructions. Anything outside the list is refused
 * with the reason rather than silently dropped; what passes is written out again from the
 * parse, so nothing the parser did not understand reaches a browser.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

const ELEMENTS = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'title', 'desc', 'defs',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'text', 'tspan',
]); // prettier-ignore
const TEXT_ELEMENTS = new Set(['title', 'desc', 'text', 'tspan']);
const ATTRIBUTES = new Set([
  'id', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'd', 'points',
  'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset',
  'opacity', 'fill-opacity', 'stroke-opacity', 'fill-rule', 'clip-rule', 'transform', 'offset', 'stop-color', 'stop-opacity',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'clip-path', 'clipPathUnits', 'font-family', 'font-size', 'font-weight',
  'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'xmlns', 'version', 'preserveAspectRatio', 'role',
  'aria-label', 'aria-hidden', 'focusable', 'xml:space', 'dx', 'dy',
]); // prettier-ignore

const NAME = /^[A-Za-z][A-Za-z0-9:_-]*/;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class SvgRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SvgRefused';
  }
}

interface Element {
  name: string;
  attributes: [string, string][];
  children: (Element | string)[];
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (all, ref: string | undefined) => {
    if (ref === undefined) throw new SvgRefused('a bare "&" is not allowed');
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    if (ref in ENTITY) return ENTITY[ref];
    throw new SvgRefused(`the entity &${ref}; is not allowed`);
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function checkValue(element: string, name: string, value: string): void {
  const lower = value.toLowerCase().replace(/\s+/g, '');
  for (const match of lower.matchAll(/url\(([^)]*)\)/g)) {
    if (!/^['"]?#[a-z0-9_-]+['"]?$/.test(match[1])) throw new SvgRefused(`<${element} ${name}> may refer only to this file (url(#id))`);
  }
  if (/javascript:|data:|expression\(|@import|<|\\/.test(lower)) throw new SvgRefused(`<${element} ${name}> has a value that is not allowed`);
  if (name === 'xmlns' && value !== SVG_NS) throw new SvgRefused(`xmlns must be ${SVG_NS}`);
}

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Element {
    this.skipProlog();
    const root = this.element();
    if (root.name !== 'svg') throw new SvgRefused('the file must be an <svg> document');
    this.skipMisc();
    if (this.at < this.text.length) throw new SvgRefused('there is content after the closing </svg>');
    return root;
  }

  private skipProlog(): void {
    if (this.text.startsWith('\ufeff')) this.at = 1;
    this.skipSpace();
    if (this.text.startsWith('<?xml', this.at)) {
      const end = this.text.indexOf('?>', this.at);
      if (end < 0) throw new SvgRefused('the XML declaration is not closed');
      this.at = end + 2;
    }
    this.skipMisc();
  }

  /** Spaces and comments (dropped); anything else starting with <! or <? is refused. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('<!--', this.at)) {
        const end = this.text.indexOf('-->', this.at + 4);
        if (end < 0) throw new SvgRefused('a comment is not closed');
        this.at = end + 3;
      } else if (this.text.startsWith('<!', this.at) || this.text.startsWith('<?', this.at)) {
        throw new SvgRefused('DOCTYPE, CDATA and processing instructions are not allowed');
      } else return;
    }
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  private name(): string {
    const m = NAME.exec(this.text.slice(this.at, this.at + 100));
    if (!m) throw new SvgRefused(`unexpected text at character ${this.at}`);
    this.at += m[0].length;
    return m[0];
  }

  private element(): Element {
    if (this.text[this.at] !== '<') throw new SvgRefused(`expected an element at character ${this.at}`);
    this.at++;
    const name = this.name();
    if (!ELEMENTS.has(name)) throw new SvgRefused(`the element <${name}> is not allowed`);
    const attributes: [string, string][] = [];
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('/>', this.at)) {
        this.at += 2;
        return { name, attributes, children: [] };
      }
      if (this.text[this.at] === '>') {
        this.at++;
        break;
      }
      const attribute = this.name();
      if (!ATTRIBUTES.has(attribute)) throw new SvgRefused(`the attribute ${attribute} on <${name}> is not allowed`);
      if (attributes.some(([n]) => n === attribute)) throw new SvgRefused(`the attribute ${attribute} on <${name}> is given twice`);
      this.skipSpace();
      if (this.text[this.at] !== '=') throw new SvgRefused(`the attribute ${attribute} on <${name}> has no value`);
      this.at++;
      this.skipSpace();
      const quote = this.text[this.at];
      if (quote !== '"' && quote !== "'") throw new SvgRefused(`the attribute ${attribute} on <${name}> must be quoted`);
      const end = this.text.indexOf(quote, this.at + 1);
      if (end < 0) throw new SvgRefused(`the attribute ${attribute} on <${name}> is not closed`);
      const value = decode(this.text.slice(this.at + 1, end));
      this.at = end + 1;
      checkValue(name, attribute, value);
      attributes.push([attribute, value]);
    }
    const children: (Element | string)[] = [];
    for (;;) {
      if (this.at >= this.text.length) throw new SvgRefused(`<${name}> is not closed`);
      if (this.text.startsWith('</', this.at)) {
        this.at += 2;
        const closing = this.name();
        if (closing !== name) throw new SvgRefused(`</${closing}> closes <${name}>`);
        this.skipSpace();
        if (this.text[this.at] !== '>') throw new SvgRefused(`</${closing}> is not closed`);
        this.at++;
        return { name, attributes, children };
      }
      if (this.text.startsWith('<!--', this.at) || this.text.startsWith('<!', this.at) || this.text.startsWith('<?', this.at)) {
        this.skipMisc();
        continue;
      }
      if (this.text[this.at] === '<') {
        children.push(this.element());
        continue;
      }
      const next = this.text.indexOf('<', this.at);
      const raw = this.text.slice(this.at, next < 0 ? this.text.length : next);
      this.at += raw.length;
      const text = decode(raw);
      if (text.trim() === '') continue;
      if (!TEXT_ELEMENTS.has(name)) throw new SvgRefused(`text is not allowed directly inside <${name}>`);
      children.push(text);
    }
  }
}

function serialise(element: Element): string {
  const attributes = element.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
  if (element.children.length === 0) return `<${element.name}${attributes}/>`;
  const inner = element.children.map((c) => (typeof c === 'string' ? escapeText(c) : serialise(c))).join('');
  return `<${element.name}${attributes}>${inner}</${element.name}>`;
}

/** The logo written out again from its parse, or SvgRefused with the reason. */
export function sanitiseSvg(text: string): string {
  const root = new Parser(text).parse();
  if (!root.attributes.some(([n]) => n === 'xmlns')) root.attributes.unshift(['xmlns', SVG_NS]);
  return serialise(root);
}
