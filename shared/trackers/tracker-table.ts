// The whole tracker table: every service row, from the data files in services/.

import { TrackerMatcher } from './match-tracker';
import { ANALYTICS_AND_DATA_BROKERS } from './services/analytics-and-data-brokers';
import { EMAIL_SERVICE_PROVIDERS } from './services/email-service-providers';
import { EUROPEAN_EMAIL_PLATFORMS } from './services/european-email-platforms';
import { PEER_LISTED_UNCONFIRMED } from './services/peer-listed-unconfirmed';
import { SALES_AND_SUPPORT_TOOLS } from './services/sales-and-support-tools';
import type { TrackerService } from './tracker-service';

export const TRACKER_SERVICES: readonly TrackerService[] = [
  ...EMAIL_SERVICE_PROVIDERS,
  ...EUROPEAN_EMAIL_PLATFORMS,
  ...SALES_AND_SUPPORT_TOOLS,
  ...ANALYTICS_AND_DATA_BROKERS,
  ...PEER_LISTED_UNCONFIRMED,
];

let matcher: TrackerMatcher | undefined;

/** Built once per process (or worker): compiling the path patterns is the only cost. */
export function trackerMatcher(): TrackerMatcher {
  matcher ??= new TrackerMatcher(TRACKER_SERVICES);
  return matcher;
}
