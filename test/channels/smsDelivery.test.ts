import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import {
  isSmsDeliveryError,
  isUnsubscribedRecipientError,
  smsDeliveryErrorKind,
  twilioErrorCodes,
  type SmsDeliveryErrorKind,
} from '../../channels/smsDelivery';

/** Twilio's own error body, as its REST API returns it. */
const twilio = (code: number, message: string) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status: 400 });
const UNSUBSCRIBED = twilio(21610, 'Attempt to send to unsubscribed recipient');

interface Reply {
  status: number;
  body: unknown;
}

/**
 * The errors the bot really sees: botframework-connector's ConnectorClient sending an activity
 * to a local stand-in for the Azure Bot Service channel, which answers with `reply`.
 */
async function connectorErrorFor(reply: Reply): Promise<unknown> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.statusCode = reply.status;
      const json = typeof reply.body !== 'string';
      res.setHeader('content-type', json ? 'application/json' : 'text/plain');
      res.end(json ? JSON.stringify(reply.body) : (reply.body as string));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    await client.conversations.sendToConversation('sms-conversation', { type: 'message', text: 'Hello' } as Activity);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('channels/smsDelivery', () => {
  describe('errors from the real connector client (botframework-connector RestError)', () => {
    const cases: [string, Reply, SmsDeliveryErrorKind | undefined][] = [
      [
        'Bot Framework error with Twilio 21610 in innerHttpError.body',
        { status: 400, body: { error: { code: 'BadArgument', message: 'Failed to send activity', innerHttpError: { statusCode: 400, body: UNSUBSCRIBED } } } },
        'unsubscribed',
      ],
      [
        'Bot Framework error whose message quotes Twilio',
        { status: 400, body: { error: { code: 'BadArgument', message: 'Twilio error 21610: Attempt to send to unsubscribed recipient' } } },
        'unsubscribed',
      ],
      [
        "Bot Framework error with Twilio's body as a JSON string",
        {
          status: 400,
          body: { error: { code: 'ServiceError', message: 'Channel error', innerHttpError: { statusCode: 400, body: JSON.stringify(UNSUBSCRIBED) } } },
        },
        'unsubscribed',
      ],
      ["Twilio's body passed through as it is", { status: 400, body: UNSUBSCRIBED }, 'unsubscribed'],
      ['a plain-text body naming the code', { status: 403, body: 'Twilio returned error 21610' }, 'unsubscribed'],
      [
        'Twilio 21614, not a mobile number',
        {
          status: 400,
          body: {
            error: {
              code: 'BadArgument',
              message: 'Failed',
              innerHttpError: { statusCode: 400, body: twilio(21614, "'To' number is not a valid mobile number") },
            },
          },
        },
        'unreachable',
      ],
      [
        'the bot is not in the conversation',
        { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } },
        undefined,
      ],
      [
        'an error whose trace id happens to contain 21610',
        { status: 404, body: { error: { code: 'ConversationNotFound', message: 'Conversation not found, trace 9f21610a-21610-4c' } } },
        undefined,
      ],
      ['throttling', { status: 429, body: { error: { code: 'TooManyRequests', message: 'Slow down' } } }, undefined],
    ];
    for (const [label, reply, kind] of cases) {
      it(`${label} -> ${kind ?? 'not an SMS delivery error'}`, async () => {
        const error = await connectorErrorFor(reply);
        expect(error, 'the connector threw').to.be.instanceOf(Error);
        expect(smsDeliveryErrorKind(error)).to.equal(kind);
        expect(isUnsubscribedRecipientError(error)).to.equal(kind === 'unsubscribed');
        expect(isSmsDeliveryError(error)).to.equal(kind !== undefined);
      });
    }
  });

  describe('other shapes', () => {
    const withCause = new Error('send failed', { cause: Object.assign(new Error('Attempt to send to unsubscribed recipient'), { statusCode: 400 }) });
    const cyclic: Record<string, unknown> = { message: 'loop' };
    cyclic.details = cyclic;
    const throwingGetter = Object.defineProperty(new Error('odd'), 'response', {
      get() {
        throw new Error('no response');
      },
    });
    const cases: [string, unknown, SmsDeliveryErrorKind | undefined][] = [
      ['an Error with numeric code 21610', Object.assign(new Error('send failed'), { code: 21610 }), 'unsubscribed'],
      ['an Error with string code "21610"', Object.assign(new Error('send failed'), { code: '21610' }), 'unsubscribed'],
      [
        'a plain object with statusCode and details',
        { statusCode: 400, details: { code: 21610, message: 'Attempt to send to unsubscribed recipient' } },
        'unsubscribed',
      ],
      ['details as a list of errors', { statusCode: 400, details: { errors: [{ code: 21610 }] } }, 'unsubscribed'],
      ['a wrapped error (cause)', withCause, 'unsubscribed'],
      ['a Twilio docs link only', new Error('See https://www.twilio.com/docs/errors/21610'), 'unsubscribed'],
      ['Twilio 21211 invalid number', { statusCode: 400, details: twilio(21211, "Invalid 'To' Phone Number") }, 'unreachable'],
      ['Twilio 21612 cannot route', Object.assign(new Error('x'), { code: 21612 }), 'unreachable'],
      ['Twilio 20429 too many requests (worth retrying)', Object.assign(new Error('x'), { code: 20429 }), undefined],
      ['an HTTP status alone', { statusCode: 400 }, undefined],
      ['a network error', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), undefined],
      ['a number that is not a code', new Error('Sent 21610 bytes'), undefined],
      ['a cyclic object', cyclic, undefined],
      ['a throwing getter', throwingGetter, undefined],
      ['null', null, undefined],
      ['undefined', undefined, undefined],
      ['a string', 'error 21610', 'unsubscribed'],
      ['a number', 21610, undefined],
    ];
    for (const [label, error, kind] of cases) {
      it(`${label} -> ${kind ?? 'not an SMS delivery error'}`, () => {
        expect(smsDeliveryErrorKind(error)).to.equal(kind);
        expect(isUnsubscribedRecipientError(error)).to.equal(kind === 'unsubscribed');
        expect(isSmsDeliveryError(error)).to.equal(kind !== undefined);
      });
    }

    it('twilioErrorCodes lists every code found', () => {
      expect(twilioErrorCodes({ code: 21614, details: { message: 'then error 21610' } }).sort()).to.deep.equal([21610, 21614]);
      expect(twilioErrorCodes(new Error('nothing here'))).to.deep.equal([]);
    });
  });
});
