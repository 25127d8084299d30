import { ApiProperty } from '@nestjs/swagger';
import { ITEM_OUTCOMES, type ItemOutcome } from '@wobdesk/domain';

export class InventoryImportResponse {
  @ApiProperty({
    type: [Number],
    description: 'The numbers of the documents assessed by the import',
  })
  numbers!: number[];
}

export class OutcomeProposal {
  @ApiProperty({ description: 'The requested item' })
  number!: number;

  @ApiProperty({
    enum: ITEM_OUTCOMES,
    nullable: true,
    description: 'Null while documents of the item are unassessed',
  })
  outcome!: ItemOutcome | null;

  @ApiProperty({
    type: [String],
    description: 'Grounds of the withheld documents, in the order of the act',
  })
  grounds!: readonly string[];

  @ApiProperty({ description: 'Documents of the item still to assess' })
  unassessed!: number;

  @ApiProperty({
    description: 'Documents the proposal rests on (those outside the request not counted)',
  })
  counted!: number;
}

export class OutcomeProposalsResponse {
  @ApiProperty({ type: [OutcomeProposal] })
  items!: OutcomeProposal[];
}
