export * from './letter-contexts.js';
export * from './letter-errors.js';
export {
  isLetterKind,
  isLetterToRequester,
  LETTER_DEFINITIONS,
  letterFileName,
  LETTER_KINDS,
  letterInputFieldsOf,
  type LetterContexts,
  type LetterDefinition,
  type LetterDerived,
  type LetterKind,
  sampleLetterContexts,
} from './letter-registry.js';
export { defineLetterKind, type LetterAddressee } from './letter-kind.js';
export {
  isLetterInputField,
  LETTER_INPUT_FIELD_NAMES,
  LETTER_INPUT_SPECS,
  type LetterInput,
  type LetterInputField,
  type LetterInputShape,
  type LetterInputSpec,
  type LetterSectionInput,
  MAX_INPUT_LINES,
  MAX_INPUT_SECTIONS,
  MAX_SECTION_HEADING,
} from './letter-input-fields.js';
export {
  decisionSections,
  type DecisionSections,
  type GroundReasoning,
} from './kinds/decision-sections.js';
export { LETTER_HELPERS } from './letter-helpers.js';
export { type AnnexSettings, type LetterWarning } from './annex.js';
export {
  articleText,
  STATUTE_LAWS,
  type StatuteArticle,
  type StatuteLaw,
  type StatuteVersion,
  versionInForce,
} from './statute-texts.js';
export { LetterTemplates, type TemplateFile, type TemplateSetSource } from './letter-templates.js';
export { renderLetter, type RenderedLetter } from './render-letter.js';
export {
  findTemplatesDir,
  LETTERS_ENV_KEYS,
  LetterRenderer,
  lettersOptionsFromEnv,
  type LettersOptions,
} from './letter-renderer.js';
export {
  CHROMIUM_LAUNCH_ARGS,
  DEFAULT_CHROMIUM_PATH,
  PdfRenderer,
  PdfRendererError,
  type PdfRendererOptions,
} from './pdf-renderer.js';
export { LETTERS_OPTIONS, LettersModule } from './letters.module.js';
export * from './format/nl-format.js';
export {
  cite,
  citeGround,
  LAW_NAMES,
  parseGround,
  TERM_PROVISIONS,
  type LawName,
} from './format/legal-citations.js';
export {
  sampleWooDecisionContext,
  seedCaseFacts,
  seedDecisionContext,
  wooBase,
} from './samples/sample-contexts.js';
export * as seedCase from './samples/seed-case.js';
export {
  nameWords,
  PUBLIC_OFFICIAL_NL,
  PUBLIC_REQUESTER_NL,
  PUBLIC_THIRD_PARTIES_NL,
  PUBLIC_THIRD_PARTY_NL,
  type PublicCopyNames,
  publicDecisionContext,
} from './public-copy.js';
export { qrCodeSvg } from './format/qr-code.js';
