import { ApiProperty } from '@nestjs/swagger';
import {
  OPEN_ENDED_SUSPENSION_KINDS,
  type OpenEndedSuspensionKind,
  type RequestCommand,
} from '@wobdesk/domain';
import { IsDefined, IsIn } from 'class-validator';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { selectField } from '../pages/shared/form-view.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';
import { SUSPENSION_LABELS } from './suspension-labels.js';

export class SuspensionEndDto extends DatedActionDto {
  @ApiProperty({
    enum: OPEN_ENDED_SUSPENSION_KINDS,
    description: '`occurredOn` is the last suspended day',
  })
  @IsDefined()
  @IsIn(OPEN_ENDED_SUSPENSION_KINDS)
  kind: OpenEndedSuspensionKind;
}

export function suspensionEndCommand(dto: SuspensionEndDto): RequestCommand {
  return { type: 'endSuspension', occurredOn: date(dto.occurredOn), kind: dto.kind };
}

export const endSuspension = defineStep<SuspensionEndDto>({
  commands: ['endSuspension'],
  api: {
    slug: 'suspension-ends',
    handler: 'resume',
    summary: 'End a requester-delay or force-majeure suspension (last suspended day)',
    body: SuspensionEndDto,
  },
  page: {
    slug: 'opschorting-einde',
    title: 'Einde opschorting vastleggen',
    notice: 'Het einde van de opschorting is vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Laatste opgeschorte dag'),
      selectField('kind', 'Grond', {
        requester_delay: SUSPENSION_LABELS.requester_delay,
        force_majeure: SUSPENSION_LABELS.force_majeure,
      }),
    ],
    read: (form) =>
      readDated<SuspensionEndDto>(
        form,
        (f) =>
          ({ kind: f.oneOf('kind', ['requester_delay', 'force_majeure'] as const) }) as Omit<
            SuspensionEndDto,
            'occurredOn'
          >,
      ),
  },
  run: (call, body) => execute(call, suspensionEndCommand(body)),
  letters: ['suspension_end'],
});
