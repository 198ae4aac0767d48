import { rehearsalSuite } from './rehearsal-suite.js';

describe('ak-password-policy-input: the keystroke rehearsal (light DOM)', () =>
  rehearsalSuite(true));
