// Every text of the window in English, one file per area (namespace `ui`).

import type { Catalogue } from '../../../../shared/i18n/catalogues/engine';
import { COMMON } from './common';
import { COMPARE } from './compare';
import { FINDINGS } from './findings';
import { MAILBOX } from './mailbox';
import { RESULT } from './result';
import { SCREENS } from './screens';

export const UI_EN: Catalogue = { ...COMMON, ...SCREENS, ...MAILBOX, ...RESULT, ...FINDINGS, ...COMPARE };
