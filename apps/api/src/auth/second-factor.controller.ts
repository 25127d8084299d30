import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SecondFactorService } from '@wobdesk/accounts';
import { type Actor, workflowError } from '@wobdesk/register';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { userNotFound } from '../users/user-errors.js';
import { CurrentActor, Roles } from './auth.decorators.js';
import {
  EnrolmentResponse,
  RecoveryCodesResponse,
  SecondFactorCodeDto,
  SecondFactorPolicyDto,
  SecondFactorPolicyResponse,
  SecondFactorStatusResponse,
} from './auth.dto.js';
import { UserIdPipe } from '../users/user-id.pipe.js';

/** The name an authenticator app shows above the code. */
export const TOTP_ISSUER = 'Wobdesk';

/**
 * A clerk's own second factor. A user who must enrol cannot reach these (their login is refused
 * until they enrolled on the pages); a clerk who may choose can enrol here too.
 */
@ApiTags('auth')
@ApiClerkErrors()
@Controller('auth/second-factor')
export class SecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @ApiOperation({ summary: 'Whether you have a second factor, and recovery codes left' })
  @ApiOkResponse({ type: SecondFactorStatusResponse })
  @Get()
  async status(@CurrentActor() actor: Actor): Promise<SecondFactorStatusResponse> {
    return {
      enrolled: await this.secondFactor.isEnrolled(actor.userId),
      required: await this.secondFactor.isRequired(actor),
      recoveryCodesLeft: await this.secondFactor.recoveryCodesLeft(actor.userId),
    };
  }

  @ApiOperation({ summary: 'Start enrolment: the secret (the same one until confirmed)' })
  @ApiOkResponse({ type: EnrolmentResponse })
  @Post('enrolment')
  @HttpCode(HttpStatus.OK)
  async enrol(@CurrentActor() actor: Actor): Promise<EnrolmentResponse> {
    const enrolment = await this.secondFactor.startEnrolment(actor.userId, TOTP_ISSUER, actor.name);
    if (!enrolment) throw workflowError('AUTH.SECOND_FACTOR_ALREADY_ENROLLED');
    return enrolment;
  }

  @ApiOperation({ summary: 'Confirm enrolment with a first code; returns recovery codes once' })
  @ApiOkResponse({ type: RecoveryCodesResponse })
  @Post('enrolment/confirm')
  @HttpCode(HttpStatus.OK)
  async confirm(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
  ): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.secondFactor.confirmEnrolment(actor, body.code) };
  }

  @ApiOperation({ summary: 'New recovery codes; the old ones stop working' })
  @ApiOkResponse({ type: RecoveryCodesResponse })
  @Post('recovery-codes')
  @HttpCode(HttpStatus.OK)
  async renew(@CurrentActor() actor: Actor): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.secondFactor.renewRecoveryCodes(actor) };
  }
}

/** What a coordinator decides about the second factor of the organisation's users. */
@ApiTags('users')
@ApiClerkErrors()
@Roles('coordinator')
@Controller()
export class OrganisationSecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @ApiOperation({ summary: 'Whether clerks too must use a second factor (coordinators always)' })
  @ApiOkResponse({ type: SecondFactorPolicyResponse })
  @Get('organisation/second-factor')
  async policy(@CurrentActor() actor: Actor): Promise<SecondFactorPolicyResponse> {
    return { requiredForClerks: await this.secondFactor.requiredForClerks(actor.organisationId) };
  }

  @ApiOperation({ summary: 'Require the second factor of clerks too, or not (recorded)' })
  @ApiNoContentResponse()
  @Put('organisation/second-factor')
  @HttpCode(HttpStatus.NO_CONTENT)
  setPolicy(@CurrentActor() actor: Actor, @Body() body: SecondFactorPolicyDto): Promise<void> {
    return this.secondFactor.setRequiredForClerks(actor, body.requiredForClerks);
  }

  @ApiOperation({
    summary: "Reset a user's second factor (recorded): sessions end, they enrol again at login",
  })
  @ApiNoContentResponse()
  @Delete('users/:id/second-factor')
  @HttpCode(HttpStatus.NO_CONTENT)
  async reset(@CurrentActor() actor: Actor, @Param('id', UserIdPipe) id: string): Promise<void> {
    if (!(await this.secondFactor.reset(actor, id))) throw userNotFound();
  }
}
