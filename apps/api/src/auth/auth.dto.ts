import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@wobdesk/domain';
import { type Actor } from '@wobdesk/register';
import { IsBoolean, IsDefined, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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

  /**
   * The second factor: the 6-digit code from the authenticator app, or a recovery code. Needed
   * when the user has set one up; without it the login is a 401 `AUTH.SECOND_FACTOR_REQUIRED`.
   */
  @ApiProperty({ required: false, example: '123456', maxLength: 64 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code?: string;
}

/** Body of `POST /api/auth/second-factor/enrolment/confirm`. */
export class SecondFactorCodeDto {
  @ApiProperty({ example: '123456', maxLength: 64 })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code: string;
}

/** Body of `PUT /api/organisation/second-factor`. */
export class SecondFactorPolicyDto {
  @ApiProperty({ description: 'True: clerks too must log in with a second factor' })
  @IsDefined()
  @IsBoolean()
  requiredForClerks: boolean;
}

export class SecondFactorStatusResponse {
  @ApiProperty() enrolled: boolean;
  @ApiProperty({ description: 'Whether your role or your organisation requires it' })
  required: boolean;
  @ApiProperty() recoveryCodesLeft: number;
}

export class EnrolmentResponse {
  @ApiProperty({ description: 'Base32 secret for typing into an authenticator app' })
  secret: string;
  @ApiProperty({ description: 'The otpauth:// link a QR code holds' }) uri: string;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], description: 'Shown once; each works once' })
  recoveryCodes: string[];
}

export class SecondFactorPolicyResponse {
  @ApiProperty() requiredForClerks: boolean;
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
