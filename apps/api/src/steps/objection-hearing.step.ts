// The hearing on an objection (Awb 7:2): planned with date and place, held with its report
// (Awb 7:7), or waived on one of the grounds of Awb 7:3.
import { ApiProperty } from '@nestjs/swagger';
import { HEARING_WAIVER_GROUNDS, type HearingWaiverGround } from '@wobdesk/domain';
import { IsDefined, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCaseDate } from '../common/validation.js';
import { selectField, textareaField } from '../pages/shared/form-view.js';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { date, execute } from './dated-step.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

export const HEARING_WAIVER_LABELS: Readonly<Record<HearingWaiverGround, string>> = {
  manifestly_inadmissible: 'Het bezwaar is kennelijk niet-ontvankelijk (Awb 7:3 sub a)',
  manifestly_unfounded: 'Het bezwaar is kennelijk ongegrond (Awb 7:3 sub b)',
  objector_waived: 'De bezwaarmaker wil niet gehoord worden (Awb 7:3 sub c)',
  fully_granted: 'Het bezwaar wordt volledig toegewezen (Awb 7:3 sub d)',
};

export class HearingScheduleDto extends DatedActionDto {
  @ApiProperty({ format: 'date', description: 'The day of the hearing (not before occurredOn)' })
  @IsDefined()
  @IsCaseDate()
  hearingOn: string;

  @ApiProperty({ maxLength: 500, description: 'Where the hearing takes place' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  place: string;
}

export class HearingHeldDto extends DatedActionDto {
  @ApiProperty({ maxLength: 20000, description: 'The report of the hearing (verslag, Awb 7:7)' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  report: string;
}

export class HearingWaivedDto extends DatedActionDto {
  @ApiProperty({ enum: HEARING_WAIVER_GROUNDS, description: 'The ground of Awb 7:3' })
  @IsDefined()
  @IsIn(HEARING_WAIVER_GROUNDS)
  ground: HearingWaiverGround;
}

export const scheduleHearing = defineStep<HearingScheduleDto>({
  commands: ['scheduleHearing'],
  api: {
    slug: 'hearings',
    handler: 'scheduleHearing',
    summary: 'Schedule the hearing on the objection, with date and place (Awb 7:2)',
    body: HearingScheduleDto,
  },
  page: {
    slug: 'hoorzitting-plannen',
    title: 'Hoorzitting plannen',
    notice: 'De hoorzitting is gepland.',
    fields: (_view, today) => [
      datedField(today, 'Gepland op'),
      { name: 'hearingOn', label: 'Datum hoorzitting', type: 'date', required: true },
      { name: 'place', label: 'Plaats', type: 'text', required: true },
    ],
    read: (form) =>
      readDated<HearingScheduleDto>(form, (f) => ({
        hearingOn: f.date('hearingOn', { required: true }) ?? '',
        place: f.text('place', { required: true, max: 500 }) ?? '',
      })),
  },
  run: (call, body) =>
    execute(call, {
      type: 'scheduleHearing',
      occurredOn: date(body.occurredOn),
      hearingOn: date(body.hearingOn),
      place: body.place,
    }),
});

export const holdHearing = defineStep<HearingHeldDto>({
  commands: ['holdHearing'],
  api: {
    slug: 'hearing-held',
    handler: 'hearingHeld',
    summary: 'Record that the hearing was held, with its report (Awb 7:2, 7:7)',
    body: HearingHeldDto,
  },
  page: {
    slug: 'hoorzitting-gehouden',
    title: 'Hoorzitting vastleggen',
    notice: 'De hoorzitting en het verslag zijn vastgelegd.',
    fields: (_view, today) => [
      datedField(today, 'Gehouden op'),
      textareaField('report', 'Verslag van de hoorzitting', true),
    ],
    read: (form) =>
      readDated<HearingHeldDto>(form, (f) => ({
        report: f.text('report', { required: true, max: 20000 }) ?? '',
      })),
  },
  run: (call, body) =>
    execute(call, { type: 'holdHearing', occurredOn: date(body.occurredOn), report: body.report }),
});

export const waiveHearing = defineStep<HearingWaivedDto>({
  commands: ['waiveHearing'],
  api: {
    slug: 'hearing-waived',
    handler: 'hearingWaived',
    summary: 'Record that the objector is not heard, with the ground of Awb 7:3',
    body: HearingWaivedDto,
  },
  page: {
    slug: 'afzien-van-horen',
    title: 'Afzien van horen',
    notice: 'Vastgelegd dat van horen wordt afgezien.',
    fields: (_view, today) => [
      datedField(today, 'Besloten op'),
      selectField('ground', 'Reden (Awb 7:3)', HEARING_WAIVER_LABELS),
    ],
    read: (form) =>
      readDated<HearingWaivedDto>(form, (f) => ({
        ground: f.oneOf('ground', HEARING_WAIVER_GROUNDS, true) as HearingWaiverGround,
      })),
  },
  run: (call, body) =>
    execute(call, { type: 'waiveHearing', occurredOn: date(body.occurredOn), ground: body.ground }),
});
