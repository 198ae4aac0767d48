// A local stand-in for Apple's appleid.auth.js (tests only): records init and signIn calls.
window.AppleID = {
  auth: {
    init(config) {
      window.__apple = { config, signIns: 0 };
    },
    signIn() {
      window.__apple.signIns++;
      return Promise.resolve();
    },
  },
};
