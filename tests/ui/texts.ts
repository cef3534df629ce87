// Every text of both languages, as a running app has them once its first screen is up and the
// other language was asked for (src/ui/i18n loads all but the app frame's lazily, one language at a time).
import { loadTexts } from '../../src/ui/i18n';

await Promise.all([loadTexts('nl'), loadTexts('en')]);
