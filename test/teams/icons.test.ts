import { expect } from 'chai';
import { ACCENT_COLOR, iconFiles } from '../../teams/icons';
import { encodePng } from '../../teams/png';
import { readPng } from './pngReader';

describe('teams/icons', () => {
  const files = iconFiles();

  it('color.png is a 192x192 opaque RGBA image using the accent colour and white', () => {
    const png = readPng(files['color.png']);
    expect([png.width, png.height, png.bitDepth, png.colourType]).to.deep.equal([192, 192, 8, 6]);
    const alphas = new Set<number>();
    for (let i = 3; i < png.pixels.length; i += 4) alphas.add(png.pixels[i]);
    expect([...alphas]).to.deep.equal([255]);
    const corner = `#${[...png.pixels.subarray(0, 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    expect(corner).to.equal(ACCENT_COLOR);
    const centre = (96 * 192 + 96) * 4;
    expect([...png.pixels.subarray(centre, centre + 3)]).to.deep.equal([255, 255, 255]);
  });

  it('outline.png is 32x32, white only, with a transparent background and a visible shape', () => {
    const png = readPng(files['outline.png']);
    expect([png.width, png.height, png.colourType]).to.deep.equal([32, 32, 6]);
    let opaque = 0;
    for (let i = 0; i < png.pixels.length; i += 4) {
      expect([png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]]).to.deep.equal([255, 255, 255]);
      if (png.pixels[i + 3] === 255) opaque++;
    }
    expect(png.pixels[3], 'top-left corner is transparent').to.equal(0);
    expect(opaque)
      .to.be.greaterThan(200)
      .and.lessThan(32 * 32 - 200);
  });

  it('gives the same bytes every time', () => {
    const again = iconFiles();
    expect(again['color.png'].equals(files['color.png'])).to.equal(true);
    expect(again['outline.png'].equals(files['outline.png'])).to.equal(true);
  });

  it('the encoder refuses pixel data of the wrong size', () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(15) })).to.throw(/16 RGBA bytes/);
  });
});
