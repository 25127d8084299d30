import { ApiProperty } from '@nestjs/swagger';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@wobdesk/accounts';
import { ROLES, type Role } from '@wobdesk/domain';
import type { AdministeredUser } from '@wobdesk/persistence';
import {
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

/** Body of `POST /api/users`: who to invite; the link to set a password goes to `email`. */
export class InviteUserDto {
  @ApiProperty({ example: 'j.jansen@voorbeeld.nl', maxLength: 254 })
  @IsDefined()
  @IsString()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'J. Jansen', maxLength: 200 })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsDefined()
  @IsIn(ROLES)
  role: Role;
}

/** Body of `PUT /api/users/:id/role`. */
export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsDefined()
  @IsIn(ROLES)
  role: Role;
}

/** Body of `PUT /api/users/:id/active`. */
export class SetActiveDto {
  @ApiProperty({ description: 'false: login refused and every session ends at once' })
  @IsDefined()
  @IsBoolean()
  active: boolean;
}

/** Body of `POST /api/auth/password`: the token from the mailed link and the new password. */
export class SetPasswordDto {
  @ApiProperty({ description: 'The last part of the link in the invitation or reset mail' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  token: string;

  @ApiProperty({
    format: 'password',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: 'Not a common or breached password, and not equal to the e-mail address or name',
  })
  @IsDefined()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class AdministeredUserResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'false while an invited user has not set a password' })
  hasPassword: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'ISO instant' })
  lastLoginAt: string | null;
}

export function toAdministeredUserResponse(user: AdministeredUser): AdministeredUserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    hasPassword: user.hasPassword,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}
