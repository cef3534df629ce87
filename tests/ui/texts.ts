// Every text of both languages, as a running app has them once its first screen is up
// (src/ui/i18n loads all but the app frame's lazily).
import { loadTexts } from '../../src/ui/i18n';

await loadTexts();
