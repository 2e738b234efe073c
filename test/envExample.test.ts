import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { loadConfig } from '../config';

/** .env.example documents every variable: it must boot as it is, and name each one config.ts reads. */
describe('.env.example', () => {
  const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
  const env = dotenv.parse(text);

  it('is a valid local configuration as shipped', () => {
    const config = loadConfig(env);
    expect(config.port).to.equal(3978);
    expect(config.identity).to.equal(undefined);
  });

  it('documents every variable that config.ts reads', () => {
    const source = readFileSync(new URL('../config.ts', import.meta.url), 'utf8');
    const read = new Set([...source.matchAll(/\b(?:text|integer|oneOf|flag)\(env, '([A-Za-z_]+)'/g)].map((m) => m[1]));
    read.add('NODE_ENV');
    expect(read.size).to.be.greaterThan(10);
    for (const name of read) expect(Object.keys(env), name).to.include(name);
  });
});
