import fc from 'fast-check';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LocalDate } from '@wobdesk/domain';
import { prepareDatabase } from '@wobdesk/persistence';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.setup.js';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

interface FieldError {
  field: string;
  rule: string;
  message: string;
}

describe('POST /api/deadlines/compute (e2e)', () => {
  let db: TempDatabase;
  let app: NestFastifyApplication;
  const post = (body: string | object, contentType = 'application/json') =>
    request(app.getHttpServer())
      .post('/api/deadlines/compute')
      .set('content-type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  beforeAll(async () => {
    db = await createTempDatabase({ env: { LOG_LEVEL: 'error' } });
    await prepareDatabase(db.config);
    app = await createApiApp(db.config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await db?.remove();
  });

  describe('the Wob seed case (legal-rules.md §8)', () => {
    it('should compute the first term from the receipt date', async () => {
      const res = await post({ receivedOn: '2020-03-03' }).expect(200);
      expect(res.body.regime).toBe('wob');
      expect(res.body.firstTermEnd.date).toBe('2020-03-31');
      expect(res.body.decisionDeadline.date).toBe('2020-03-31');
      expect(res.body.firstTermEnd.steps.length).toBeGreaterThan(0);
      expect(res.body.firstTermEnd.steps[0]).toMatchObject({
        rule: 'term.receipt',
        from: '2020-03-03',
        to: '2020-03-03',
      });
    });

    it('should compute every date of the extended, late-decided request', async () => {
      const res = await post({
        receivedOn: '2020-03-03',
        extension: { notifiedOn: '2020-03-20', days: 28 },
        decidedOn: '2020-05-26',
        sentOn: '2020-05-26',
      }).expect(200);
      expect(res.body).toMatchObject({
        regime: 'wob',
        substantiveLaw: 'wob',
        transitional: false,
        firstTermEnd: { date: '2020-03-31' },
        decisionDeadline: { date: '2020-04-28' },
        decidedLate: true,
        daysLate: 28,
        objectionWindow: {
          startsOn: '2020-05-27',
          endsOn: { date: '2020-07-07' },
          postalReceiptBy: { date: '2020-07-14' },
        },
      });
      const rules = (res.body.decisionDeadline.steps as { rule: string }[]).map((s) => s.rule);
      expect(rules).toContain('term.extension');
      // Every date in the response is a plain YYYY-MM-DD string (LocalDate.toJSON).
      const dates = JSON.stringify(res.body).match(/"(date|from|to|startsOn)":"[^"]*"/g) ?? [];
      expect(dates.length).toBeGreaterThan(5);
      for (const d of dates) expect(d).toMatch(/:"\d{4}-\d{2}-\d{2}"$/);
    });

    it('should accept suspensions and an objection', async () => {
      const res = await post({
        receivedOn: '2024-04-11',
        suspensions: [
          {
            kind: 'third_party_view',
            notifiedOn: '2024-04-15',
            termEndsOn: '2024-04-29',
            respondedOn: '2024-04-22',
          },
          { kind: 'clarification', requestedOn: '2024-04-12' },
        ],
        sentOn: '2024-06-03',
        objection: { receivedOn: '2024-07-10', byPost: false },
      }).expect(200);
      expect(res.body.regime).toBe('woo');
      expect(res.body.suspendedDays).toBe(7);
      expect(res.body.objectionTimely).toBe(true);
      expect(res.body.objectionDecisionDeadline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('bad input', () => {
    const fieldsOf = (body: { errors: FieldError[] }) => body.errors.map((e) => e.field);

    it('should name a missing receivedOn', async () => {
      const res = await post({}).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({ field: 'receivedOn', rule: 'isDefined' }),
      );
    });

    it.each(['2023-02-30', '2023-2-3', '2023-02-03T10:00:00Z', '03-02-2023', ''])(
      'should refuse the date %p',
      async (receivedOn) => {
        const res = await post({ receivedOn }).expect(400);
        expect(res.body.errors).toContainEqual(
          expect.objectContaining({ field: 'receivedOn', rule: 'isLocalDate' }),
        );
      },
    );

    it('should refuse an unknown field, also inside nested objects', async () => {
      const res = await post({
        receivedOn: '2020-03-03',
        hacked: true,
        extension: { notifiedOn: '2020-03-20', days: 28, reason: 'x' },
      }).expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'hacked', rule: 'whitelistValidation' }),
          expect.objectContaining({ field: 'extension.reason', rule: 'whitelistValidation' }),
        ]),
      );
    });

    it('should answer 400 for malformed JSON', async () => {
      const res = await post('{"receivedOn": "2020-03-03"').expect(400);
      expect(res.body.code).toBe('FST_ERR_CTP_INVALID_JSON_BODY');
    });

    it('should answer 400 for an empty JSON body', async () => {
      await post('').expect(400);
    });

    it('should name each field of the wrong type', async () => {
      const res = await post({
        receivedOn: 20200303,
        regime: 'wet',
        objectionExpected: 'yes',
        extension: { notifiedOn: '2020-03-20', days: '28' },
        suspensions: [
          { kind: 'holiday' },
          'x',
          { kind: 'consent', agreedOn: '2020-03-04', days: 0 },
        ],
        objection: { receivedOn: '2020-07-01', byPost: 'no' },
      }).expect(400);
      const fields = fieldsOf(res.body);
      for (const field of [
        'receivedOn',
        'regime',
        'objectionExpected',
        'extension.days',
        'suspensions.0.kind',
        'suspensions.1',
        'suspensions.2.days',
        'objection.byPost',
      ]) {
        expect(fields).toContain(field);
      }
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({ field: 'extension.days', rule: 'isInt' }),
      );
    });

    it('should refuse fields that belong to another kind of suspension', async () => {
      const res = await post({
        receivedOn: '2020-03-03',
        suspensions: [{ kind: 'consent', agreedOn: '2020-03-04', days: 5, from: '2020-03-04' }],
      }).expect(400);
      expect(fieldsOf(res.body)).toEqual(['suspensions.0.from']);
    });

    it.each([[[]], ['text'], [null], [42]])('should answer 400 for the body %p', async (body) => {
      const res = await post(JSON.stringify(body)).expect(400);
      expect(res.body.statusCode).toBe(400);
    });

    it('should refuse deeply nested input with 400 instead of overflowing the stack', async () => {
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      const res = await post(`{"receivedOn":"2020-03-03","x":${deep}}`).expect(400);
      expect(res.body.code).toBe('INPUT_TOO_DEEP');
    });

    it('should answer 422 with a code when a date leaves the supported range', async () => {
      const res = await post({ receivedOn: '9999-12-20' }).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'DEADLINE.DATE_OUT_OF_RANGE' });
    });

    it('should answer 415 for a body that is not JSON', async () => {
      await post('<request/>', 'application/xml').expect(415);
    });
  });

  describe('robustness', () => {
    const epochDay = (iso: string) => LocalDate.parse(iso).epochDay;
    const validDate = fc
      .integer({ min: epochDay('1990-01-01'), max: epochDay('2100-12-31') })
      .map((day) => LocalDate.fromEpochDay(day).toString());
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const validSuspension = fc.oneof(
      fc.record({
        kind: fc.constant('clarification'),
        requestedOn: validDate,
        termEndsOn: maybe(validDate),
        answeredOn: maybe(validDate),
      }),
      fc.record({
        kind: fc.constant('foreign_authority'),
        requestedOn: validDate,
        expectedOn: validDate,
        receivedOn: maybe(validDate),
      }),
      fc.record({
        kind: fc.constant('third_party_view'),
        notifiedOn: validDate,
        termEndsOn: validDate,
        respondedOn: maybe(validDate),
      }),
      fc.record({
        kind: fc.constant('consent'),
        agreedOn: validDate,
        days: fc.integer({ min: 1, max: 3650 }),
      }),
      fc.record({
        kind: fc.constantFrom('requester_delay', 'force_majeure'),
        from: validDate,
        until: validDate,
      }),
    );
    const validFacts = fc.record(
      {
        receivedOn: validDate,
        regime: fc.constantFrom('wob', 'woo'),
        environmentalInformation: fc.boolean(),
        objectionExpected: fc.boolean(),
        extension: fc.record({ notifiedOn: validDate, days: fc.integer({ min: 1, max: 28 }) }),
        suspensions: fc.array(validSuspension, { maxLength: 5 }),
        decidedOn: validDate,
        sentOn: validDate,
        noticeOfDefaultOn: validDate,
        objection: fc.record(
          {
            receivedOn: validDate,
            byPost: fc.boolean(),
            postedOn: validDate,
            advisoryCommittee: fc.boolean(),
            extensionDays: fc.integer({ min: 0, max: 42 }),
          },
          { requiredKeys: ['receivedOn', 'byPost'] },
        ),
      },
      { requiredKeys: ['receivedOn'] },
    );
    const anyDate = fc.oneof(
      validDate,
      fc.string(),
      fc.constantFrom('2023-02-29', '9999-12-31', '0001-01-01'),
    );
    const anyValue = fc.oneof(
      anyDate,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.jsonValue(),
    );
    const anyBody = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom(
          'receivedOn',
          'regime',
          'extension',
          'suspensions',
          'decidedOn',
          'sentOn',
          'objection',
          'x',
        ),
        anyValue,
      ),
      validFacts.chain((facts) =>
        fc
          .record({ key: fc.constantFrom(...Object.keys(facts)), value: anyValue })
          .map(({ key, value }) => ({ ...facts, [key]: value })),
      ),
      fc.record({
        receivedOn: validDate,
        suspensions: fc.array(fc.oneof(validSuspension, anyValue), { maxLength: 3 }),
      }),
    );

    it('should compute every well-formed set of facts (200, never 5xx)', async () => {
      await fc.assert(
        fc.asyncProperty(validFacts, async (facts) => {
          const res = await post(facts);
          expect(res.status).toBe(200);
          expect(res.body.decisionDeadline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }),
        { numRuns: 300 },
      );
    });

    it('should never answer 5xx, whatever the body', async () => {
      await fc.assert(
        fc.asyncProperty(anyBody, async (input) => {
          const res = await post(JSON.stringify(input));
          expect([200, 400, 422]).toContain(res.status);
        }),
        { numRuns: 300 },
      );
    });
  });
});
