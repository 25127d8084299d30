import { Injectable, type PipeTransform } from '@nestjs/common';
import { requestNotFound } from './http-errors.js';
import { UUID_SHAPE } from './validation.js';

/**
 * `:id` of a request. Anything that cannot be an id is a request that does not exist: the same
 * 404 as an unknown or another organisation's id, never a 400 or a database error.
 */
@Injectable()
export class RequestIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID_SHAPE.test(value)) throw requestNotFound();
    return value.toLowerCase();
  }
}
