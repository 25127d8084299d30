import { DecisionDto, toDecisionInput } from './take-decision.dto.js';
import { itemFields, readOutcomes } from './take-decision.form.js';
import { defineStep } from './step-definition.js';
import { datedField, readDated } from './step-forms.js';

/** The decision: an outcome for every item, grounds for a (partial) refusal, remarks. */
export const takeDecision = defineStep<DecisionDto>({
  // Recorded again before it is sent, the decision is corrected (the register picks the command).
  commands: ['takeDecision', 'correctDecision'],
  api: {
    slug: 'decision',
    handler: 'decide',
    summary: 'Record the decision: an outcome for every requested item',
    body: DecisionDto,
  },
  page: {
    slug: 'besluit',
    title: 'Besluit vastleggen (uitkomst per onderdeel)',
    notice: 'Het besluit is vastgelegd. Maak nu de besluitbrief en leg de verzending vast.',
    fields: (v, today) => [
      datedField(today, 'Besluit genomen op'),
      ...itemFields(v),
      {
        name: 'objectionExpected',
        label: 'Een belanghebbende zal naar verwachting bezwaar maken (openbaarmaking wacht)',
        type: 'checkbox',
      },
    ],
    read: (form) =>
      readDated<DecisionDto>(form, (f) => ({
        outcomes: readOutcomes(f),
        // Unticked is "not said", as an API body without the field.
        objectionExpected: f.checked('objectionExpected') || undefined,
      })),
  },
  letters: ['decision'],
  run: (call, body) =>
    call.register.recordDecision(call.actor, call.id, call.version, toDecisionInput(body)),
});
