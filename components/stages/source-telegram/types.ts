// Wire types of the Telegram source stage (TelegramLoginChallenge and
// TelegramChallengeResponseRequest in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface TelegramLoginChallenge extends ChallengeBase {
  component: 'ak-source-telegram';
  bot_username: string;
  request_message_access: boolean;
}

/** What Telegram's login widget hands its `onauth` callback. */
export interface TelegramUser {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  photo_url?: string;
  auth_date: number;
  hash: string;
}

export interface TelegramResponse extends Partial<TelegramUser> {
  component: 'ak-source-telegram';
  [field: string]: unknown;
}
