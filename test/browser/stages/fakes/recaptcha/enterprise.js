// A stand-in for reCAPTCHA Enterprise's script (…/enterprise.js): the classic calls refuse the
// site key, as Google's do for an Enterprise key; `grecaptcha.enterprise` renders, records its
// options in `window.enterpriseRenders` and answers a token at once (invisible) or on execute.
(() => {
  const renders = (window.enterpriseRenders = []);
  const refuse = () => {
    throw new Error('Invalid site key or not loaded in api.js');
  };
  const api = {
    ready: (cb) => setTimeout(cb),
    render(el, options) {
      renders.push(options);
      return renders.length;
    },
    execute(id) {
      setTimeout(() => renders[id - 1].callback(`enterprise-token.${id}`));
    },
    reset() {},
  };
  window.grecaptcha = {
    ready: api.ready,
    render: refuse,
    execute: refuse,
    reset: refuse,
    enterprise: api,
  };
})();
