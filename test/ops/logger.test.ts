import { expect } from 'chai';
import { createLogger } from '../../ops/logger';
import { withRequestId } from '../../ops/requestId';

describe('logs', () => {
  it('carry the request id of the turn, and drop fields that could hold personal text', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    await withRequestId('req-42', async () => logger.info({ text: 'my mum has cancer', phone: '07700 900123', risk: 'none' }, 'turn'));
    logger.info('outside a request');
    const [inside, outside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside.requestId).to.equal('req-42');
    expect(inside.risk).to.equal('none');
    expect(lines[0]).to.not.include('mum').and.not.include('07700');
    expect(outside).to.not.have.property('requestId');
  });
});
