import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, Matches } from 'class-validator';
import { Roles, UnlessSelf } from '../auth/auth.decorators.js';
import { UUID_SHAPE } from '../common/validation.js';
import { VersionedDto } from '../requests/request-actions.dto.js';
import { selectField } from '../pages/shared/form-view.js';
import { defineStep } from './step-definition.js';

export class AssignDto extends VersionedDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A clerk may only assign to themselves; a coordinator to anyone',
  })
  @IsDefined()
  @IsString()
  @Matches(UUID_SHAPE, { message: '$property must be a user id (UUID)' })
  assigneeId: string;
}

/** Not a legal step: who handles the request. A clerk may take it; only a coordinator may give it. */
export const assign = defineStep<AssignDto>({
  commands: ['assign'],
  api: {
    slug: 'assign',
    handler: 'assign',
    summary: 'Assign (clerk: to yourself; coordinator: to anyone)',
    body: AssignDto,
    decorators: [Roles('coordinator'), UnlessSelf('assigneeId')],
  },
  page: {
    slug: 'toewijzen',
    title: 'Toewijzen',
    notice: 'De behandelaar is vastgelegd.',
    fields: (v, _today, people) => [
      selectField('assigneeId', 'Behandelaar', people, { defaultValue: v.assignee?.id ?? '' }),
    ],
    read: (form) => {
      const assigneeId = form.text('assigneeId', { required: true, max: 36 });
      return !form.ok || assigneeId === undefined ? undefined : { assigneeId };
    },
  },
  run: (call, body) => call.register.assign(call.actor, call.id, call.version, body.assigneeId),
});
