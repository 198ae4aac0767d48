// snake_case wire types for authentik's flow challenges (names and fields as in schema.yml of
// @goauthentik/api; test/unit/contract checks the fixtures against it).

export interface ErrorDetail {
  string: string;
  code: string;
}

/** `response_errors`: field errors keyed by the field, plus `non_field_errors`. */
export type ResponseErrors = Record<string, ErrorDetail[]>;

export const FLOW_LAYOUTS = [
  'stacked',
  'content_left',
  'content_right',
  'sidebar_left',
  'sidebar_right',
  'sidebar_left_frame_background',
  'sidebar_right_frame_background',
] as const;
export type FlowLayout = (typeof FLOW_LAYOUTS)[number];

export interface ThemedUrls {
  light?: string;
  dark?: string;
}

export interface ContextualFlowInfo {
  title?: string;
  background?: string;
  background_themed_urls?: ThemedUrls | null;
  cancel_url: string;
  layout: FlowLayout;
}

/** What every challenge has; `component` discriminates. */
export interface ChallengeBase {
  component: string;
  flow_info?: ContextualFlowInfo;
  response_errors?: ResponseErrors;
}

export interface FlowErrorChallenge extends ChallengeBase {
  component: 'ak-stage-flow-error';
  request_id: string;
  error?: string;
  traceback?: string;
}

export interface AccessDeniedChallenge extends ChallengeBase {
  component: 'ak-stage-access-denied';
  pending_user: string;
  pending_user_avatar: string;
  error_message?: string;
}

export interface RedirectChallenge extends ChallengeBase {
  component: 'xak-flow-redirect';
  to: string;
  final_redirect?: boolean;
}

export interface AutosubmitChallenge extends ChallengeBase {
  component: 'ak-stage-autosubmit';
  url: string;
  attrs: Record<string, string>;
  title?: string;
}

export interface ShellChallenge extends ChallengeBase {
  component: 'xak-flow-shell';
  body: string;
}

export interface FrameChallenge extends ChallengeBase {
  component: 'xak-flow-frame';
  url: string;
  loading_overlay?: boolean;
  loading_text: string;
}

/** Any challenge: the known shapes are narrowed by `component` in each stage. */
export type Challenge = ChallengeBase & Record<string, unknown>;

/** What a stage POSTs back: always names its component, the rest is per stage. */
export interface ChallengeResponse {
  component: string;
  [field: string]: unknown;
}

/** The Flow object of GET /flows/instances/{slug}/ (the fields the widget reads). */
export interface FlowInstance {
  pk: string;
  slug: string;
  name: string;
  title: string;
  designation: string;
  background?: string;
  compatibility_mode?: boolean;
  layout?: FlowLayout;
}
