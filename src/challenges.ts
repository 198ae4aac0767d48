// snake_case wire types shared by every challenge (names and fields as in schema.yml of
// @goauthentik/api; test/unit/contract checks the fixtures against it). Each stage's own
// challenge and response types live beside it: components/stages/<name>/types.ts.

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
  /** The background with authentik's default when the flow has none of its own. */
  background_url?: string;
  compatibility_mode?: boolean;
  layout?: FlowLayout;
}
