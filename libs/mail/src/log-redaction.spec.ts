import { withoutAddresses } from './outbox-sender.js';

describe('withoutAddresses', () => {
  it('drops the recipient an SMTP server quotes in its refusal, keeping the reason', () => {
    expect(
      withoutAddresses(
        "Can't send mail - all recipients were rejected: 550 <p.quackenbosch@voorbeeld.nl>: Recipient address rejected",
      ),
    ).toBe(
      "Can't send mail - all recipients were rejected: 550 <<address>>: Recipient address rejected",
    );
  });

  it('drops bare and quoted addresses too, and leaves a text without one as it is', () => {
    expect(withoutAddresses('to jan+wob@sub.example.nl, "a.b@c.d" failed')).toBe(
      'to <address>, "<address>" failed',
    );
    expect(withoutAddresses('451 Tijdelijk niet beschikbaar')).toBe(
      '451 Tijdelijk niet beschikbaar',
    );
  });
});
