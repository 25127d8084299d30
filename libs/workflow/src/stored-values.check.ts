// Compile-time check that the value lists of the contract and of the schema's CHECKs agree
// (libs/persistence must not import libs/workflow, so each has its own copy).
import {
  STORED_CHANNELS,
  STORED_CONVERSATION_CHANNELS,
  STORED_ITEM_OUTCOMES,
  STORED_ROLES,
} from '@wobdesk/persistence';
import { CHANNELS, type ConversationInput, ITEM_OUTCOMES, ROLES } from './contract.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Element<T extends readonly unknown[]> = T[number];

export const STORED_VALUES_AGREE: [
  Same<Element<typeof ROLES>, Element<typeof STORED_ROLES>>,
  Same<Element<typeof CHANNELS>, Element<typeof STORED_CHANNELS>>,
  Same<Element<typeof ITEM_OUTCOMES>, Element<typeof STORED_ITEM_OUTCOMES>>,
  Same<ConversationInput['channel'], Element<typeof STORED_CONVERSATION_CHANNELS>>,
] = [true, true, true, true];

/** The conversation channels as a runtime list (the contract has only the type). */
export const CONVERSATION_CHANNELS = STORED_CONVERSATION_CHANNELS;
