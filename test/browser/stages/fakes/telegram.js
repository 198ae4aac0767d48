// A local stand-in for Telegram's telegram-widget.js (tests only): like the real one, it reads its
// own script tag's data-* attributes, draws a button beside itself and calls the data-onauth
// callback with signed user data.
(() => {
  const script = document.currentScript;
  const onauth = script.dataset.onauth ?? '';
  const name = onauth.replace(/\(user\)$/, '');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fake-telegram';
  button.textContent = `Log in with Telegram as @${script.dataset.telegramLogin}`;
  button.dataset.requestAccess = script.dataset.requestAccess ?? '';
  button.addEventListener('click', () =>
    window[name]({
      id: 42,
      first_name: 'Jane',
      username: 'jane',
      auth_date: 1700000000,
      hash: 'f00d',
    }),
  );
  script.after(button);
})();
