// The OAuth device-code stages authentik injects into its device-code flow: the code entry
// (OAuthDeviceCodeStage: "Invalid code" on an unknown one) and the finish message, which marks the
// device authorized for the user the flow signed in. The reference server runs them as stages of
// its own models (`reference_server.oauthdevicecodestage`, `.oauthdevicecodefinishstage`, see
// server/README.md): authentik adds them by itself and has no blueprint model for them.
import { deviceCodes } from '../../dev/device-codes.js';
import { errors } from '../challenge.js';
import type { StageView } from '../context.js';
import { _ } from '../../i18n/index.js';

const PLAN_DEVICE_CODE = 'goauthentik.io/providers/oauth2/device_code';

export const oauthDeviceCode: StageView = {
  async get(ctx) {
    return ctx.challenge({ component: 'ak-provider-oauth2-device-code' });
  },
  async post(ctx, body) {
    const typed = typeof body.code === 'string' ? body.code : '';
    const code = deviceCodes(ctx.state).byUserCode(typed);
    if (!code) {
      return ctx.challengeInvalid(
        { component: 'ak-provider-oauth2-device-code' },
        errors('code', _('Invalid code')),
      );
    }
    ctx.plan.context[PLAN_DEVICE_CODE] = code.deviceCode;
    return ctx.stageOk();
  },
};

export const oauthDeviceCodeFinish: StageView = {
  async get(ctx) {
    const deviceCode = ctx.plan.context[PLAN_DEVICE_CODE];
    const user = ctx.pendingUser?.username;
    if (typeof deviceCode !== 'string' || !user) return ctx.stageInvalid('No device code');
    deviceCodes(ctx.state).authorize(deviceCode, user);
    return ctx.challenge({ component: 'ak-provider-oauth2-device-code-finish' });
  },
  async post(ctx) {
    return ctx.stageOk();
  },
};
