import { BULL_BOARD_PATH } from './admin-session.service';

/** Served with the 401 to browsers: paste an admin JWT once, get a short-lived session cookie. */
export function loginPage(message: string): string {
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Queues – sign in</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}textarea{width:100%;height:8rem}</style></head>
<body><h1>Job queues</h1><p>${escaped}</p>
<form method="post" action="${BULL_BOARD_PATH}/session">
<label for="token">Admin access token (JWT)</label>
<textarea id="token" name="token" required autocomplete="off"></textarea>
<p><button type="submit">Open the queue dashboard</button></p>
</form></body></html>`;
}
