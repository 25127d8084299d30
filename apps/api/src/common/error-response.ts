import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'requester.name' }) field: string;
  @ApiProperty({ example: 'isNotEmpty' }) rule: string;
  @ApiProperty() message: string;
}

/** The body of every 4xx/5xx answer (documentation only; `DomainErrorFilter` builds it). */
export class ErrorResponse {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'Conflict' }) error: string;
  @ApiPropertyOptional({
    description:
      'Stable code: VALIDATION_FAILED, REQUEST.*, AUTH.*, STATUS.NOT_FOUND, RATE_LIMITED, ...',
    example: 'REQUEST.COMMAND_NOT_ALLOWED',
  })
  code?: string;
  @ApiProperty({
    description: 'English text (a list of texts for VALIDATION_FAILED)',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  message: string | string[];
  @ApiPropertyOptional({ description: 'Dutch text for the clerk or requester' })
  messageNl?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'Each failing field and rule' })
  errors?: FieldErrorResponse[];
}
