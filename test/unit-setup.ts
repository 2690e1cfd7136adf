// The pure functions under test take the messages of any language synchronously (`messagesFor`);
// in a page the elements load a language before they draw, here every language is loaded once.
import { loadAllMessages } from '../src/i18n/index.js';

await loadAllMessages();
