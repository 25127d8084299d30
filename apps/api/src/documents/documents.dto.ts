import { ApiProperty } from '@nestjs/swagger';

export class DocumentResponse {
  @ApiProperty({ example: 1, description: 'Given once per request, never changed' })
  number: number;

  @ApiProperty({ example: 'notitie.pdf' })
  fileName: string;

  @ApiProperty({ example: 'application/pdf', description: 'Detected from the content' })
  mediaType: string;

  @ApiProperty({ example: 18234 })
  sizeBytes: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2,
    description:
      "A PDF's pages, an office document's (of its PDF, null until converted), an image's (1; a TIFF's own)",
  })
  pageCount: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['pending', 'converted', 'not_converted'],
    description:
      'Office documents only: whether a PDF was made for review and release; pending while the ' +
      'conversion job has not yet made it (pageCount is null until then)',
  })
  conversion: 'pending' | 'converted' | 'not_converted' | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was not converted (Dutch)' })
  conversionNote: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 2480, description: 'Images only' })
  widthPx: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 3508, description: 'Images only' })
  heightPx: number | null;

  @ApiProperty({ description: 'SHA-256 of the content (hex)' })
  sha256: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The number of the e-mail this document was attached to',
  })
  familyNumber: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "The number of the document the inventory lists in this one's place (an exact twin, or a " +
      'confirmed near-duplicate or quoting reply); null when the document is listed itself',
  })
  duplicateOfNumber: number | null;

  @ApiProperty({
    type: [Number],
    example: [4, 9],
    description: 'The documents whose duplicateOfNumber is this one: its copies in the inventory',
  })
  copyNumbers: number[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: '<20200302.1@gemeente.example>',
    description: "E-mails: the Message-ID of the thread's first message",
  })
  threadId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2020-03-02' })
  documentDate: string | null;

  @ApiProperty({ type: String, nullable: true, description: "E.g. the e-mail's subject" })
  description: string | null;

  @ApiProperty({ example: '2020-03-03T10:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ example: '/api/requests/…/documents/1/content' })
  contentUrl: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '/api/requests/…/documents/1/pdf',
    description: 'The PDF made from an office document; null when there is none',
  })
  pdfUrl: string | null;
}

export class DocumentListResponse {
  @ApiProperty({ type: [DocumentResponse] })
  documents: DocumentResponse[];
}

export class DocumentPageResponse extends DocumentListResponse {
  @ApiProperty({ description: 'How many documents the request has in all' })
  total: number;

  @ApiProperty({ example: 0 })
  offset: number;

  @ApiProperty({ example: 50, description: 'Default 50, at most 200' })
  limit: number;
}

class ProposalDocumentResponse {
  @ApiProperty({ example: 2 })
  number: number;

  @ApiProperty({ example: 'notitie-v2.pdf' })
  fileName: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;
}

export class DuplicateProposalResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    enum: ['exact', 'near', 'thread'],
    description:
      'exact: the same bytes (recorded confirmed at intake); near: nearly the same text; ' +
      'thread: an e-mail quoted in full in a reply of the same thread',
  })
  kind: string;

  @ApiProperty({ enum: ['proposed', 'confirmed', 'rejected'] })
  status: string;

  @ApiProperty({ example: 0.94, description: 'Estimated similarity of the texts (1 for exact)' })
  score: number;

  @ApiProperty({ type: ProposalDocumentResponse, description: 'The document not to be listed' })
  document: ProposalDocumentResponse;

  @ApiProperty({
    type: ProposalDocumentResponse,
    description: 'The document listed in its place (for a thread: the quoting reply)',
  })
  twin: ProposalDocumentResponse;

  @ApiProperty({ type: String, nullable: true, example: '2024-04-10T09:00:00.000Z' })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  decidedBy: string | null;
}

export class DuplicateProposalListResponse {
  @ApiProperty({ type: [DuplicateProposalResponse] })
  proposals: DuplicateProposalResponse[];
}
