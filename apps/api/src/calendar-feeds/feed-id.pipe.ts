import { Injectable, type PipeTransform } from '@nestjs/common';
import { UUID_SHAPE } from '../common/validation.js';
import { feedNotFound } from './calendar-feeds.service.js';

/**
 * `:id` of a calendar feed. Anything that cannot be an id is a feed that does not exist: the same
 * 404 as an unknown or revoked one, as for a request's id.
 */
@Injectable()
export class FeedIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID_SHAPE.test(value)) throw feedNotFound();
    return value.toLowerCase();
  }
}
