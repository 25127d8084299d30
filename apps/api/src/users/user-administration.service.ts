import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { checkedPassword, hashPassword } from '@wobdesk/accounts';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import { type Clock, type Role, ROLES } from '@wobdesk/domain';
import { isMailAddress, Outbox } from '@wobdesk/mail';
import {
  type AdministeredUser,
  OrganisationRepository,
  UserAdministrationRepository,
  type UserAdministrationTx,
  type UserRecord,
  type UserTokenPurpose,
} from '@wobdesk/persistence';
import { type Actor, hashToken, isWellFormedToken, newToken } from '@wobdesk/register';
import { validationFailed } from '../common/validation.js';
import {
  lastCoordinator,
  linkInvalid,
  noPublicBaseUrl,
  userInactive,
  userNotFound,
} from './user-errors.js';

/** An invitation may wait over a holiday week; a reset is for now. */
export const INVITATION_VALID_DAYS = 7;
export const RESET_VALID_HOURS = 24;
export const SET_PASSWORD_PATH = '/wachtwoord';

const ROLE_NL: Record<Role, string> = { clerk: 'behandelaar', coordinator: 'coördinator' };

export interface InviteInput {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

/** What the set-password page shows for a valid link. */
export interface LinkHolder {
  readonly purpose: UserTokenPurpose;
  readonly name: string;
  readonly email: string;
}

/**
 * The users of the coordinator's organisation: invite by e-mail, change the role, deactivate
 * and reactivate, send a reset link; and the invitee's side, setting a password through the
 * one-time link. Each change is one transaction with its record (who, when, what, never a
 * password or token) and, for a link, its mail in the outbox. The last active coordinator is
 * never demoted or deactivated, counted inside that transaction.
 */
@Injectable()
export class UserAdministration {
  constructor(
    private readonly users: UserAdministrationRepository,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  list(actor: Actor): Promise<AdministeredUser[]> {
    return this.users.list(actor.organisationId);
  }

  /** Creates the user without a password and mails them the link; returns the new id. */
  async invite(actor: Actor, input: InviteInput): Promise<string> {
    const email = input.email.trim().toLowerCase();
    if (!isMailAddress(email))
      throw fieldError('email', 'isEmail', 'email must be an e-mail address');
    const base = this.baseUrl();
    const now = this.clock.now();
    const organisation = await this.organisationName(actor);
    const taken = () => fieldError('email', 'unique', 'email is already the login of a user');
    return this.users.change(async (tx) => {
      if (await tx.userByEmail(email)) throw taken();
      const id = randomUUID();
      const user: UserRecord = {
        id,
        organisationId: actor.organisationId,
        email,
        name: input.name.trim(),
        role: input.role,
        passwordHash: '',
        createdAt: now,
        active: true,
        lastLoginAt: null,
        oidcIssuer: null,
        oidcSubject: null,
      };
      if (!(await tx.insertUser(user))) throw taken();
      const link = await this.issueLink(tx, user, 'invitation', base, now);
      await this.outbox.enqueue(tx, {
        dedupeKey: `invitation:${link.tokenId}`,
        organisationId: actor.organisationId,
        kind: 'account.invitation',
        recipient: { email, name: user.name },
        template: 'account-invitation',
        context: {
          organisation: { name: organisation },
          user: { name: user.name, email, roleNl: ROLE_NL[user.role] },
          invitedBy: { name: actor.name },
          link: { url: link.url, validDays: INVITATION_VALID_DAYS },
        },
      });
      await tx.record(
        actor.organisationId,
        { [`user.${id}.invited`]: { from: null, to: { email, name: user.name, role: user.role } } },
        actor.userId,
        now,
      );
      return id;
    });
  }

  async changeRole(actor: Actor, userId: string, role: Role): Promise<void> {
    if (!ROLES.includes(role))
      throw fieldError('role', 'isIn', `role must be one of ${ROLES.join(', ')}`);
    const now = this.clock.now();
    await this.users.change(async (tx) => {
      await tx.lockOrganisation(actor.organisationId);
      const user = await this.member(tx, actor, userId);
      if (user.role === role) return;
      await tx.updateUser(user.id, { role });
      if (
        user.role === 'coordinator' &&
        (await tx.activeCoordinators(actor.organisationId)) === 0
      ) {
        throw lastCoordinator();
      }
      await tx.record(
        actor.organisationId,
        { [`user.${user.id}.role`]: { from: user.role, to: role } },
        actor.userId,
        now,
      );
    });
  }

  /** Deactivating ends the user's sessions at once; their login is refused until reactivated. */
  async setActive(actor: Actor, userId: string, active: boolean): Promise<void> {
    const now = this.clock.now();
    await this.users.change(async (tx) => {
      await tx.lockOrganisation(actor.organisationId);
      const user = await this.member(tx, actor, userId);
      if (user.active === active) return;
      await tx.updateUser(user.id, { active });
      if (!active) {
        if ((await tx.activeCoordinators(actor.organisationId)) === 0) throw lastCoordinator();
        await tx.endSessions(user.id);
      }
      await tx.record(
        actor.organisationId,
        { [`user.${user.id}.active`]: { from: user.active, to: active } },
        actor.userId,
        now,
      );
    });
  }

  /**
   * Mails the user a link to set a new password. The old password keeps working until a new one
   * is set: a reset sent by mistake (or by someone else's error) locks no one out.
   */
  async sendReset(actor: Actor, userId: string): Promise<void> {
    const base = this.baseUrl();
    const now = this.clock.now();
    const organisation = await this.organisationName(actor);
    await this.users.change(async (tx) => {
      const user = await this.member(tx, actor, userId);
      if (!user.active) throw userInactive();
      const purpose: UserTokenPurpose = user.passwordHash === '' ? 'invitation' : 'password_reset';
      const link = await this.issueLink(tx, user, purpose, base, now);
      await this.outbox.enqueue(tx, {
        dedupeKey: `${purpose}:${link.tokenId}`,
        organisationId: actor.organisationId,
        kind: purpose === 'invitation' ? 'account.invitation' : 'account.password_reset',
        recipient: { email: user.email, name: user.name },
        template: purpose === 'invitation' ? 'account-invitation' : 'account-password-reset',
        context:
          purpose === 'invitation'
            ? {
                organisation: { name: organisation },
                user: { name: user.name, email: user.email, roleNl: ROLE_NL[user.role] },
                invitedBy: { name: actor.name },
                link: { url: link.url, validDays: INVITATION_VALID_DAYS },
              }
            : {
                organisation: { name: organisation },
                user: { name: user.name, email: user.email },
                sentBy: { name: actor.name },
                link: { url: link.url, validHours: RESET_VALID_HOURS },
              },
      });
      await tx.record(
        actor.organisationId,
        { [`user.${user.id}.${purpose}`]: { from: null, to: 'sent' } },
        actor.userId,
        now,
      );
    });
  }

  /** Who a link is for, while it works; the one refusal otherwise. */
  async linkHolder(token: string): Promise<LinkHolder> {
    if (!isWellFormedToken(token)) throw linkInvalid();
    const found = await this.users.token(hashToken(token));
    if (!found || !this.works(found)) throw linkInvalid();
    return { purpose: found.purpose, name: found.user.name, email: found.user.email };
  }

  /**
   * Sets the password through a link, once: the link is used, the user's sessions end (a reset
   * is often because someone else may know the old one), and the change is recorded as theirs.
   */
  async setPassword(token: string, password: string): Promise<void> {
    const holder = await this.linkHolder(token);
    const hash = await hashPassword(checkedPassword(password, holder, this.config.seedsDir));
    const now = this.clock.now();
    await this.users.change(async (tx) => {
      const found = await tx.tokenByHash(hashToken(token));
      if (!found || !this.works(found) || !(await tx.useToken(found.id, now))) throw linkInvalid();
      await tx.updateUser(found.user.id, { passwordHash: hash });
      await tx.endSessions(found.user.id);
      await tx.record(
        found.user.organisationId,
        { [`user.${found.user.id}.password`]: { from: null, to: 'set through the mailed link' } },
        found.user.id,
        now,
      );
    });
  }

  private works(found: { expiresAt: Date; usedAt: Date | null; user: UserRecord }): boolean {
    return (
      found.usedAt === null &&
      found.user.active &&
      found.expiresAt.getTime() > this.clock.now().getTime()
    );
  }

  private async member(tx: UserAdministrationTx, actor: Actor, userId: string) {
    const user = await tx.user(actor.organisationId, userId);
    if (!user) throw userNotFound();
    return user;
  }

  private async issueLink(
    tx: UserAdministrationTx,
    user: UserRecord,
    purpose: UserTokenPurpose,
    base: string,
    now: Date,
  ): Promise<{ tokenId: string; url: string }> {
    const token = newToken();
    const validMs =
      purpose === 'invitation' ? INVITATION_VALID_DAYS * 86_400_000 : RESET_VALID_HOURS * 3_600_000;
    const tokenId = await tx.issueToken({
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + validMs),
      createdAt: now,
    });
    return { tokenId, url: `${base}${SET_PASSWORD_PATH}/${token}` };
  }

  private baseUrl(): string {
    if (this.config.publicBaseUrl === undefined) throw noPublicBaseUrl();
    return this.config.publicBaseUrl;
  }

  private async organisationName(actor: Actor): Promise<string> {
    return (await this.organisations.find(actor.organisationId))?.name ?? 'Wobdesk';
  }
}

function fieldError(field: string, rule: string, message: string) {
  return validationFailed([{ field, rule, message }]);
}
