import { captureProfile } from '../../lib/bench/capture-suite';
import { deskProfile, todayProfile } from '../../lib/bench/desk-suite';
import { suites } from '../../lib/bench/suites';

// npm run bench calls these from Playwright; the measured code is the extension's own bundle.
(globalThis as unknown as { relanceBench: typeof suites }).relanceBench = suites;
(globalThis as unknown as { relanceProfile: typeof captureProfile }).relanceProfile = captureProfile;
(globalThis as unknown as { relanceDeskProfile: typeof deskProfile }).relanceDeskProfile = deskProfile;
(globalThis as unknown as { relanceTodayProfile: typeof todayProfile }).relanceTodayProfile = todayProfile;
