import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OBJECTION_OUTCOMES, type ObjectionOutcome, type RequestCommand } from '@wobdesk/domain';
import { IsBoolean, IsDefined, IsIn, IsOptional } from 'class-validator';
import { selectField } from '../pages/shared/form-view.js';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

/** The outcome as the decision on objection words it (Awb 7:11, 7:12). */
export const OBJECTION_OUTCOME_LABELS: Readonly<Record<ObjectionOutcome, string>> = {
  well_founded: 'Gegrond',
  unfounded: 'Ongegrond',
  inadmissible: 'Niet-ontvankelijk',
};

export class ObjectionDecisionDto extends DatedActionDto {
  @ApiProperty({ enum: OBJECTION_OUTCOMES, description: 'Gegrond, ongegrond, niet-ontvankelijk' })
  @IsDefined()
  @IsIn(OBJECTION_OUTCOMES)
  outcome: ObjectionOutcome;

  @ApiPropertyOptional({
    description: 'Well founded: the decision is revoked and a new one taken (Awb 7:11 lid 2)',
  })
  @IsOptional()
  @IsBoolean()
  newDecision?: boolean;
}

export function objectionDecisionCommand(dto: ObjectionDecisionDto): RequestCommand {
  return {
    type: 'decideObjection',
    occurredOn: date(dto.occurredOn),
    outcome: dto.outcome,
    newDecision: dto.newDecision ?? undefined,
  };
}

export const decideObjection = defineStep<ObjectionDecisionDto>({
  commands: ['decideObjection'],
  api: {
    slug: 'objection-decision',
    handler: 'objectionDecided',
    summary:
      'Record the decision on the objection with its outcome; closes the request and opens the appeal window',
    body: ObjectionDecisionDto,
  },
  page: {
    slug: 'beslissing-op-bezwaar',
    title: 'Beslissing op bezwaar vastleggen',
    notice: 'De beslissing op bezwaar is vastgelegd. De beroepstermijn van zes weken loopt.',
    fields: (_view, today) => [
      datedField(today, 'Beslist en verzonden op'),
      selectField('outcome', 'Uitkomst', OBJECTION_OUTCOME_LABELS),
      {
        name: 'newDecision',
        label: 'Het besluit is herroepen en er is een nieuw besluit genomen (Awb 7:11 lid 2)',
        type: 'checkbox',
      },
    ],
    read: (form) =>
      readDated<ObjectionDecisionDto>(form, (f) => ({
        outcome: f.oneOf('outcome', OBJECTION_OUTCOMES, true) as ObjectionOutcome,
        newDecision: f.checked('newDecision'),
      })),
  },
  letters: ['objection_decision'],
  run: (call, body) => execute(call, objectionDecisionCommand(body)),
});
