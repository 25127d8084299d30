import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { LocalDate, REQUEST_COMMAND_TYPES, REQUEST_TRANSITIONS } from '@wobdesk/domain';
import { LETTER_KINDS } from '@wobdesk/letters';
import { isOnPublicTimeline, NOT_ON_PUBLIC_TIMELINE } from '@wobdesk/public-status';
import type { Actor, RequestRegister } from '@wobdesk/register';
import { REQUEST_REGISTER } from '../common/tokens.js';
import { REQUEST_ACTIONS } from '../pages/clerk/request-actions.js';
import { FormReader } from '../pages/shared/form-input.js';
import { RequestActionsController } from '../requests/request-actions.controller.js';
import { RequestsController } from '../requests/requests.controller.js';
import { REQUEST_ENDPOINTS } from '../../../../test/support/endpoints.js';
import { StatusLinkResponses } from '../requests/status-links.js';
import { ReadAudit } from '../read-audit/read-audit.service.js';
import { SYSTEM_ONLY_COMMANDS, STEP_CATALOGUE } from './index.js';

const stepsOf = (command: string) =>
  STEP_CATALOGUE.filter((s) => s.commands.includes(command as never));
const duplicates = (values: readonly string[]) =>
  values.filter((value, i) => values.indexOf(value) !== i);

describe('step catalogue', () => {
  it('should have one step for every command of the transition table, or say why not', () => {
    const missing = REQUEST_COMMAND_TYPES.filter(
      (c) => stepsOf(c).length === 0 && SYSTEM_ONLY_COMMANDS[c] === undefined,
    );
    expect({ commandsWithoutAStep: missing }).toEqual({ commandsWithoutAStep: [] });
    const twice = REQUEST_COMMAND_TYPES.filter((c) => stepsOf(c).length > 1);
    expect({ commandsInTwoSteps: twice }).toEqual({ commandsInTwoSteps: [] });
    const listedYetStepped = Object.keys(SYSTEM_ONLY_COMMANDS).filter(
      (c) => stepsOf(c).length > 0 || !(REQUEST_COMMAND_TYPES as readonly string[]).includes(c),
    );
    expect({ systemOnlyButStepped: listedYetStepped }).toEqual({ systemOnlyButStepped: [] });
  });

  it('should give every step an endpoint and a page form, each under its own slug', () => {
    for (const step of STEP_CATALOGUE) {
      expect({ step: step.commands, api: step.api.slug, page: step.page.slug }).toEqual({
        step: step.commands,
        api: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/),
        page: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/),
      });
    }
    expect(duplicates(STEP_CATALOGUE.map((s) => s.api.slug))).toEqual([]);
    expect(duplicates(STEP_CATALOGUE.map((s) => s.api.handler))).toEqual([]);
    expect(duplicates(STEP_CATALOGUE.map((s) => s.page.slug))).toEqual([]);
    expect(REQUEST_ACTIONS.map((a) => a.slug)).toEqual(STEP_CATALOGUE.map((s) => s.page.slug));
    const commandsWithAForm = REQUEST_ACTIONS.flatMap((a) => a.commands);
    const withoutForm = REQUEST_COMMAND_TYPES.filter(
      (c) => SYSTEM_ONLY_COMMANDS[c] === undefined && !commandsWithAForm.includes(c),
    );
    expect({ commandsWithoutAPageForm: withoutForm }).toEqual({ commandsWithoutAPageForm: [] });
  });

  it('should list every step for the authorisation and bad-input e2e tests', () => {
    // Those tests walk test/support/endpoints.ts (each route with a body valid in shape): a step
    // missing there would get no 401/404/400/409 and no fuzzing, and nothing else would say so.
    const listed = REQUEST_ENDPOINTS.filter((e) => e.method === 'post').map((e) => e.path);
    const unlisted = STEP_CATALOGUE.map((step) => `/${step.api.slug}`).filter(
      (path) => !listed.includes(path),
    );
    expect({ stepsWithoutEndpointTests: unlisted }).toEqual({ stepsWithoutEndpointTests: [] });
  });

  it("should put every event a step records on the requester's timeline, or say why not", () => {
    const silent = STEP_CATALOGUE.flatMap((step) =>
      step.commands.flatMap((c) => (c === 'assign' ? [] : REQUEST_TRANSITIONS[c].emits)),
    ).filter((e) => !isOnPublicTimeline(e) && NOT_ON_PUBLIC_TIMELINE[e] === undefined);
    expect({ eventsWithoutATimelineText: silent }).toEqual({ eventsWithoutATimelineText: [] });
    const both = Object.keys(NOT_ON_PUBLIC_TIMELINE).filter(isOnPublicTimeline);
    expect({ bothShownAndHidden: both }).toEqual({ bothShownAndHidden: [] });
  });

  it('should name the step that enables each letter kind, once', () => {
    const enabled = STEP_CATALOGUE.flatMap((s) => s.letters ?? []);
    expect([...enabled].sort()).toEqual([...LETTER_KINDS].sort());
  });

  it('should take the form titles it does not set from the transition table', () => {
    const acknowledge = REQUEST_ACTIONS.find((a) => a.slug === 'ontvangst-bevestigen');
    expect(acknowledge?.title).toBe(REQUEST_TRANSITIONS.acknowledgeReceipt.nl);
  });
});

describe('step catalogue: the derived routes', () => {
  let app: NestFastifyApplication;
  let doc: ReturnType<typeof SwaggerModule.createDocument>;
  const calls: unknown[][] = [];
  // Records each call; a plain object, as Nest looks for lifecycle hooks on provider values.
  const register = Object.fromEntries(
    ['execute', 'recordConversation', 'recordDecision', 'assign'].map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push([method, ...args]);
        return Promise.resolve({ id: args[1] });
      },
    ]),
  ) as unknown as RequestRegister;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [RequestActionsController, RequestsController],
      providers: [
        { provide: REQUEST_REGISTER, useValue: register },
        { provide: StatusLinkResponses, useValue: {} },
        { provide: ReadAudit, useValue: {} },
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), {
      logger: false,
    });
    app.setGlobalPrefix('api');
    await app.init();
    doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  });

  afterAll(() => app?.close());

  it('should document every step in OpenAPI with its summary, body and refusals', () => {
    for (const step of STEP_CATALOGUE) {
      const operation = doc.paths[`/api/requests/{id}/${step.api.slug}`]?.post;
      expect({
        slug: step.api.slug,
        summary: operation?.summary,
        body: operation?.requestBody,
        responses: Object.keys(operation?.responses ?? {}).sort(),
      }).toEqual({
        slug: step.api.slug,
        summary: step.api.summary,
        body: {
          required: true,
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${step.api.body.name}` } },
          },
        },
        responses: expect.arrayContaining(['200', '404', '409', '422']),
      });
    }
  });

  it('should keep the operation ids clients generate code from', () => {
    expect(doc.paths['/api/requests/{id}/acknowledge'].post?.operationId).toBe(
      'RequestActionsController_acknowledge',
    );
    expect(doc.paths['/api/requests/{id}/assign'].post?.operationId).toBe(
      'RequestsController_assign',
    );
  });

  it('should run the same register call from the API route and from the page form', async () => {
    const actor = { userId: 'u1' } as unknown as Actor;
    const id = '7d1f7c1e-0c7e-4b1a-9d3e-2f1e1b0a9c11';
    calls.length = 0;
    const api = new RequestActionsController(register) as unknown as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    await api.extend(actor, id, {
      version: 3,
      occurredOn: '2024-04-10',
      days: 14,
      reason: 'other',
      motivation: 'Veel documenten',
    });
    const extension = REQUEST_ACTIONS.find((a) => a.slug === 'verdaging');
    const form = new FormReader({
      occurredOn: '2024-04-10',
      days: '14',
      reason: 'other',
      motivation: 'Veel documenten',
    });
    await extension?.run(form, { register, actor, id, version: 3 });
    const command = {
      type: 'notifyExtension',
      occurredOn: LocalDate.parse('2024-04-10'),
      days: 14,
      reason: 'other',
      motivation: 'Veel documenten',
    };
    expect(calls).toEqual([
      ['execute', actor, id, 3, command],
      ['execute', actor, id, 3, command],
    ]);
  });
});
