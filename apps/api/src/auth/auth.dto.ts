import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@wobdesk/domain';
import { type Actor } from '@wobdesk/register';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of `POST /api/auth/login`. Not checked for e-mail syntax: a wrong address is a 401. */
export class LoginDto {
  @ApiProperty({ example: 'clerk@example.org', maxLength: 254 })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  /** Bounded so that nobody can make the password hash work on megabytes. */
  @ApiProperty({ format: 'password', maxLength: 1024 })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class UserResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() organisationId: string;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`' }) token: string;
  @ApiProperty({ description: 'ISO instant after which the token no longer works' })
  expiresAt: string;
  @ApiProperty({ type: UserResponse }) user: UserResponse;
}

export function toUserResponse(actor: Actor): UserResponse {
  return {
    id: actor.userId,
    name: actor.name,
    role: actor.role,
    organisationId: actor.organisationId,
  };
}

export function toLoginResponse(session: {
  token: string;
  expiresAt: string;
  actor: Actor;
}): LoginResponse {
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    user: toUserResponse(session.actor),
  };
}
