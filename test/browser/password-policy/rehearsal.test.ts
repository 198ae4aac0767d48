import { rehearsalSuite } from './rehearsal-suite.js';

describe('ak-password-policy-input: the keystroke rehearsal (shadow DOM)', () =>
  rehearsalSuite(false));
