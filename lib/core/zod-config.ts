import { z } from 'zod';

// zod probes `new Function` to decide whether to compile validators; the extension CSP forbids
// it (and logs a violation in every context). Validate without compiling.
z.config({ jitless: true });
