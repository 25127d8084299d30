export { CorrespondenceModule } from './correspondence.module.js';
export {
  type AvailableLetter,
  checkLetterInput,
  GENERATABLE_LETTER_KINDS,
  type GeneratableLetterKind,
  isGeneratableKind,
  LETTER_INPUT_FIELDS,
  LETTER_MAPPERS,
  letterContextOf,
  lettersAvailable,
  type LetterInput,
  type LetterInputField,
  type LetterSources,
} from './letter-context/index.js';
export { isVisibleToRequester, listLettersIn } from './letter-store.js';
export {
  type LetterDownload,
  type LetterFormat,
  type LetterMetadata,
  type LetterPreview,
  LetterService,
  type PublicDecisionPdf,
  type StoredLetterPdf,
} from './letter.service.js';
