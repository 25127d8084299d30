import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_BUNDLE_MEGABYTES } from '@wobdesk/documents';
import { RELEASED_FILE_KINDS } from '@wobdesk/persistence';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ReleaseDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_BUNDLE_MEGABYTES,
    default: 25,
    description: 'The largest bundle in MB (1,000,000 bytes); a document larger is a bundle alone',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_BUNDLE_MEGABYTES)
  bundleMegabytes?: number;
}

export class ReleasedFileResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: RELEASED_FILE_KINDS })
  kind: string;
  @ApiProperty({ description: '1 for the first release, one higher for each that replaced it' })
  releaseNumber: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The inventory number' })
  documentNumber: number | null;
  @ApiProperty({ example: 'document-12.pdf' })
  fileName: string;
  @ApiProperty({ example: 'Document 12' })
  title: string;
  @ApiProperty({ description: '0 for the inventory' })
  pages: number;
  @ApiProperty()
  bytes: number;
  @ApiProperty({ description: 'Boxes blacked out in it' })
  redactedBoxes: number;
  @ApiProperty({ format: 'date-time' })
  releasedAt: string;
  @ApiProperty({ description: 'Where to download it' })
  url: string;
}

export class ReleaseListResponse {
  @ApiProperty({ type: [ReleasedFileResponse] })
  files: ReleasedFileResponse[];
}
