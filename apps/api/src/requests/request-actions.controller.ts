import { Controller, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RequestRegister } from '@wobdesk/register';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { REQUEST_REGISTER } from '../common/tokens.js';
import { CASE_STEPS } from '../steps/index.js';
import { StepRoutes } from '../steps/step-routes.js';

/**
 * The steps of a case, one POST each, generated from the step catalogue. Every step takes an
 * optional `version` (optimistic lock) and its legal date `occurredOn`, and answers 200 with the
 * request, its deadlines and their derivations. Refusals: 409 (stale version, wrong phase), 422
 * (a legal rule), 404 (unknown id).
 */
@ApiTags('request steps')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller('requests/:id')
@StepRoutes(CASE_STEPS)
export class RequestActionsController {
  constructor(@Inject(REQUEST_REGISTER) readonly register: RequestRegister) {}
}
