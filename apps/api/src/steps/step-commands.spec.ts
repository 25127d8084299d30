import { LocalDate } from '@wobdesk/domain';
import { plainToInstance } from 'class-transformer';
import { DatedActionDto } from '../requests/request-actions.dto.js';
import { datedCommand } from './dated-step.js';
import { ClarificationRequestDto, clarificationCommand } from './request-clarification.step.js';
import { ObjectionDto, objectionCommand } from './lodge-objection.step.js';
import { SuspensionDto, suspensionCommand } from './suspend.step.js';
import { DecisionDto, toDecisionInput } from './take-decision.dto.js';

const dto = <T extends object>(type: new () => T, plain: object): T => plainToInstance(type, plain);

describe('request commands', () => {
  it('should turn the legal date into a LocalDate', () => {
    const command = datedCommand('sendDecision', dto(DatedActionDto, { occurredOn: '2020-05-26' }));
    expect(command).toEqual({ type: 'sendDecision', occurredOn: LocalDate.parse('2020-05-26') });
  });

  it('should read null in an optional date as not given', () => {
    const command = clarificationCommand(
      dto(ClarificationRequestDto, { occurredOn: '2024-04-10', termEndsOn: null }),
    );
    expect(command).toMatchObject({ type: 'requestClarification', termEndsOn: undefined });
    const objection = objectionCommand(
      dto(ObjectionDto, { occurredOn: '2024-07-01', byPost: true, postedOn: null }),
    );
    expect(objection).toMatchObject({ type: 'lodgeObjection', byPost: true, postedOn: undefined });
  });

  it('should pick the suspension command by its kind', () => {
    expect(
      suspensionCommand(dto(SuspensionDto, { occurredOn: '2024-04-10', kind: 'consent', days: 7 })),
    ).toEqual({ type: 'agreeSuspension', occurredOn: LocalDate.parse('2024-04-10'), days: 7 });
    expect(
      suspensionCommand(dto(SuspensionDto, { occurredOn: '2024-04-10', kind: 'force_majeure' })),
    ).toEqual({
      type: 'startSuspension',
      occurredOn: LocalDate.parse('2024-04-10'),
      kind: 'force_majeure',
    });
  });

  it('should pass the outcomes of a decision on as the register expects them', () => {
    const input = toDecisionInput(
      dto(DecisionDto, {
        occurredOn: '2020-05-26',
        objectionExpected: null,
        outcomes: [
          { number: 1, outcome: 'granted', remarks: null },
          { number: 2, outcome: 'refused', grounds: ['10.2.e'] },
        ],
      }),
    );
    expect(input).toEqual({
      occurredOn: '2020-05-26',
      objectionExpected: undefined,
      outcomes: [
        { number: 1, outcome: 'granted', grounds: undefined, remarks: undefined },
        { number: 2, outcome: 'refused', grounds: ['10.2.e'], remarks: undefined },
      ],
    });
  });
});
