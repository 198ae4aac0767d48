// The reference server's development captcha provider, served at /dev/captcha/api.js: a
// Turnstile-style global (`turnstile.render/reset/remove`) so captcha flows run offline. Its tokens
// are checked by POST /dev/captcha/siteverify (Turnstile's verify shape).
//
// Interactive: a checkbox button the user ticks. Invisible (`appearance: 'interaction-only'` or
// `'execute'`): the token comes by itself. Tokens are `dev-pass.<n>.<random>`; after
// `window.devCaptcha.rejectNext()` (tests; or `window.devCaptchaReject = n` before the script
// loads) the next one is `dev-reject.…`, which the verify endpoint refuses.
// `window.devCaptcha.expire()` fires the expired callbacks; an interactive widget then asks again
// (unticked), as a real checkbox captcha does.
(() => {
  if (window.turnstile) return;
  const widgets = new Map();
  let ids = 0;
  let issued = 0;
  let reject = Number(window.devCaptchaReject) || 0;
  const token = () => {
    const kind = reject > 0 ? (reject--, 'dev-reject') : 'dev-pass';
    return `${kind}.${++issued}.${Math.random().toString(36).slice(2)}`;
  };
  const give = (w) => setTimeout(() => w.options.callback?.(token()), 10);
  function draw(w) {
    w.el.replaceChildren();
    const invisible = ['interaction-only', 'execute'].includes(w.options.appearance);
    if (invisible) {
      give(w);
      return;
    }
    const box = document.createElement('button');
    box.type = 'button';
    box.className = 'dev-captcha';
    box.setAttribute('role', 'checkbox');
    box.setAttribute('aria-checked', 'false');
    box.textContent = 'I am human (development captcha)';
    box.style.cssText =
      'display:block;width:100%;padding:.75rem;border:1px dashed currentColor;background:none;color:inherit;font:inherit;cursor:pointer';
    box.addEventListener('click', () => {
      if (box.getAttribute('aria-checked') === 'true') return;
      box.setAttribute('aria-checked', 'true');
      box.textContent = '✓ Verified (development captcha)';
      give(w);
    });
    w.el.append(box);
  }
  window.turnstile = {
    render(el, options) {
      const target = typeof el === 'string' ? document.querySelector(el) : el;
      const id = `dev-${++ids}`;
      const w = { el: target, options };
      widgets.set(id, w);
      draw(w);
      return id;
    },
    reset(id) {
      for (const [key, w] of widgets) if (id === undefined || key === id) draw(w);
    },
    remove(id) {
      widgets.get(id)?.el.replaceChildren();
      widgets.delete(id);
    },
    getResponse() {
      return undefined;
    },
  };
  window.devCaptcha = {
    rejectNext(n = 1) {
      reject += n;
    },
    expire() {
      for (const w of widgets.values()) {
        w.options['expired-callback']?.();
        const invisible = ['interaction-only', 'execute'].includes(w.options.appearance);
        if (!invisible) draw(w);
      }
    },
  };
})();
