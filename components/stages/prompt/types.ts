// Wire types of the prompt stage, as PromptChallenge / StagePrompt / PromptChoice /
// PromptChallengeResponseRequest in @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export const PROMPT_TYPES = [
  'text',
  'text_area',
  'text_read_only',
  'text_area_read_only',
  'username',
  'email',
  'password',
  'number',
  'checkbox',
  'radio-button-group',
  'dropdown',
  'date',
  'date-time',
  'file',
  'separator',
  'hidden',
  'static',
  'alert_info',
  'alert_warning',
  'alert_danger',
  'ak-locale',
] as const;
export type PromptType = (typeof PROMPT_TYPES)[number];

export interface PromptChoice {
  value: string;
  label: string;
}

export interface StagePrompt {
  field_key: string;
  label: string;
  type: PromptType;
  required: boolean;
  placeholder: string;
  initial_value: string;
  order?: number;
  sub_text: string;
  choices: PromptChoice[] | null;
}

export interface PromptChallenge extends ChallengeBase {
  component: 'ak-stage-prompt';
  fields: StagePrompt[];
}

/** One key per `field_key`: strings, booleans for checkboxes, data URLs for files. */
export interface PromptResponse {
  component: 'ak-stage-prompt';
  [field_key: string]: unknown;
}
