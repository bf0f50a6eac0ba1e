'use strict';
// Docker HEALTHCHECK: exits 0 when the URL (argument; default the API's liveness on PORT) answers 2xx.
const url = process.argv[2] || `http://127.0.0.1:${process.env.PORT || 3000}/health/live`;
fetch(url, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
