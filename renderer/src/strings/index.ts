// The language the window speaks. Another language is one more file typed `Strings`, chosen here.
import { en, type Strings } from './en';

export const strings: Strings = en;
export type { Strings };
