// The API routes of the catalogue's steps, put on a controller by a class decorator: one POST
// handler per step, decorated exactly as a hand-written one would be, so that Nest routes it,
// the global ValidationPipe validates its body class, and Swagger documents it.
import { applyDecorators, Body, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { Actor, RequestRegister, RequestView } from '@wobdesk/register';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiRequestNotFound, ApiStepErrors } from '../common/api-docs.decorators.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import type { VersionedDto } from '../requests/request-actions.dto.js';
import { RequestViewResponse } from '../requests/requests.responses.js';
import type { CatalogueStep } from './step-definition.js';

/** A controller that can carry step routes: it holds the register the steps call. */
export interface StepHost {
  readonly register: RequestRegister;
}

type StepHandler = (
  this: StepHost,
  actor: Actor,
  id: string,
  body: VersionedDto,
) => Promise<RequestView>;

/** Adds a POST `:id/<slug>` (relative to the controller's path) for each step. */
export function StepRoutes(steps: readonly CatalogueStep[], routePrefix = '') {
  return (target: abstract new (...args: never[]) => StepHost): void => {
    for (const step of steps) addStepRoute(target.prototype as object, step, routePrefix);
  };
}

function addStepRoute(prototype: object, step: CatalogueStep, routePrefix: string): void {
  const { handler: name, slug, summary, body, decorators = [] } = step.api;
  if (Object.prototype.hasOwnProperty.call(prototype, name)) {
    throw new Error(`Step route ${slug}: the controller already has a method "${name}"`);
  }
  const handler: StepHandler = function (actor, id, dto) {
    return step.run({ register: this.register, actor, id, version: dto.version }, dto);
  };
  Object.defineProperty(handler, 'name', { value: name });
  Object.defineProperty(prototype, name, { value: handler, writable: true, configurable: true });
  // What TypeScript emits for a hand-written handler: the ValidationPipe and Swagger read the
  // body's class from here.
  Reflect.defineMetadata('design:paramtypes', [Object, String, body], prototype, name);
  CurrentActor()(prototype, name, 0);
  Param('id', RequestIdPipe)(prototype, name, 1);
  Body()(prototype, name, 2);
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
  applyDecorators(
    ...decorators,
    Post(`${routePrefix}${slug}`),
    HttpCode(HttpStatus.OK),
    ApiOperation({ summary }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiOkResponse({ type: RequestViewResponse }),
    ApiStepErrors(),
    ApiRequestNotFound(),
  )(prototype, name, descriptor);
}
