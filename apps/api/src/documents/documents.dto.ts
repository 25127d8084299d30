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

  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'PDFs only, for now' })
  pageCount: number | null;

  @ApiProperty({ description: 'SHA-256 of the content (hex)' })
  sha256: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The number of the e-mail this document was attached to',
  })
  familyNumber: number | null;

  @ApiProperty({ type: String, nullable: true, example: '2020-03-02' })
  documentDate: string | null;

  @ApiProperty({ type: String, nullable: true, description: "E.g. the e-mail's subject" })
  description: string | null;

  @ApiProperty({ example: '2020-03-03T10:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ example: '/api/requests/…/documents/1/content' })
  contentUrl: string;
}

export class DocumentListResponse {
  @ApiProperty({ type: [DocumentResponse] })
  documents: DocumentResponse[];
}
