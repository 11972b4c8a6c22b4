import { backgroundFacts } from './cited';
import { latestFactDate } from './currency';
import { facts } from './facts';

/** The date of the lesson's latest fact, computed on the server so pages need not ship the facts. */
export const lessonAsOf: string = latestFactDate([...facts, ...backgroundFacts]);
