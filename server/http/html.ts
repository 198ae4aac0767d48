// The few HTML pages the server answers itself: the flow page and Django-like 404s.

export const html = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
  `<title>${title}</title>\n<link rel="icon" href="data:,">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const notFoundPage = () =>
  new Response(
    html('Not Found', '<h1>Not Found</h1>\n<p>The requested resource was not found.</p>'),
    {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    },
  );
