import { Injectable, type PipeTransform } from '@nestjs/common';
import { UUID_SHAPE } from '../common/validation.js';
import { userNotFound } from './user-errors.js';

/**
 * `:id` of a user. Anything that cannot be an id is a user that does not exist: the same 404
 * (`USER.NOT_FOUND`) as an unknown one, as for a request's or a feed's id.
 */
@Injectable()
export class UserIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID_SHAPE.test(value)) throw userNotFound();
    return value.toLowerCase();
  }
}
