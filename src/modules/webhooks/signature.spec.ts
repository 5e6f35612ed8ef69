import { Webhook } from 'standardwebhooks';
import { newSecret, webhookHeaders } from './signature';

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'e1', type: 'ticket.created', data: { n: 1 } });
  const now = Math.floor(Date.now() / 1000);

  it('verify with the standardwebhooks package, as a receiver would', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = webhookHeaders([secret], 'msg_1', now, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('carry one signature per secret, so either secret verifies during a rotation', () => {
    const [oldSecret, newer] = [newSecret(), newSecret()];
    const headers = webhookHeaders([newer, oldSecret], 'msg_2', now, body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newer).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(newer).verify(`${body} `, headers)).toThrow();
  });
});
