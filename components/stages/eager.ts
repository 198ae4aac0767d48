// Stages in the main bundle: the ones every login meets, so the first stage paints with no
// extra request.
import './flow-error/ak-stage-flow-error.js';
import './access-denied/ak-stage-access-denied.js';
import './redirect/xak-flow-redirect.js';
import './identification/ak-stage-identification.js';
import './password/ak-stage-password.js';
