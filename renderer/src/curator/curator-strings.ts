// Runs in: renderer (the studio's chunk). Every word the curator studio shows, in Kazakh, Russian and
// English. `Record<Language, CuratorStrings>` makes TypeScript refuse a language that lacks a key.
// Numbers arrive already formatted; file names and the schema's own detail stay as written.
import type { Language } from '../../../common/content-schema';

import type { ReadyChecklistItem } from '../../../common/curator-contract';
import type { SaveFailure } from './curator-store';
import type { CsvImportStrings } from './csv-import-strings';
import { CSV_IMPORT_STRINGS } from './csv-import-strings';

export interface CuratorStrings {
  studio: string;
  exhibitionName: string;
  languageSwitch: string;
  loading: string;
  loadFailed: string;
  tryAgain: string;
  pinTitle: string;
  pinHint: string;
  // The session locked after a pause: what waits for the PIN, or was not done without it
  /** Closes the PIN pad without the PIN: what waited is not done. */
  pinNotNow: string;
  waitingForPin: (actions: string) => string;
  notDoneWithoutPin: (actions: string) => string;
  enterPin: string;
  refusedAction: {
    save: string;
    publish: string;
    'restore-previous': string;
    'discard-draft': string;
    photo: (name: string) => string;
    'focal-point': (name: string) => string;
  };
  leaveStudio: string;
  sections: { heroes: string; exhibition: string; settings: string; checklist: string };
  // Saving and publishing
  savedAt: (time: string) => string;
  saving: string;
  unsaved: string;
  saveFailed: Record<SaveFailure, string>;
  typingKept: string;
  conflict: string;
  keepMine: string;
  loadTheirs: string;
  publish: string;
  publishing: string;
  publishedAt: (time: string) => string;
  publishRefused: (count: string) => string;
  publishFailed: string;
  restorePrevious: string;
  confirmRestore: string;
  restoring: string;
  restored: string;
  nothingToRestore: string;
  restoreFailed: string;
  showProblems: string;
  // Heroes list
  heroesInOrder: (count: string) => string;
  addHero: string;
  addHeroTitle: string;
  addHeroHint: string;
  add: string;
  cancel: string;
  moveUp: (name: string) => string;
  moveDown: (name: string) => string;
  dragToReorder: string;
  moved: (name: string, position: string) => string;
  remove: string;
  removeConfirm: (name: string) => string;
  removeYes: string;
  lastHeroStays: string;
  untitled: string;
  status: { draft: string; ready: string };
  readyToShow: string;
  missing: {
    photo: string;
    translation: (languages: string) => string;
    credit: (languages: string) => string;
    alt: (languages: string) => string;
  };
  /** Short language names for lists like "missing: ru, en". */
  languageShort: Record<Language, string>;
  // Hero editor
  heroId: (id: string) => string;
  statusTitle: string;
  statusHint: { draft: string; ready: string };
  photoSection: string;
  wordsSection: string;
  creditSection: string;
  fields: {
    name: string;
    role: string;
    shortLine: string;
    story: string;
    credit: string;
    alt: string;
  };
  storyHint: string;
  altHint: string;
  paragraphs: (count: string) => string;
  characters: (count: string, hint: string) => string;
  mayNotFit: string;
  // Photo
  choosePhoto: string;
  chooseAnotherPhoto: string;
  photoFormats: string;
  uploading: (percent: string) => string;
  preparing: string;
  photoReady: string;
  photoRefused: {
    unavailable: string;
    busy: string;
    'file-too-large': (size: string, max: string) => string;
    'not-an-image': string;
    truncated: string;
    'too-many-pixels': (megapixels: string, max: string) => string;
    'unsupported-format': (format: string) => string;
    'read-failed': string;
    'write-failed': string;
    'disk-full': string;
    'no-answer': string;
  };
  photoSoft: string;
  photoStage: Record<'receiving' | 'checking' | 'rendering' | 'saving', string>;
  focalHint: string;
  focalNoOriginal: string;
  focalPicker: string;
  focalAt: (x: string, y: string) => string;
  cropPortrait: string;
  cropLandscape: string;
  cropThumbnail: string;
  noPhotoYet: string;
  // Live preview
  preview: string;
  previewCard: string;
  previewStory: string;
  previewTile: string;
  portrait: string;
  landscape: string;
  previewLanguage: string;
  visitorView: string;
  closeVisitorView: string;
  // Exhibition texts
  exhibitionIntro: string;
  exhibitionFields: {
    title: string;
    subtitle: string;
    anniversary: string;
    yearOfChildren: string;
    organiser: string;
    datesLabel: string;
    venue: string;
    city: string;
    curatorName: string;
    curatorRole: string;
    introduction: string;
    credit: string;
    opens: string;
    closes: string;
  };
  quotes: string;
  quote: (number: string) => string;
  quoteText: string;
  quoteAuthor: string;
  quoteRole: string;
  addQuote: string;
  programmes: string;
  programme: (number: string) => string;
  programmeName: string;
  programmePartners: string;
  programmeDescription: string;
  addProgramme: string;
  removeItem: string;
  // Settings
  settingsIntro: string;
  settings: {
    idleTimeoutSeconds: string;
    warningSeconds: string;
    attractSlideSeconds: string;
    defaultLanguage: string;
    dailyRelaunchHour: string;
  };
  settingsHints: {
    idleTimeoutSeconds: string;
    warningSeconds: string;
    attractSlideSeconds: string;
    defaultLanguage: string;
    dailyRelaunchHour: string;
  };
  allowedRange: (min: string, max: string) => string;
  secondsUnit: string;
  relaunchOff: string;
  relaunchAt: string;
  // Problems at their fields
  problem: {
    empty: string;
    tooLong: (length: string, max: string) => string;
    listTooShort: string;
    listTooLong: (max: string) => string;
    noPhoto: string;
    outOfRange: (min: string, max: string) => string;
    dateInvalid: string;
    datesOrder: string;
    languagesMissingDefault: string;
    languagesRepeated: string;
    noHeroes: string;
    heroDraft: string;
    photoPlaceholder: string;
    translationMissing: (language: string) => string;
    fileOverBudget: (size: string, max: string) => string;
    other: (detail: string) => string;
  };
  checklistItem: Record<ReadyChecklistItem, string>;
  publishedChanged: string;
  discardDraft: string;
  // Ready for the mall
  checklistTitle: string;
  checklistIntro: string;
  checklistAllClear: string;
  checklistHeroes: (count: string) => string;
  checklistIsDraft: string;
  checklistFields: (count: string) => string;
  checklistOpen: string;
  checklistExhibition: string;
  checklistSettings: string;
  /** The CSV import's words (csv-import-strings.ts). */
  csvImport: CsvImportStrings;
}

/** Russian counts need one of three forms: 1 абзац, 3 абзаца, 5 абзацев. */
function russianPlural(count: string, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules('ru').select(Number(count.replace(/\D/g, '')));
  return form === 'one' ? one : form === 'few' ? few : many;
}

const en: CuratorStrings = {
  studio: 'Curator studio',
  exhibitionName: 'Heroes of Children',
  languageSwitch: 'Studio language',
  loading: 'Opening the working copy…',
  loadFailed: 'The studio could not open the working copy. Nothing was changed.',
  tryAgain: 'Try again',
  pinTitle: 'Curator studio',
  pinHint: 'Enter the staff PIN to edit the exhibition',
  pinNotNow: 'Not now',
  waitingForPin: (actions) =>
    `The session locked after a pause. After the PIN, the studio finishes what it could not do: ${actions}.`,
  notDoneWithoutPin: (actions) => `Not done, because the staff PIN was not entered: ${actions}.`,
  enterPin: 'Enter the PIN',
  refusedAction: {
    save: 'saving your latest changes',
    publish: 'publishing',
    'restore-previous': 'restoring the previous content',
    'discard-draft': 'starting again from the published content',
    photo: (name) => `the photo for ${name}`,
    'focal-point': (name) => `the crops for ${name}'s new focal point`,
  },
  leaveStudio: 'Back to the staff panel',
  sections: {
    heroes: 'Heroes',
    exhibition: 'Exhibition texts',
    settings: 'Kiosk settings',
    checklist: 'Ready for the mall',
  },
  savedAt: (time) => `Saved at ${time}`,
  saving: 'Saving…',
  unsaved: 'Changes not saved yet',
  saveFailed: {
    'disk-full': 'Could not save: the disk is full.',
    'read-only': 'Could not save: the content folder cannot be written to (read-only).',
    'write-failed': 'Could not save: the working copy could not be written.',
    'too-large': 'Could not save: the content is too large. Shorten the longest texts.',
    'no-answer': 'Could not save: the app did not answer.',
  },
  typingKept: 'Your typing is kept on this screen; the studio tries again with your next change.',
  conflict: 'Someone else saved this working copy in the meantime.',
  keepMine: 'Keep my version',
  loadTheirs: 'Open their version',
  publish: 'Publish',
  publishing: 'Publishing…',
  publishedAt: (time) =>
    `Published at ${time}. The kiosk shows it the next time its attract loop runs.`,
  publishRefused: (count) =>
    `Not published: ${count} problem(s) to fix first. The kiosk keeps its current content.`,
  publishFailed: 'Not published: the app could not finish. The kiosk keeps its current content.',
  restorePrevious: 'Restore previous',
  confirmRestore: 'Tap again to restore',
  restoring: 'Restoring…',
  restored: 'The previous content is back on the kiosk.',
  nothingToRestore: 'There is no earlier publication to restore.',
  restoreFailed: 'Could not restore: the current content stays on the kiosk.',
  showProblems: 'Show the problems',
  heroesInOrder: (count) => `${count} heroes, in the kiosk's order`,
  addHero: 'Add a hero',
  addHeroTitle: 'A new hero',
  addHeroHint:
    'Write the name in any language. It also names the hero’s folder, which stays the same when the name is corrected later.',
  add: 'Add',
  cancel: 'Cancel',
  moveUp: (name) => `Move ${name} up`,
  moveDown: (name) => `Move ${name} down`,
  dragToReorder: 'Drag to reorder',
  moved: (name, position) => `${name} is now number ${position}.`,
  remove: 'Remove',
  removeConfirm: (name) => `Remove ${name} from the exhibition?`,
  removeYes: 'Yes, remove',
  lastHeroStays: 'The exhibition needs at least one hero.',
  untitled: 'Untitled hero',
  status: { draft: 'Draft', ready: 'Ready' },
  readyToShow: 'Everything is there',
  missing: {
    photo: 'photo',
    translation: (languages) => `text: ${languages}`,
    credit: (languages) => `credit: ${languages}`,
    alt: (languages) => `alt text: ${languages}`,
  },
  languageShort: { kk: 'kk', ru: 'ru', en: 'en' },
  heroId: (id) => `Folder and id: ${id}`,
  statusTitle: 'Status',
  statusHint: {
    draft: 'Visitors see a “Draft” badge on this hero.',
    ready: 'Shown as final. Choose it once the photo and all texts are checked.',
  },
  photoSection: 'Photograph',
  wordsSection: 'Words',
  creditSection: 'Credit and description',
  fields: {
    name: 'Name',
    role: 'Role',
    shortLine: 'Short line',
    story: 'Story',
    credit: 'Photo credit',
    alt: 'Alt text',
  },
  storyHint: 'Leave an empty line between paragraphs.',
  altHint: 'What the photo shows, for visitors who cannot see it.',
  paragraphs: (count) => (count === '1' ? '1 paragraph' : `${count} paragraphs`),
  characters: (count, hint) => `${count} / ${hint}`,
  mayNotFit: 'Longer than fits comfortably on the card',
  choosePhoto: 'Choose the original photo',
  chooseAnotherPhoto: 'Choose another photo',
  photoFormats: 'JPEG, PNG, TIFF or WebP, up to 100 megapixels. Your original file is not changed.',
  uploading: (percent) => `Sending the photo… ${percent}`,
  preparing: 'Preparing the kiosk’s versions…',
  photoReady: 'Photo ready. Tap the face to frame it.',
  photoRefused: {
    unavailable: 'Photos cannot be chosen this way here.',
    busy: 'Another photo is still being prepared. Try again when it is done.',
    'file-too-large': (size, max) => `This file is ${size}; the studio takes files up to ${max}.`,
    'not-an-image':
      'This file is not a photograph the studio can read. Choose a JPEG, PNG, TIFF or WebP.',
    truncated:
      'This photo is incomplete or damaged (the file ends early). Copy it again from the camera or card.',
    'too-many-pixels': (megapixels, max) =>
      `This photo has ${megapixels} megapixels; the studio takes up to ${max}. Export a smaller version.`,
    'unsupported-format': (format) =>
      `This is a ${format} image. Choose a JPEG, PNG, TIFF or WebP.`,
    'read-failed': 'The file could not be read. Is the card or stick still connected?',
    'write-failed': 'The photo could not be saved to the working copy.',
    'disk-full': 'The photo could not be saved: the disk is full.',
    'no-answer': 'The photo could not be sent: the app did not answer.',
  },
  photoSoft:
    'This photo is smaller than the kiosk’s screen: it will look soft. A larger original is better.',
  photoStage: {
    receiving: 'Receiving the photo…',
    checking: 'Checking the photo…',
    rendering: 'Preparing the kiosk’s versions…',
    saving: 'Saving…',
  },
  focalHint: 'Tap the face. Every crop keeps it in view.',
  focalNoOriginal:
    'This hero’s photo came without its original. Choose the original to change the portrait crop; the point below moves the landscape view.',
  focalPicker: 'The original photo: tap the face to set the focal point',
  focalAt: (x, y) => `Focal point ${x} across, ${y} down`,
  cropPortrait: 'Portrait screen',
  cropLandscape: 'Landscape screen',
  cropThumbnail: 'Thumbnail',
  noPhotoYet: 'No photo yet',
  preview: 'Live preview',
  previewCard: 'Card',
  previewStory: 'Story',
  previewTile: 'All heroes',
  portrait: 'Portrait',
  landscape: 'Landscape',
  previewLanguage: 'Preview language',
  visitorView: 'Visitor view',
  closeVisitorView: 'Back to editing',
  exhibitionIntro:
    'The words of the title screen and of “About the exhibition”, in all three languages.',
  exhibitionFields: {
    title: 'Title',
    subtitle: 'Subtitle',
    anniversary: 'Anniversary line',
    yearOfChildren: 'Year of Children line',
    organiser: 'Organiser',
    datesLabel: 'Dates as visitors read them',
    venue: 'Venue',
    city: 'City',
    curatorName: 'Curator',
    curatorRole: 'Curator’s role',
    introduction: 'Introduction',
    credit: 'General credit',
    opens: 'Opens',
    closes: 'Closes',
  },
  quotes: 'Quotes',
  quote: (number) => `Quote ${number}`,
  quoteText: 'Quote',
  quoteAuthor: 'Who said it',
  quoteRole: 'Their role',
  addQuote: 'Add a quote',
  programmes: 'Programmes',
  programme: (number) => `Programme ${number}`,
  programmeName: 'Name',
  programmePartners: 'Partners',
  programmeDescription: 'Description',
  addProgramme: 'Add a programme',
  removeItem: 'Remove',
  settingsIntro: 'How the kiosk behaves in the mall. Each value stays within its allowed range.',
  settings: {
    idleTimeoutSeconds: 'Quiet time before the warning',
    warningSeconds: 'Warning countdown',
    attractSlideSeconds: 'Each portrait on the attract loop',
    defaultLanguage: 'Language at the start',
    dailyRelaunchHour: 'Daily restart',
  },
  settingsHints: {
    idleTimeoutSeconds: 'Seconds without a touch before “Still there?” appears.',
    warningSeconds: 'Seconds visitors get to answer. At least 20, so everyone can react.',
    attractSlideSeconds: 'Seconds each portrait stays while nobody uses the kiosk.',
    defaultLanguage: 'What the kiosk speaks when a new visitor arrives.',
    dailyRelaunchHour: 'A fresh start once a day, at an hour when nobody uses the kiosk.',
  },
  allowedRange: (min, max) => `Allowed: ${min}–${max}`,
  secondsUnit: 's',
  relaunchOff: 'Off',
  relaunchAt: 'At',
  problem: {
    empty: 'Empty: write this text.',
    tooLong: (length, max) => `Too long: ${length} characters, at most ${max}.`,
    listTooShort: 'Empty: write at least one paragraph.',
    listTooLong: (max) => `Too many: at most ${max}.`,
    noPhoto: 'No photograph yet.',
    outOfRange: (min, max) => `Outside the allowed range (${min}–${max}).`,
    dateInvalid: 'Choose a date.',
    datesOrder: 'The exhibition must open before it closes.',
    languagesMissingDefault: 'The default language must be one of the kiosk’s languages.',
    languagesRepeated: 'A language is listed twice.',
    noHeroes: 'The exhibition needs at least one hero.',
    heroDraft: 'Still a draft.',
    photoPlaceholder: 'Shows placeholder artwork, not a photograph.',
    translationMissing: (language) => `${language}: looks untranslated (the same as English).`,
    fileOverBudget: (size, max) => `The image file is ${size}, over its ${max} budget.`,
    other: (detail) => `The kiosk cannot use this: ${detail}`,
  },
  checklistItem: {
    drafts: 'Heroes still in draft',
    'placeholder-photos': 'Placeholder artwork instead of photographs',
    'missing-translations': 'Texts that look untranslated',
    'oversize-files': 'Image files over their size budget',
    problems: 'Problems the kiosk cannot accept',
  },
  publishedChanged:
    'The published content changed since this working copy was started (another publication or a CSV import).',
  discardDraft: 'Start again from what is published',
  checklistTitle: 'Ready for the mall',
  checklistIntro:
    'What stands between this working copy and the exhibition. Drafts can be published for a test, but not taken to the mall.',
  checklistAllClear: 'Everything is ready for the mall.',
  checklistHeroes: (count) => `${count} heroes still need something`,
  checklistIsDraft: 'still a draft',
  checklistFields: (count) => `${count} field(s) to fix`,
  checklistOpen: 'Open',
  checklistExhibition: 'Exhibition texts',
  checklistSettings: 'Kiosk settings',
  csvImport: CSV_IMPORT_STRINGS.en,
};

const ru: CuratorStrings = {
  studio: 'Студия куратора',
  exhibitionName: 'Герои детей',
  languageSwitch: 'Язык студии',
  loading: 'Открываем рабочую копию…',
  loadFailed: 'Студия не смогла открыть рабочую копию. Ничего не изменено.',
  tryAgain: 'Попробовать снова',
  pinTitle: 'Студия куратора',
  pinHint: 'Введите PIN-код сотрудника, чтобы редактировать выставку',
  pinNotNow: 'Не сейчас',
  waitingForPin: (actions) =>
    `Сеанс заблокирован после паузы. После PIN-кода студия доделает то, что не получилось: ${actions}.`,
  notDoneWithoutPin: (actions) =>
    `Не сделано, потому что PIN-код сотрудника не введён: ${actions}.`,
  enterPin: 'Ввести PIN-код',
  refusedAction: {
    save: 'сохранение последних изменений',
    publish: 'публикация',
    'restore-previous': 'возврат предыдущей версии',
    'discard-draft': 'начало заново с опубликованной версии',
    photo: (name) => `фото: ${name}`,
    'focal-point': (name) => `кадры по новой точке фокуса: ${name}`,
  },
  leaveStudio: 'Назад в панель сотрудников',
  sections: {
    heroes: 'Герои',
    exhibition: 'Тексты выставки',
    settings: 'Настройки киоска',
    checklist: 'Готово к выставке',
  },
  savedAt: (time) => `Сохранено в ${time}`,
  saving: 'Сохраняем…',
  unsaved: 'Изменения ещё не сохранены',
  saveFailed: {
    'disk-full': 'Не сохранено: диск заполнен.',
    'read-only': 'Не сохранено: в папку содержимого нельзя записывать (только чтение).',
    'write-failed': 'Не сохранено: рабочую копию не удалось записать.',
    'too-large': 'Не сохранено: содержимое слишком большое. Сократите самые длинные тексты.',
    'no-answer': 'Не сохранено: приложение не ответило.',
  },
  typingKept: 'Ваш текст остаётся на экране; студия попробует снова при следующем изменении.',
  conflict: 'Кто-то другой тем временем сохранил эту рабочую копию.',
  keepMine: 'Оставить мою версию',
  loadTheirs: 'Открыть их версию',
  publish: 'Опубликовать',
  publishing: 'Публикуем…',
  publishedAt: (time) =>
    `Опубликовано в ${time}. Киоск покажет это, когда в следующий раз запустится заставка.`,
  publishRefused: (count) =>
    `Не опубликовано: сначала исправьте проблемы (${count}). В киоске остаётся текущее содержимое.`,
  publishFailed:
    'Не опубликовано: приложение не смогло завершить публикацию. В киоске остаётся текущее содержимое.',
  restorePrevious: 'Вернуть предыдущее',
  confirmRestore: 'Нажмите ещё раз, чтобы вернуть',
  restoring: 'Возвращаем…',
  restored: 'Предыдущее содержимое снова в киоске.',
  nothingToRestore: 'Более ранней публикации нет.',
  restoreFailed: 'Не удалось вернуть: в киоске остаётся текущее содержимое.',
  showProblems: 'Показать проблемы',
  heroesInOrder: (count) =>
    `${count} ${russianPlural(count, 'герой', 'героя', 'героев')} в порядке киоска`,
  addHero: 'Добавить героя',
  addHeroTitle: 'Новый герой',
  addHeroHint:
    'Напишите имя на любом языке. По нему же называется папка героя; она не меняется, если имя потом исправить.',
  add: 'Добавить',
  cancel: 'Отмена',
  moveUp: (name) => `Переместить выше: ${name}`,
  moveDown: (name) => `Переместить ниже: ${name}`,
  dragToReorder: 'Перетащите, чтобы изменить порядок',
  moved: (name, position) => `${name} теперь под номером ${position}.`,
  remove: 'Удалить',
  removeConfirm: (name) => `Удалить героя «${name}» из выставки?`,
  removeYes: 'Да, удалить',
  lastHeroStays: 'На выставке должен остаться хотя бы один герой.',
  untitled: 'Герой без имени',
  status: { draft: 'Черновик', ready: 'Готово' },
  readyToShow: 'Всё на месте',
  missing: {
    photo: 'фото',
    translation: (languages) => `текст: ${languages}`,
    credit: (languages) => `автор фото: ${languages}`,
    alt: (languages) => `описание фото: ${languages}`,
  },
  languageShort: { kk: 'kk', ru: 'ru', en: 'en' },
  heroId: (id) => `Папка и идентификатор: ${id}`,
  statusTitle: 'Статус',
  statusHint: {
    draft: 'Посетители видят у этого героя отметку «Черновик».',
    ready: 'Показывается как окончательный. Выберите, когда фото и все тексты проверены.',
  },
  photoSection: 'Фотография',
  wordsSection: 'Тексты',
  creditSection: 'Автор и описание фото',
  fields: {
    name: 'Имя',
    role: 'Кто это',
    shortLine: 'Короткая строка',
    story: 'История',
    credit: 'Автор фото',
    alt: 'Описание фото',
  },
  storyHint: 'Между абзацами оставляйте пустую строку.',
  altHint: 'Что на фото — для посетителей, которые его не видят.',
  paragraphs: (count) => `${count} ${russianPlural(count, 'абзац', 'абзаца', 'абзацев')}`,
  characters: (count, hint) => `${count} / ${hint}`,
  mayNotFit: 'Длиннее, чем удобно помещается на карточке',
  choosePhoto: 'Выбрать оригинал фото',
  chooseAnotherPhoto: 'Выбрать другое фото',
  photoFormats: 'JPEG, PNG, TIFF или WebP, до 100 мегапикселей. Ваш исходный файл не меняется.',
  uploading: (percent) => `Отправляем фото… ${percent}`,
  preparing: 'Готовим версии для киоска…',
  photoReady: 'Фото готово. Нажмите на лицо, чтобы выстроить кадр.',
  photoRefused: {
    unavailable: 'Здесь фото нельзя выбрать этим способом.',
    busy: 'Другое фото ещё готовится. Попробуйте, когда оно будет готово.',
    'file-too-large': (size, max) => `Размер файла ${size}; студия принимает файлы до ${max}.`,
    'not-an-image':
      'Этот файл — не фотография, которую студия может прочитать. Выберите JPEG, PNG, TIFF или WebP.',
    truncated:
      'Фото неполное или повреждено (файл обрывается). Скопируйте его снова с камеры или карты памяти.',
    'too-many-pixels': (megapixels, max) =>
      `В фото ${megapixels} Мп; студия принимает до ${max} Мп. Сохраните версию поменьше.`,
    'unsupported-format': (format) =>
      `Это изображение ${format}. Выберите JPEG, PNG, TIFF или WebP.`,
    'read-failed': 'Файл не удалось прочитать. Карта памяти или флешка всё ещё подключена?',
    'write-failed': 'Фото не удалось сохранить в рабочую копию.',
    'disk-full': 'Фото не удалось сохранить: диск заполнен.',
    'no-answer': 'Фото не удалось отправить: приложение не ответило.',
  },
  photoSoft:
    'Фото меньше экрана киоска и будет выглядеть нерезким. Лучше выбрать оригинал побольше.',
  photoStage: {
    receiving: 'Получаем фото…',
    checking: 'Проверяем фото…',
    rendering: 'Готовим версии для киоска…',
    saving: 'Сохраняем…',
  },
  focalHint: 'Нажмите на лицо. Все кадры будут держать его в поле зрения.',
  focalNoOriginal:
    'Фото этого героя пришло без оригинала. Выберите оригинал, чтобы изменить портретный кадр; точка ниже сдвигает альбомный вид.',
  focalPicker: 'Оригинал фото: нажмите на лицо, чтобы задать точку фокуса',
  focalAt: (x, y) => `Точка фокуса: ${x} по горизонтали, ${y} по вертикали`,
  cropPortrait: 'Вертикальный экран',
  cropLandscape: 'Горизонтальный экран',
  cropThumbnail: 'Миниатюра',
  noPhotoYet: 'Фото пока нет',
  preview: 'Просмотр',
  previewCard: 'Карточка',
  previewStory: 'История',
  previewTile: 'Все герои',
  portrait: 'Вертикально',
  landscape: 'Горизонтально',
  previewLanguage: 'Язык просмотра',
  visitorView: 'Глазами посетителя',
  closeVisitorView: 'Вернуться к редактированию',
  exhibitionIntro: 'Тексты заставки и раздела «О выставке» на трёх языках.',
  exhibitionFields: {
    title: 'Название',
    subtitle: 'Подзаголовок',
    anniversary: 'Строка о юбилее',
    yearOfChildren: 'Строка о Годе детей',
    organiser: 'Организатор',
    datesLabel: 'Даты, как их читают посетители',
    venue: 'Место',
    city: 'Город',
    curatorName: 'Куратор',
    curatorRole: 'Роль куратора',
    introduction: 'Вступление',
    credit: 'Общая подпись',
    opens: 'Открытие',
    closes: 'Закрытие',
  },
  quotes: 'Цитаты',
  quote: (number) => `Цитата ${number}`,
  quoteText: 'Цитата',
  quoteAuthor: 'Кто сказал',
  quoteRole: 'Кто этот человек',
  addQuote: 'Добавить цитату',
  programmes: 'Программы',
  programme: (number) => `Программа ${number}`,
  programmeName: 'Название',
  programmePartners: 'Партнёры',
  programmeDescription: 'Описание',
  addProgramme: 'Добавить программу',
  removeItem: 'Удалить',
  settingsIntro: 'Как киоск ведёт себя в ТРЦ. Каждое значение — в допустимых пределах.',
  settings: {
    idleTimeoutSeconds: 'Тишина до предупреждения',
    warningSeconds: 'Отсчёт предупреждения',
    attractSlideSeconds: 'Каждый портрет на заставке',
    defaultLanguage: 'Язык в начале',
    dailyRelaunchHour: 'Ежедневный перезапуск',
  },
  settingsHints: {
    idleTimeoutSeconds: 'Секунды без касания, после которых появляется «Вы ещё здесь?».',
    warningSeconds: 'Секунды, чтобы ответить. Не меньше 20, чтобы успел каждый.',
    attractSlideSeconds:
      'Сколько секунд держится каждый портрет, пока киоском никто не пользуется.',
    defaultLanguage: 'На каком языке киоск встречает нового посетителя.',
    dailyRelaunchHour: 'Раз в день киоск начинает заново, в час, когда им никто не пользуется.',
  },
  allowedRange: (min, max) => `Допустимо: ${min}–${max}`,
  secondsUnit: 'с',
  relaunchOff: 'Выкл.',
  relaunchAt: 'В',
  problem: {
    empty: 'Пусто: напишите этот текст.',
    tooLong: (length, max) => `Слишком длинно: ${length} знаков, допустимо не больше ${max}.`,
    listTooShort: 'Пусто: напишите хотя бы один абзац.',
    listTooLong: (max) => `Слишком много: не больше ${max}.`,
    noPhoto: 'Фотографии пока нет.',
    outOfRange: (min, max) => `Вне допустимых пределов (${min}–${max}).`,
    dateInvalid: 'Выберите дату.',
    datesOrder: 'Выставка должна открыться раньше, чем закроется.',
    languagesMissingDefault: 'Язык по умолчанию должен быть среди языков киоска.',
    languagesRepeated: 'Язык указан дважды.',
    noHeroes: 'На выставке должен быть хотя бы один герой.',
    heroDraft: 'Ещё черновик.',
    photoPlaceholder: 'Вместо фотографии временное изображение.',
    translationMissing: (language) => `${language}: похоже, не переведено (как по-английски).`,
    fileOverBudget: (size, max) => `Файл изображения ${size}, больше допустимых ${max}.`,
    other: (detail) => `Киоск не может это использовать: ${detail}`,
  },
  checklistItem: {
    drafts: 'Герои в черновиках',
    'placeholder-photos': 'Временные изображения вместо фотографий',
    'missing-translations': 'Тексты, которые выглядят непереведёнными',
    'oversize-files': 'Файлы изображений больше допустимого',
    problems: 'Проблемы, которые киоск не примет',
  },
  publishedChanged:
    'Опубликованное содержимое изменилось с тех пор, как начата эта рабочая копия (другая публикация или импорт CSV).',
  discardDraft: 'Начать заново с опубликованного',
  checklistTitle: 'Готово к выставке',
  checklistIntro:
    'Что отделяет эту рабочую копию от выставки. Черновики можно опубликовать для проверки, но не везти в ТРЦ.',
  checklistAllClear: 'Всё готово к выставке.',
  checklistHeroes: (count) =>
    `${count} ${russianPlural(count, 'герою', 'героям', 'героям')} ещё чего-то не хватает`,
  checklistIsDraft: 'ещё черновик',
  checklistFields: (count) => `Исправить полей: ${count}`,
  checklistOpen: 'Открыть',
  checklistExhibition: 'Тексты выставки',
  checklistSettings: 'Настройки киоска',
  csvImport: CSV_IMPORT_STRINGS.ru,
};

const kk: CuratorStrings = {
  studio: 'Куратор студиясы',
  exhibitionName: 'Балалар батырлары',
  languageSwitch: 'Студия тілі',
  loading: 'Жұмыс көшірмесі ашылуда…',
  loadFailed: 'Студия жұмыс көшірмесін аша алмады. Ештеңе өзгертілмеді.',
  tryAgain: 'Қайталау',
  pinTitle: 'Куратор студиясы',
  pinHint: 'Көрмені өңдеу үшін қызметкер PIN-кодын енгізіңіз',
  pinNotNow: 'Қазір емес',
  waitingForPin: (actions) =>
    `Үзілістен кейін сеанс құлыпталды. PIN-кодтан кейін студия орындалмағанды аяқтайды: ${actions}.`,
  notDoneWithoutPin: (actions) => `Қызметкер PIN-коды енгізілмегендіктен орындалмады: ${actions}.`,
  enterPin: 'PIN-кодты енгізу',
  refusedAction: {
    save: 'соңғы өзгерістерді сақтау',
    publish: 'жариялау',
    'restore-previous': 'алдыңғы нұсқаны қайтару',
    'discard-draft': 'жарияланған нұсқадан қайта бастау',
    photo: (name) => `фото: ${name}`,
    'focal-point': (name) => `жаңа фокус нүктесі бойынша кадрлар: ${name}`,
  },
  leaveStudio: 'Қызметкерлер панеліне оралу',
  sections: {
    heroes: 'Батырлар',
    exhibition: 'Көрме мәтіндері',
    settings: 'Киоск баптаулары',
    checklist: 'Көрмеге дайын',
  },
  savedAt: (time) => `${time} сақталды`,
  saving: 'Сақталуда…',
  unsaved: 'Өзгерістер әлі сақталған жоқ',
  saveFailed: {
    'disk-full': 'Сақталмады: диск толы.',
    'read-only': 'Сақталмады: мазмұн қалтасына жазуға болмайды (тек оқу үшін).',
    'write-failed': 'Сақталмады: жұмыс көшірмесін жазу мүмкін болмады.',
    'too-large': 'Сақталмады: мазмұн тым үлкен. Ең ұзын мәтіндерді қысқартыңыз.',
    'no-answer': 'Сақталмады: қолданба жауап бермеді.',
  },
  typingKept: 'Жазғаныңыз экранда сақтаулы; студия келесі өзгерісіңізде қайта сақтап көреді.',
  conflict: 'Осы уақытта бұл жұмыс көшірмесін басқа біреу сақтады.',
  keepMine: 'Менің нұсқамды қалдыру',
  loadTheirs: 'Олардың нұсқасын ашу',
  publish: 'Жариялау',
  publishing: 'Жариялануда…',
  publishedAt: (time) =>
    `${time} жарияланды. Киоск мұны келесі жолы күту экраны іске қосылғанда көрсетеді.`,
  publishRefused: (count) =>
    `Жарияланбады: алдымен мәселелерді түзетіңіз (${count}). Киоскте қазіргі мазмұн қалады.`,
  publishFailed: 'Жарияланбады: қолданба жариялауды аяқтай алмады. Киоскте қазіргі мазмұн қалады.',
  restorePrevious: 'Алдыңғысын қайтару',
  confirmRestore: 'Қайтару үшін тағы түртіңіз',
  restoring: 'Қайтарылуда…',
  restored: 'Алдыңғы мазмұн киоскке қайта оралды.',
  nothingToRestore: 'Қайтаратын бұрынғы жариялау жоқ.',
  restoreFailed: 'Қайтару мүмкін болмады: киоскте қазіргі мазмұн қалады.',
  showProblems: 'Мәселелерді көрсету',
  heroesInOrder: (count) => `Киосктегі ретімен ${count} батыр`,
  addHero: 'Батыр қосу',
  addHeroTitle: 'Жаңа батыр',
  addHeroHint:
    'Есімін кез келген тілде жазыңыз. Батырдың қалтасы да осылай аталады; есім кейін түзетілсе де, ол өзгермейді.',
  add: 'Қосу',
  cancel: 'Бас тарту',
  moveUp: (name) => `Жоғары жылжыту: ${name}`,
  moveDown: (name) => `Төмен жылжыту: ${name}`,
  dragToReorder: 'Ретін өзгерту үшін сүйреңіз',
  moved: (name, position) => `${name} енді ${position}-орында.`,
  remove: 'Өшіру',
  removeConfirm: (name) => `«${name}» көрмеден өшірілсін бе?`,
  removeYes: 'Иә, өшіру',
  lastHeroStays: 'Көрмеде кемінде бір батыр қалуы керек.',
  untitled: 'Есімі жоқ батыр',
  status: { draft: 'Алдын ала нұсқа', ready: 'Дайын' },
  readyToShow: 'Бәрі орнында',
  missing: {
    photo: 'фото',
    translation: (languages) => `мәтін: ${languages}`,
    credit: (languages) => `фото авторы: ${languages}`,
    alt: (languages) => `фото сипаттамасы: ${languages}`,
  },
  languageShort: { kk: 'kk', ru: 'ru', en: 'en' },
  heroId: (id) => `Қалта мен идентификатор: ${id}`,
  statusTitle: 'Күйі',
  statusHint: {
    draft: 'Келушілер бұл батырда «Алдын ала нұсқа» белгісін көреді.',
    ready: 'Түпкі нұсқа ретінде көрсетіледі. Фото мен барлық мәтін тексерілгенде таңдаңыз.',
  },
  photoSection: 'Фотосурет',
  wordsSection: 'Мәтіндер',
  creditSection: 'Фото авторы мен сипаттамасы',
  fields: {
    name: 'Есімі',
    role: 'Кім',
    shortLine: 'Қысқа жол',
    story: 'Тарихы',
    credit: 'Фото авторы',
    alt: 'Фото сипаттамасы',
  },
  storyHint: 'Абзацтардың арасына бос жол қалдырыңыз.',
  altHint: 'Фотода не бар — оны көре алмайтын келушілер үшін.',
  paragraphs: (count) => `${count} абзац`,
  characters: (count, hint) => `${count} / ${hint}`,
  mayNotFit: 'Карточкаға ыңғайлы сыйғаннан ұзын',
  choosePhoto: 'Фотосурет түпнұсқасын таңдау',
  chooseAnotherPhoto: 'Басқа фото таңдау',
  photoFormats: 'JPEG, PNG, TIFF не WebP, 100 мегапиксельге дейін. Түпнұсқа файлыңыз өзгермейді.',
  uploading: (percent) => `Фото жіберілуде… ${percent}`,
  preparing: 'Киоскке арналған нұсқалар дайындалуда…',
  photoReady: 'Фото дайын. Кадрды құру үшін бетті түртіңіз.',
  photoRefused: {
    unavailable: 'Мұнда фотоны бұл тәсілмен таңдауға болмайды.',
    busy: 'Басқа фото әлі дайындалып жатыр. Ол дайын болғанда қайталаңыз.',
    'file-too-large': (size, max) =>
      `Файл көлемі ${size}; студия ${max} дейінгі файлдарды қабылдайды.`,
    'not-an-image': 'Бұл файл студия оқи алатын фотосурет емес. JPEG, PNG, TIFF не WebP таңдаңыз.',
    truncated:
      'Фото толық емес не зақымдалған (файл ерте аяқталады). Оны камерадан не жад картасынан қайта көшіріңіз.',
    'too-many-pixels': (megapixels, max) =>
      `Фотода ${megapixels} Мп; студия ${max} Мп дейін қабылдайды. Кішірек нұсқасын сақтаңыз.`,
    'unsupported-format': (format) => `Бұл ${format} суреті. JPEG, PNG, TIFF не WebP таңдаңыз.`,
    'read-failed': 'Файлды оқу мүмкін болмады. Жад картасы не флешка әлі қосулы ма?',
    'write-failed': 'Фотоны жұмыс көшірмесіне сақтау мүмкін болмады.',
    'disk-full': 'Фото сақталмады: диск толы.',
    'no-answer': 'Фото жіберілмеді: қолданба жауап бермеді.',
  },
  photoSoft: 'Фото киоск экранынан кіші, сондықтан бұлыңғыр көрінеді. Үлкенірек түпнұсқа жақсырақ.',
  photoStage: {
    receiving: 'Фото қабылдануда…',
    checking: 'Фото тексерілуде…',
    rendering: 'Киоскке арналған нұсқалар дайындалуда…',
    saving: 'Сақталуда…',
  },
  focalHint: 'Бетті түртіңіз. Әр кадр оны көз алдында ұстайды.',
  focalNoOriginal:
    'Бұл батырдың фотосы түпнұсқасыз келді. Портрет кадрын өзгерту үшін түпнұсқаны таңдаңыз; төмендегі нүкте көлденең көріністі жылжытады.',
  focalPicker: 'Фото түпнұсқасы: фокус нүктесін қою үшін бетті түртіңіз',
  focalAt: (x, y) => `Фокус нүктесі: көлденеңінен ${x}, тігінен ${y}`,
  cropPortrait: 'Тік экран',
  cropLandscape: 'Көлденең экран',
  cropThumbnail: 'Шағын сурет',
  noPhotoYet: 'Әзірге фото жоқ',
  preview: 'Алдын ала көру',
  previewCard: 'Карточка',
  previewStory: 'Тарих',
  previewTile: 'Барлық батырлар',
  portrait: 'Тік',
  landscape: 'Көлденең',
  previewLanguage: 'Көру тілі',
  visitorView: 'Келуші көзімен',
  closeVisitorView: 'Өңдеуге оралу',
  exhibitionIntro: 'Күту экраны мен «Көрме туралы» бөлімінің мәтіндері, үш тілде.',
  exhibitionFields: {
    title: 'Атауы',
    subtitle: 'Тақырыпша',
    anniversary: 'Мерейтой жолы',
    yearOfChildren: 'Балалар жылы жолы',
    organiser: 'Ұйымдастырушы',
    datesLabel: 'Келушілер оқитын күндер',
    venue: 'Орны',
    city: 'Қала',
    curatorName: 'Куратор',
    curatorRole: 'Куратордың рөлі',
    introduction: 'Кіріспе',
    credit: 'Жалпы қолтаңба',
    opens: 'Ашылуы',
    closes: 'Жабылуы',
  },
  quotes: 'Дәйексөздер',
  quote: (number) => `Дәйексөз ${number}`,
  quoteText: 'Дәйексөз',
  quoteAuthor: 'Кім айтты',
  quoteRole: 'Ол кім',
  addQuote: 'Дәйексөз қосу',
  programmes: 'Бағдарламалар',
  programme: (number) => `Бағдарлама ${number}`,
  programmeName: 'Атауы',
  programmePartners: 'Серіктестер',
  programmeDescription: 'Сипаттамасы',
  addProgramme: 'Бағдарлама қосу',
  removeItem: 'Өшіру',
  settingsIntro: 'Киоск сауда орталығында өзін қалай ұстайды. Әр мән рұқсат етілген шекте болады.',
  settings: {
    idleTimeoutSeconds: 'Ескертуге дейінгі тыныштық',
    warningSeconds: 'Ескерту кері санағы',
    attractSlideSeconds: 'Күту экранындағы әр портрет',
    defaultLanguage: 'Бастапқы тіл',
    dailyRelaunchHour: 'Күнделікті қайта іске қосу',
  },
  settingsHints: {
    idleTimeoutSeconds: '«Сіз әлі осындасыз ба?» шыққанға дейін түртусіз өтетін секундтар.',
    warningSeconds: 'Жауап беруге берілетін секундтар. Әркім үлгеруі үшін кемінде 20.',
    attractSlideSeconds: 'Киоскті ешкім пайдаланбағанда әр портрет неше секунд тұрады.',
    defaultLanguage: 'Жаңа келушіні киоск қай тілде қарсы алады.',
    dailyRelaunchHour: 'Киоск күніне бір рет, оны ешкім пайдаланбайтын сағатта қайта басталады.',
  },
  allowedRange: (min, max) => `Рұқсат: ${min}–${max}`,
  secondsUnit: 'с',
  relaunchOff: 'Өшірулі',
  relaunchAt: 'Сағат',
  problem: {
    empty: 'Бос: осы мәтінді жазыңыз.',
    tooLong: (length, max) => `Тым ұзын: ${length} таңба, ең көбі ${max}.`,
    listTooShort: 'Бос: кемінде бір абзац жазыңыз.',
    listTooLong: (max) => `Тым көп: ең көбі ${max}.`,
    noPhoto: 'Әзірге фотосурет жоқ.',
    outOfRange: (min, max) => `Рұқсат етілген шектен тыс (${min}–${max}).`,
    dateInvalid: 'Күнді таңдаңыз.',
    datesOrder: 'Көрме жабылмай тұрып ашылуы керек.',
    languagesMissingDefault: 'Әдепкі тіл киоск тілдерінің бірі болуы керек.',
    languagesRepeated: 'Бір тіл екі рет көрсетілген.',
    noHeroes: 'Көрмеде кемінде бір батыр болуы керек.',
    heroDraft: 'Әлі алдын ала нұсқа.',
    photoPlaceholder: 'Фотосурет орнында уақытша сурет тұр.',
    translationMissing: (language) =>
      `${language}: аударылмаған сияқты (ағылшынша мәтінмен бірдей).`,
    fileOverBudget: (size, max) => `Сурет файлы ${size}, рұқсат етілген ${max} көлемнен асады.`,
    other: (detail) => `Киоск мұны пайдалана алмайды: ${detail}`,
  },
  checklistItem: {
    drafts: 'Алдын ала нұсқадағы батырлар',
    'placeholder-photos': 'Фотосурет орнындағы уақытша суреттер',
    'missing-translations': 'Аударылмаған сияқты мәтіндер',
    'oversize-files': 'Көлемі рұқсаттан асатын сурет файлдары',
    problems: 'Киоск қабылдамайтын мәселелер',
  },
  publishedChanged:
    'Бұл жұмыс көшірмесі басталғаннан бері жарияланған мазмұн өзгерді (басқа жариялау не CSV импорты).',
  discardDraft: 'Жарияланғаннан қайта бастау',
  checklistTitle: 'Көрмеге дайын',
  checklistIntro:
    'Бұл жұмыс көшірмесі мен көрменің арасында не тұр. Алдын ала нұсқаларды тексеру үшін жариялауға болады, бірақ сауда орталығына апаруға болмайды.',
  checklistAllClear: 'Бәрі көрмеге дайын.',
  checklistHeroes: (count) => `${count} батырға әлі бірдеңе жетпейді`,
  checklistIsDraft: 'әлі алдын ала нұсқа',
  checklistFields: (count) => `Түзететін өрістер: ${count}`,
  checklistOpen: 'Ашу',
  checklistExhibition: 'Көрме мәтіндері',
  checklistSettings: 'Киоск баптаулары',
  csvImport: CSV_IMPORT_STRINGS.kk,
};

export const CURATOR_STRINGS: Record<Language, CuratorStrings> = { kk, ru, en };
