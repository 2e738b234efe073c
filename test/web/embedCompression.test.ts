/** Which encoding a browser gets, and the compressed copies' contents. */
import { expect } from 'chai';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompressedCopies, negotiateEncoding, type Encoding } from '../../web/embedCompression';

describe('embed compression', () => {
  describe('negotiateEncoding', () => {
    const both: Encoding[] = ['br', 'gzip'];
    const cases: Array<[string | undefined, Encoding[], Encoding]> = [
      ['gzip, deflate, br, zstd', both, 'br'],
      ['br', both, 'br'],
      ['gzip', both, 'gzip'],
      ['GZIP', both, 'gzip'],
      ['br;q=0, gzip', both, 'gzip'],
      ['br;q=0, gzip;q=0', both, 'identity'],
      ['br;q=0.5, gzip;q=1', both, 'br'],
      ['*', both, 'br'],
      ['*;q=0, gzip', both, 'gzip'],
      ['identity', both, 'identity'],
      ['deflate', both, 'identity'],
      ['', both, 'identity'],
      [undefined, both, 'identity'],
      // Brotli not made yet (a big file at start-up): gzip meanwhile.
      ['gzip, br', ['gzip'], 'gzip'],
      ['br', ['gzip'], 'identity'],
    ];
    for (const [accept, ready, expected] of cases) {
      it(`"${accept}" with ${ready.join('+')} ready -> ${expected}`, () => expect(negotiateEncoding(accept, ready)).to.equal(expected));
    }
  });

  describe('CompressedCopies', () => {
    const body = Buffer.from('function chat() { return "hello"; }\n'.repeat(200));
    const file = { body, version: 'v1' };

    it('gives brotli, gzip or the body itself, each decoding to the same bytes', async () => {
      const copies = new CompressedCopies();
      copies.prepare(file);
      await copies.settled();
      const br = await copies.encode(file, 'br, gzip');
      expect(br.encoding).to.equal('br');
      expect(brotliDecompressSync(br.body).equals(body)).to.equal(true);
      const gzip = await copies.encode(file, 'gzip');
      expect(gzip.encoding).to.equal('gzip');
      expect(gunzipSync(gzip.body).equals(body)).to.equal(true);
      const plain = await copies.encode(file, undefined);
      expect(plain).to.deep.equal({ body, encoding: 'identity' });
      expect(br.body.length).to.be.below(gzip.body.length);
    });

    it('compresses once: the same copy every time', async () => {
      const copies = new CompressedCopies();
      const first = await copies.encode(file, 'br');
      const second = await copies.encode(file, 'br');
      expect(second.body).to.equal(first.body);
    });

    it('leaves tiny bodies alone', async () => {
      const tiny = Buffer.from('ok');
      expect(await new CompressedCopies().encode({ body: tiny, version: 't' }, 'br, gzip')).to.deep.equal({ body: tiny, encoding: 'identity' });
    });

    it('a file whose body is no longer kept is served from its copies by its version; its body is read only for identity', async () => {
      const copies = new CompressedCopies();
      copies.prepare(file);
      await copies.settled();
      let reads = 0;
      const bodiless = {
        version: 'v1',
        get body() {
          reads++;
          return body;
        },
      };
      expect((await copies.encode(bodiless, 'br')).encoding).to.equal('br');
      expect((await copies.encode(bodiless, 'gzip')).encoding).to.equal('gzip');
      expect(reads).to.equal(0);
      expect(await copies.encode(bodiless, 'identity')).to.deep.equal({ body, encoding: 'identity' });
      expect(reads).to.equal(1);
    });
  });
});
