import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuthService } from '@wobdesk/accounts';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Channel, Clock, LocalDate, RequestCommand } from '@wobdesk/domain';
import { OrganisationRepository, UnitOfWork, UserRepository } from '@wobdesk/persistence';
import {
  type Actor,
  type ConversationInput,
  type DecisionInput,
  RequestWorkflowService,
} from '@wobdesk/register';
import { type DemoRequest, type DemoSeed, readDemoSeed, resolveDate } from './demo-seed-file.js';

/** What a seed run did; `login` is the demo clerk's e-mail address and password to print. */
export interface DemoSeedReport {
  readonly organisation: { readonly id: string; readonly name: string; readonly created: boolean };
  readonly usersCreated: number;
  readonly requestsCreated: readonly string[];
  readonly requestsSkipped: number;
  readonly login: { readonly email: string; readonly password: string };
}

const DATE_FIELDS = ['termEndsOn', 'postedOn'];

/**
 * Loads `seeds/demo/*.json`: the demo organisation (from the seed decision's letterhead), the
 * demo clerk, and requests replayed step by step through `RequestWorkflowService`, so they carry
 * real events and stored deadlines. Idempotent: the organisation is matched by name (its
 * letterhead updated), users by e-mail, requests by subject. The demo password is DEMO_PASSWORD
 * or, without it, a new random one on every run (only its hash is stored, so it cannot be shown
 * again later).
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
    private readonly workflow: RequestWorkflowService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(seed?: DemoSeed): Promise<DemoSeedReport> {
    const data = seed ?? (await readDemoSeed(this.config.seedsDir));
    const organisation = await this.organisation(data);
    const password = this.config.demoPassword ?? randomBytes(12).toString('base64url');
    const actors = new Map<string, Actor>();
    let usersCreated = 0;
    for (const u of data.users) {
      const existing = await this.users.findByEmail(u.email);
      if (existing && existing.organisationId !== organisation.id) {
        throw new Error(`Demo user ${u.email} belongs to another organisation`);
      }
      let id = existing?.id;
      if (!id) {
        id = await this.auth.createUser({ ...u, organisationId: organisation.id, password });
        usersCreated++;
      } else if (!(await this.auth.verifyPassword(password, existing!.passwordHash))) {
        await this.auth.updateUser(id, { password, name: u.name, role: u.role });
      }
      actors.set(u.email.toLowerCase(), {
        userId: id,
        organisationId: organisation.id,
        role: u.role,
        name: u.name,
      });
    }
    const first = [...actors.values()][0];
    if (!first) throw new Error('The demo seed needs at least one user');
    const requestsCreated: string[] = [];
    let requestsSkipped = 0;
    for (const request of data.requests) {
      if (await this.exists(organisation.id, request.subject)) {
        requestsSkipped++;
        continue;
      }
      const actor = actors.get(request.assignee?.toLowerCase() ?? '') ?? first;
      requestsCreated.push(await this.replay(actor, request));
    }
    return {
      organisation,
      usersCreated,
      requestsCreated,
      requestsSkipped,
      login: { email: data.users[0].email.toLowerCase(), password },
    };
  }

  private async organisation(data: DemoSeed) {
    const { firstReferenceNumber, ...details } = data.organisation;
    const letterhead = Object.fromEntries(
      Object.entries(details).filter(([key]) => !key.startsWith('_')),
    ) as Omit<typeof details, never>;
    const existing = await this.organisations.findByName(details.name);
    if (existing) {
      await this.organisations.updateDetails(existing.id, letterhead);
      return { id: existing.id, name: existing.name, created: false };
    }
    const id = randomUUID();
    await this.organisations.insert({
      id,
      // The seed file does not set the voice yet: the default, as the migration gives it.
      voice: 'ik',
      tooiUri: null,
      tooiLabel: null,
      ...letterhead,
      nextReferenceNumber: firstReferenceNumber,
      createdAt: new Date(),
    });
    return { id, name: details.name, created: true };
  }

  private async exists(organisationId: string, subject: string): Promise<boolean> {
    return this.storage.read((tx) => tx.requests.existsWithSubject(organisationId, subject));
  }

  /** Registers a request and plays its steps; returns its reference. */
  private async replay(actor: Actor, r: DemoRequest): Promise<string> {
    const today = this.clock.today();
    const date = (value: unknown) => resolveDate(value, today);
    const { request } = await this.workflow.create(actor, {
      requester: r.requester as unknown as { name: string },
      ...(r.letterDate !== undefined && { letterDate: date(r.letterDate).toString() }),
      receivedOn: date(r.receivedOn).toString(),
      channel: r.channel as Channel,
      subject: r.subject,
      items: r.items.map((text) => ({ text })),
      ...(r.assignee !== undefined && { assigneeId: actor.userId }),
    });
    let version = request.version;
    for (const step of r.steps) {
      const { do: type, on, ...fields } = step;
      const occurredOn = date(on);
      const view =
        type === 'conversation'
          ? await this.workflow.recordConversation(actor, request.id, version, {
              ...(fields as unknown as ConversationInput),
              occurredOn: occurredOn.toString(),
              ...(fields.summarySentOn !== undefined && {
                summarySentOn: date(fields.summarySentOn).toString(),
              }),
            })
          : type === 'decision'
            ? await this.workflow.recordDecision(actor, request.id, version, {
                ...(fields as unknown as DecisionInput),
                occurredOn: occurredOn.toString(),
              })
            : await this.workflow.execute(
                actor,
                request.id,
                version,
                toCommand(type, occurredOn, fields, date),
              );
      version = view.version;
    }
    return request.reference;
  }
}

function toCommand(
  type: string,
  occurredOn: LocalDate,
  fields: Record<string, unknown>,
  date: (value: unknown) => LocalDate,
): RequestCommand {
  const resolved = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, DATE_FIELDS.includes(k) ? date(v) : v]),
  );
  return { ...resolved, type, occurredOn } as RequestCommand;
}
