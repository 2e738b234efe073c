/**
 * Every check of the admin space, table-driven: each bad input is refused with its reason, and
 * the organisation it would have changed is left exactly as it was.
 */
import { expect } from 'chai';
import { applySettings, checkLogo, settingsOf, type SettingsInput } from '../../admin';
import { loadOrganisations, type Organisation } from '../../handoff/orgs';

const demo = loadOrganisations().get('demo')!;
/** Public addresses for every host but the ones named: no DNS in tests. */
const ADDRESSES: Record<string, string[]> = {
  'hooks.example.org': ['93.184.216.34'],
  'internal.example.org': ['10.1.2.3'],
  'rebind.example.org': ['93.184.216.34', '127.0.0.1'],
  'metadata.example.org': ['169.254.169.254'],
  'v6local.example.org': ['fe80::1'],
};
const resolve = async (host: string): Promise<string[]> => {
  if (!(host in ADDRESSES)) throw new Error('ENOTFOUND');
  return ADDRESSES[host];
};

const good = (): SettingsInput => ({ ...settingsOf(demo), notifyWebhook: '' });

describe('admin settings: each bad input refused with its reason, nothing changed', () => {
  it('accepts the current settings and a change of greeting, hours and webhook', async () => {
    const result = await applySettings(
      demo,
      {
        ...good(),
        greeting: { en: 'Hello from us.' },
        hours: [{ byday: 'MO,TU', opens_at: '10:00', closes_at: '16:00' }],
        notifyWebhook: 'https://hooks.example.org/alert',
      },
      { resolve },
    );
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.org.greeting).to.deep.equal({ en: 'Hello from us.' });
    expect(result.org.adviceLine.hours).to.deep.equal([{ byday: 'MO,TU', opens_at: '10:00', closes_at: '16:00' }]);
    expect(result.org.notifyWebhook).to.equal('https://hooks.example.org/alert');
  });

  const cases: Array<[string, (s: SettingsInput) => SettingsInput, RegExp]> = [
    [
      'primary colour too light for white text',
      (s) => ({ ...s, colours: { primary: '#7fa7d9', accent: '#000000' } }),
      /colours\.primary #7fa7d9 has contrast 2\.\d\d:1 with white text, needs 4\.5:1/,
    ],
    [
      'accent invisible on the primary',
      (s) => ({ ...s, colours: { primary: '#1d4f91', accent: '#1d4f92' } }),
      /colours\.accent #1d4f92 has contrast 1\.\d\d:1 with primary, needs 3:1/,
    ],
    ['a colour that is not #rrggbb', (s) => ({ ...s, colours: { primary: 'blue', accent: '#ffd23f' } }), /colours\.primary has the wrong form/],
    [
      'hours that close before they open',
      (s) => ({ ...s, hours: [{ byday: 'MO', opens_at: '17:00', closes_at: '09:00' }] }),
      /hours\[0\] closes at 09:00, which is not after it opens at 17:00/,
    ],
    [
      'hours that close when they open',
      (s) => ({ ...s, hours: [{ byday: 'MO', opens_at: '09:00', closes_at: '09:00' }] }),
      /hours\[0\] closes at 09:00, which is not after it opens/,
    ],
    [
      'overlapping hours on one day',
      (s) => ({
        ...s,
        hours: [
          { byday: 'MO,TU', opens_at: '09:00', closes_at: '13:00' },
          { byday: 'TU', opens_at: '12:00', closes_at: '17:00' },
        ],
      }),
      /hours\[1\] overlaps adviceLine\.hours\[0\] on TU/,
    ],
    ['no opening hours at all', (s) => ({ ...s, hours: [] }), /needs at least one opening time/],
    ['a day that does not exist', (s) => ({ ...s, hours: [{ byday: 'XX', opens_at: '09:00', closes_at: '17:00' }] }), /hours\[0\] needs at least one day/],
    ['a time out of range', (s) => ({ ...s, hours: [{ byday: 'MO', opens_at: '25:00', closes_at: '26:00' }] }), /hours\[0\] times must be HH:MM/],
    ['a closed day that is not a date', (s) => ({ ...s, closedDates: ['2026-02-30'] }), /closedDates\[0\] "2026-02-30" is not a date/],
    ['a closed day twice', (s) => ({ ...s, closedDates: ['2026-12-25', '2026-12-25'] }), /closedDates\[1\] 2026-12-25 is listed twice/],
    ['a wildcard website', (s) => ({ ...s, allowedOrigins: ['https://*.example.org'] }), /allowedOrigins\[0\] "https:\/\/\*\.example\.org" is a wildcard/],
    ['a port wildcard', (s) => ({ ...s, allowedOrigins: ['http://localhost:*'] }), /allowedOrigins\[0\] .* is a wildcard/],
    ['a website with a path', (s) => ({ ...s, allowedOrigins: ['https://www.example.org/carers'] }), /allowedOrigins\[0\] .* must be an exact origin/],
    ['a website with a trailing slash', (s) => ({ ...s, allowedOrigins: ['https://www.example.org/'] }), /must be an exact origin/],
    ['a website that is not a web address', (s) => ({ ...s, allowedOrigins: ['example.org'] }), /must be an exact origin/],
    ['a webhook over http', (s) => ({ ...s, notifyWebhook: 'http://hooks.example.org/alert' }), /notifyWebhook (has the wrong form|must start with https)/],
    [
      'a webhook on a private address',
      (s) => ({ ...s, notifyWebhook: 'https://internal.example.org/x' }),
      /notifyWebhook internal\.example\.org resolves to a private or local address \(10\.1\.2\.3\)/,
    ],
    [
      'a webhook whose name also resolves to loopback',
      (s) => ({ ...s, notifyWebhook: 'https://rebind.example.org/x' }),
      /resolves to a private or local address \(127\.0\.0\.1\)/,
    ],
    ['a webhook on the link-local metadata address', (s) => ({ ...s, notifyWebhook: 'https://metadata.example.org/x' }), /169\.254\.169\.254/],
    ['a webhook on an IPv6 link-local address', (s) => ({ ...s, notifyWebhook: 'https://v6local.example.org/x' }), /fe80::1/],
    ['a webhook given as a loopback IP', (s) => ({ ...s, notifyWebhook: 'https://127.0.0.1/x' }), /127\.0\.0\.1 resolves to a private or local address/],
    ['a webhook given as an IPv4-mapped IPv6 private address', (s) => ({ ...s, notifyWebhook: 'https://[::ffff:192.168.0.1]/x' }), /private or local address/],
    ['a webhook whose host does not resolve', (s) => ({ ...s, notifyWebhook: 'https://nowhere.example.org/x' }), /cannot resolve nowhere\.example\.org/],
    ['a webhook with a password in it', (s) => ({ ...s, notifyWebhook: 'https://user:secret@hooks.example.org/x' }), /must not carry a user name or password/],
    ['no English greeting', (s) => ({ ...s, greeting: { cy: 'Helo' } }), /greeting\.en is required/],
    [
      'a greeting for a language not offered',
      (s) => ({ ...s, languages: ['en'], greeting: { en: 'Hello', pl: 'Cześć' } }),
      /greeting\.pl is for a language not in languages/,
    ],
    ['an unknown language', (s) => ({ ...s, languages: ['en', 'xx'] }), /languages\[1\] must be one of/],
    ['no language', (s) => ({ ...s, languages: [] }), /languages must NOT have fewer than 1 items/],
    ['an empty name', (s) => ({ ...s, name: '' }), /name must NOT have fewer than 1 characters/],
    ['a phone number with letters', (s) => ({ ...s, phone: '0300 CALL US' }), /adviceLine\.phone has the wrong form/],
    ['hours that are not a list', (s) => ({ ...s, hours: 'always' as unknown as SettingsInput['hours'] }), /adviceLine\.hours must be a list/],
  ];

  for (const [what, change, reason] of cases) {
    it(`refuses ${what}`, async () => {
      const before: Organisation = structuredClone(demo);
      const result = await applySettings(demo, change(good()), { resolve });
      expect(result.ok, what).to.equal(false);
      if (result.ok) return;
      expect(result.problems.join('\n')).to.match(reason);
      expect(demo, 'the organisation is left as it was').to.deep.equal(before);
    });
  }

  it('refuses a body that is not settings', async () => {
    for (const raw of [undefined, null, 'x', [], 42]) {
      const result = await applySettings(demo, raw, { resolve });
      expect(result.ok).to.equal(false);
    }
  });
});

const png = (width: number, height: number, extra = 0): string => {
  const bytes = Buffer.alloc(33 + extra);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes.toString('base64');
};
const svg = (inner: string, attributes = ''): string =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`).toString('base64');

describe('admin logo: PNG or sanitised SVG within the size limit', () => {
  it('accepts a PNG and names it by its content', () => {
    const result = checkLogo('demo', 'image/png', png(64, 64));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.logo.path).to.match(/^uploads\/demo-[0-9a-f]{12}\.png$/);
  });

  it('accepts a plain SVG and writes it out again from its parse (comments and the XML declaration dropped)', () => {
    const text = `<?xml version="1.0"?><!-- made by hand --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo &amp; name</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/></svg>`;
    const result = checkLogo('demo', 'image/svg+xml', Buffer.from(text).toString('base64'));
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    const out = Buffer.from(result.logo.base64, 'base64').toString('utf8');
    expect(out).to.equal(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo &amp; name</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/></svg>',
    );
  });

  const refused: Array<[string, string, string, RegExp]> = [
    ['a GIF', 'image/gif', Buffer.from('GIF89a....').toString('base64'), /a logo must be a PNG or an SVG image/],
    ['a PNG that is not one', 'image/png', Buffer.from('not a png at all, just text to fill').toString('base64'), /not a PNG image/],
    ['a PNG too big in bytes', 'image/png', png(64, 64, 101 * 1024), /at most 100 KB/],
    ['a PNG too big in pixels', 'image/png', png(5000, 10), /5000×10 pixels; at most 2048×2048/],
    ['an empty file', 'image/png', '', /the file is empty/],
    ['something that is not base64', 'image/png', '!!!', /could not be read/],
    ['an SVG with a script', 'image/svg+xml', svg('<script>alert(1)</script>'), /the element <script> is not allowed/],
    [
      'an SVG with an event handler',
      'image/svg+xml',
      svg('<rect width="1" height="1"/>', ' onload="alert(1)"'),
      /the attribute onload on <svg> is not allowed/,
    ],
    ['an SVG with a link', 'image/svg+xml', svg('<a href="https://evil.example"><rect width="1" height="1"/></a>'), /the element <a> is not allowed/],
    ['an SVG with an external image', 'image/svg+xml', svg('<image href="https://evil.example/x.png"/>'), /the element <image> is not allowed/],
    ['an SVG with xlink:href', 'image/svg+xml', svg('<use xlink:href="#a"/>'), /the element <use> is not allowed/],
    ['an SVG with a style element', 'image/svg+xml', svg('<style>@import url(https://evil.example/x.css);</style>'), /the element <style> is not allowed/],
    ['an SVG with a style attribute', 'image/svg+xml', svg('<rect style="fill:red" width="1" height="1"/>'), /the attribute style on <rect> is not allowed/],
    ['an SVG with foreignObject', 'image/svg+xml', svg('<foreignObject><div>x</div></foreignObject>'), /the element <foreignObject> is not allowed/],
    [
      'an SVG referring to another file',
      'image/svg+xml',
      svg('<rect fill="url(https://evil.example/#g)" width="1" height="1"/>'),
      /may refer only to this file/,
    ],
    ['an SVG with a javascript: value', 'image/svg+xml', svg('<rect fill="javascript:alert(1)" width="1" height="1"/>'), /has a value that is not allowed/],
    [
      'an SVG with a DOCTYPE (entity expansion)',
      'image/svg+xml',
      Buffer.from('<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64'),
      /DOCTYPE, CDATA and processing instructions are not allowed/,
    ],
    ['an SVG with an unknown entity', 'image/svg+xml', svg('<title>&x;</title>'), /the entity &x; is not allowed/],
    ['an SVG with CDATA', 'image/svg+xml', svg('<title><![CDATA[x]]></title>'), /DOCTYPE, CDATA and processing instructions are not allowed/],
    [
      'an SVG with another namespace',
      'image/svg+xml',
      Buffer.from('<svg xmlns="http://www.w3.org/1999/xhtml"></svg>').toString('base64'),
      /xmlns must be http:\/\/www\.w3\.org\/2000\/svg/,
    ],
    ['an SVG not closed', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><g>').toString('base64'), /is not closed/],
    ['an SVG with two roots', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/><svg/>').toString('base64'), /content after the closing/],
    ['an HTML file', 'image/svg+xml', Buffer.from('<html><body></body></html>').toString('base64'), /the element <html> is not allowed/],
    ['an SVG too big', 'image/svg+xml', svg(`<title>${'x'.repeat(101 * 1024)}</title>`), /at most 100 KB/],
  ];
  for (const [what, type, data, reason] of refused) {
    it(`refuses ${what}`, () => {
      const result = checkLogo('demo', type, data);
      expect(result.ok, what).to.equal(false);
      if (!result.ok) expect(result.problem).to.match(reason);
    });
  }
});
