// Runs in: renderer. Every word the staff PIN pad and panel show, in the kiosk's three languages.
// `Record<Language, StaffStrings>` makes TypeScript refuse a language that lacks a key. Numbers and
// times are formatted by Intl in staff-format.ts and arrive here as finished text.
import type { Language } from '../../../common/content-schema';
import type { ContentSource, ContentWarningCode } from '../../../common/ipc-contract';

export interface StaffStrings {
  dialog: string;
  languageSwitch: string;
  idleClosing: (seconds: string) => string;
  // PIN pad
  accessTitle: string;
  accessHint: string;
  backToExhibition: string;
  noAnswer: string;
  digitsEntered: (count: number) => string;
  erase: string;
  ok: string;
  wrongPin: (attemptsLeft: number) => string;
  lockout: (time: string, remaining: string) => string;
  // Changing the PIN
  changePinStep: (step: number, steps: number) => string;
  currentPinHint: string;
  newPinHint: (min: number, max: number) => string;
  repeatPinHint: string;
  pinsDiffer: string;
  pinChanged: string;
  pinNotChanged: string;
  /** The main process refused the new PIN (the pad already keeps to these lengths). */
  newPinInvalid: (min: number, max: number) => string;
  keepPin: string;
  // Panel
  panelTitle: string;
  panelSubtitle: (version: string | null) => string;
  resume: string;
  noValidContent: (problems: number, file: string) => string;
  // The full-screen error when no content could be loaded at all (its heading is in all three).
  contentErrorFile: string;
  /** `checkCommand` is the curator's check tool, which lists the same problems. */
  contentErrorHint: (checkCommand: string) => string;
  contentReloaded: (source: string, hash: string) => string;
  refusedOnTheWay: (warnings: string) => string;
  /** Content warnings by code; `problems` is the refused file's problem list, already worded. */
  contentWarning: Record<ContentWarningCode, (path: string, problems: string) => string>;
  /** Problems the main process words itself, by ContentProblemReason code (see staff-messages.ts). */
  contentProblem: ContentProblemStrings;
  moreProblems: (count: string) => string;
  exportedTo: string;
  exportFailed: string;
  quitting: string;
  actions: string;
  reloadContent: string;
  reloading: string;
  exportStats: string;
  exporting: string;
  runIdleWarning: string;
  changePin: string;
  /** Opens the curator studio over the kiosk. */
  editContent: string;
  quitToDesktop: string;
  tapAgainToQuit: string;
  visitors: string;
  loading: string;
  anonymousNote: string;
  charts: string;
  // What is running
  running: string;
  version: string;
  content: string;
  contentHash: string;
  heroes: string;
  heroesAndDrafts: (heroes: string, drafts: number) => string;
  uptime: string;
  /** Short unit names for durations ("3 h 7 min"); Intl's unit names differ between ICU builds. */
  durationUnits: Record<'day' | 'hour' | 'minute' | 'second', string>;
  restarts: string;
  lastCrash: string;
  none: string;
  contentSource: Record<ContentSource | 'none', string>;
  // Visitor table
  measure: string;
  today: string;
  allDays: string;
  sessions: string;
  averageSession: string;
  heroViews: string;
  storyOpens: string;
  idleResets: string;
  languageRow: Record<Language, string>;
  // Charts
  sessionsPerHour: string;
  scale: (ceiling: string) => string;
  sessionsChartLabel: (total: string, busiest: string) => string;
  viewsPerHero: string;
  topAndMore: (shown: string, hidden: string) => string;
  noViews: string;
}

/** Sizes and counts arrive formatted; paths and error details stay as the system wrote them. */
export interface ContentProblemStrings {
  'folder-missing': (path: string) => string;
  'image-not-found': (path: string) => string;
  'image-not-a-file': (path: string) => string;
  'image-outside-folder': (path: string) => string;
  'file-too-large': (size: string, maxSize: string) => string;
  'file-unreadable': (error: string) => string;
  'invalid-json': (error: string) => string;
  'unknown-fields': (fields: string, count: number) => string;
  'load-failed': (error: string) => string;
  'no-content': () => string;
}

/** Russian counts need one of three forms: 1 попытка, 3 попытки, 5 попыток. */
function russianPlural(count: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules('ru').select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
}

export const STAFF_STRINGS: Record<Language, StaffStrings> = {
  kk: {
    dialog: 'Қызметкерлер',
    languageSwitch: 'Тілді таңдаңыз',
    idleClosing: (seconds) =>
      `Біраз уақыт ешкім түртпеді: ${seconds} с кейін жабылады. Қалу үшін экранды түртіңіз.`,
    accessTitle: 'Қызметкерлерге кіру',
    accessHint: 'Қызметкер PIN-кодын енгізіңіз',
    backToExhibition: 'Көрмеге оралу',
    noAnswer: 'Киоск жауап бермеді. Қайталап көріңіз.',
    digitsEntered: (count) => `${count} цифр енгізілді`,
    erase: 'Өшіру',
    ok: 'Енгізу',
    wrongPin: (attemptsLeft) =>
      attemptsLeft === 1
        ? 'PIN-код қате. 1 әрекет қалды, содан кейін панель 5 минутқа құлыпталады.'
        : `PIN-код қате. ${attemptsLeft} әрекет қалды.`,
    lockout: (time, remaining) =>
      `Қате PIN-код тым көп енгізілді. Панель қайта ашылатын уақыт: ${time} (${remaining} қалды).`,
    changePinStep: (step, steps) => `PIN-кодты өзгерту · ${step}/${steps}`,
    currentPinHint: 'Қазіргі PIN-кодты енгізіңіз',
    newPinHint: (min, max) => `Жаңа PIN-кодты енгізіңіз (${min}–${max} цифр)`,
    repeatPinHint: 'Жаңа PIN-кодты қайта енгізіңіз',
    pinsDiffer: 'Екі жаңа PIN-код сәйкес келмеді. Жаңа PIN-кодты қайта енгізіңіз.',
    pinChanged: 'PIN-код өзгертілді. Енді жаңа PIN-кодты пайдаланыңыз.',
    pinNotChanged: 'PIN-код өзгертілмеді: киоск жауап бермеді.',
    newPinInvalid: (min, max) => `Жаңа PIN-код ${min}–${max} цифрдан тұруы керек.`,
    keepPin: 'Бас тарту, PIN-кодты қалдыру',
    panelTitle: 'Қызметкерлер панелі',
    panelSubtitle: (version) =>
      `«Балалар батырлары» киоскісі${version === null ? '' : ` · нұсқа ${version}`}`,
    resume: 'Жалғастыру',
    noValidContent: (problems, file) => `Жарамды мазмұн жоқ: ${file} файлында ${problems} қате.`,
    contentErrorFile: 'Файл:',
    contentErrorHint: (checkCommand) =>
      `Файлды түзетіңіз (${checkCommand} дәл осы тізімді көрсетеді), содан кейін мазмұнды қызметкерлер панелінен қайта жүктеңіз.`,
    contentReloaded: (source, hash) => `Мазмұн қайта жүктелді: ${source} (${hash}).`,
    refusedOnTheWay: (warnings) => `Қабылданбағандары: ${warnings}`,
    contentWarning: {
      'file-refused': (file, problems) => `${file} файлы қабылданбады: ${problems}`,
      'kept-last-good': (directory) =>
        `${directory} қалтасындағы соңғы жарамды мазмұн көрсетіліп тұр.`,
    },
    contentProblem: {
      'folder-missing': (path) => `мазмұн қалтасы табылмады: ${path}`,
      'image-not-found': (path) => `файл табылмады: ${path}`,
      'image-not-a-file': (path) => `${path} файл емес`,
      'image-outside-folder': (path) => `${path} мазмұн қалтасының сыртына апарады`,
      'file-too-large': (size, maxSize) =>
        `файл көлемі ${size} байт, ең көбі ${maxSize} байт болуы керек`,
      'file-unreadable': (error) => `файлды оқу мүмкін емес: ${error}`,
      'invalid-json': (error) => `файл дұрыс JSON емес: ${error}`,
      'unknown-fields': (fields, count) =>
        `${count === 1 ? 'белгісіз өріс' : 'белгісіз өрістер'}: ${fields}`,
      'load-failed': (error) => `мазмұн жүктелмеді: ${error}`,
      'no-content': () => 'мазмұн табылмады',
    },
    moreProblems: (count) => `тағы ${count} қате`,
    exportedTo: 'Статистика экспортталды:',
    exportFailed: 'Статистика жазылмады. Толығырақ журналда.',
    quitting: 'Жабылуда…',
    actions: 'Әрекеттер',
    reloadContent: 'Мазмұнды қайта жүктеу',
    reloading: 'Қайта жүктелуде…',
    exportStats: 'Статистиканы экспорттау',
    exporting: 'Экспортталуда…',
    runIdleWarning: 'Күту ескертуін қазір көрсету',
    changePin: 'PIN-кодты өзгерту',
    editContent: 'Мазмұнды өңдеу',
    quitToDesktop: 'Жұмыс үстеліне шығу',
    tapAgainToQuit: 'Шығу үшін тағы түртіңіз',
    visitors: 'Келушілер',
    loading: 'Жүктелуде…',
    anonymousNote: 'Тек жасырын сандар: фото, есім не идентификатор жазылмайды.',
    charts: 'Диаграммалар',
    running: 'Не жұмыс істеп тұр',
    version: 'Нұсқа',
    content: 'Мазмұн',
    contentHash: 'Мазмұн хэші',
    heroes: 'Батырлар',
    heroesAndDrafts: (heroes, drafts) => `${heroes} · ${drafts} алдын ала нұсқа`,
    uptime: 'Жұмыс уақыты',
    durationUnits: { day: 'күн', hour: 'сағ', minute: 'мин', second: 'с' },
    restarts: 'Қайта іске қосулар',
    lastCrash: 'Соңғы ақау',
    none: 'Жоқ',
    contentSource: {
      bundled: 'Қолданбамен бірге жеткізілген',
      override: 'Пайдаланушы деректеріндегі алмастыру қалтасы',
      'content-dir': '--content-dir арқылы берілген қалта',
      none: 'Жарамды мазмұн жоқ',
    },
    measure: 'Көрсеткіш',
    today: 'Бүгін',
    allDays: 'Барлық күн',
    sessions: 'Сеанстар',
    averageSession: 'Орташа сеанс',
    heroViews: 'Батырларды қарау',
    storyOpens: 'Ашылған тарихтар',
    idleResets: 'Күтуден кейін қайта бастау',
    languageRow: { kk: 'Тіл: қазақша', ru: 'Тіл: орысша', en: 'Тіл: ағылшынша' },
    sessionsPerHour: 'Бүгінгі сеанстар, сағат бойынша',
    scale: (ceiling) => `(шкала 0–${ceiling})`,
    sessionsChartLabel: (total, busiest) =>
      `Бүгін ${total} сеанс; ең көп сеанс болған сағатта ${busiest}`,
    viewsPerHero: 'Батырларды қарау, барлық күн',
    topAndMore: (shown, hidden) => `(алғашқы ${shown}; тағы ${hidden} экспортта)`,
    noViews: 'Әзірге ешбір батыр қаралмаған.',
  },
  ru: {
    dialog: 'Персонал',
    languageSwitch: 'Выберите язык',
    idleClosing: (seconds) =>
      `Давно не было касаний: закроется через ${seconds} с. Коснитесь экрана, чтобы остаться.`,
    accessTitle: 'Вход для персонала',
    accessHint: 'Введите PIN-код персонала',
    backToExhibition: 'Вернуться к выставке',
    noAnswer: 'Киоск не ответил. Попробуйте ещё раз.',
    digitsEntered: (count) => `Введено цифр: ${count}`,
    erase: 'Стереть',
    ok: 'Ввод',
    wrongPin: (attemptsLeft) =>
      attemptsLeft === 1
        ? 'Неверный PIN-код. Осталась 1 попытка, затем панель заблокируется на 5 минут.'
        : `Неверный PIN-код. ${russianPlural(attemptsLeft, 'Осталась', 'Осталось', 'Осталось')} ${attemptsLeft} ${russianPlural(attemptsLeft, 'попытка', 'попытки', 'попыток')}.`,
    lockout: (time, remaining) =>
      `Слишком много неверных PIN-кодов. Панель откроется в ${time} (через ${remaining}).`,
    changePinStep: (step, steps) => `Смена PIN-кода · ${step} из ${steps}`,
    currentPinHint: 'Введите текущий PIN-код',
    newPinHint: (min, max) => `Введите новый PIN-код (от ${min} до ${max} цифр)`,
    repeatPinHint: 'Введите новый PIN-код ещё раз',
    pinsDiffer: 'Новые PIN-коды не совпали. Введите новый PIN-код ещё раз.',
    pinChanged: 'PIN-код изменён. Теперь используйте новый PIN-код.',
    pinNotChanged: 'Не удалось изменить PIN-код: киоск не ответил.',
    newPinInvalid: (min, max) => `Новый PIN-код должен содержать от ${min} до ${max} цифр.`,
    keepPin: 'Отмена, оставить PIN-код',
    panelTitle: 'Панель персонала',
    panelSubtitle: (version) =>
      `Киоск «Герои детей»${version === null ? '' : ` · версия ${version}`}`,
    resume: 'Продолжить',
    noValidContent: (problems, file) =>
      `Нет корректного содержимого: ${file}, ${russianPlural(problems, 'проблема', 'проблемы', 'проблем')}: ${problems}.`,
    contentErrorFile: 'Файл:',
    contentErrorHint: (checkCommand) =>
      `Исправьте файл (${checkCommand} покажет тот же список), затем перезагрузите содержимое в панели персонала.`,
    contentReloaded: (source, hash) => `Содержимое перезагружено: ${source} (${hash}).`,
    refusedOnTheWay: (warnings) => `Отклонено: ${warnings}`,
    contentWarning: {
      'file-refused': (file, problems) => `Файл ${file} отклонён: ${problems}`,
      'kept-last-good': (directory) =>
        `По-прежнему показано последнее корректное содержимое из папки ${directory}.`,
    },
    contentProblem: {
      'folder-missing': (path) => `папка содержимого не найдена: ${path}`,
      'image-not-found': (path) => `файл не найден: ${path}`,
      'image-not-a-file': (path) => `${path} не является файлом`,
      'image-outside-folder': (path) => `${path} ведёт за пределы папки содержимого`,
      'file-too-large': (size, maxSize) =>
        `размер файла ${size} байт, допускается не более ${maxSize} байт`,
      'file-unreadable': (error) => `не удаётся прочитать файл: ${error}`,
      'invalid-json': (error) => `файл не является корректным JSON: ${error}`,
      'unknown-fields': (fields, count) =>
        `${count === 1 ? 'неизвестное поле' : 'неизвестные поля'}: ${fields}`,
      'load-failed': (error) => `не удалось загрузить содержимое: ${error}`,
      'no-content': () => 'содержимое не найдено',
    },
    moreProblems: (count) => `и ещё ${count}`,
    exportedTo: 'Статистика выгружена в:',
    exportFailed: 'Не удалось записать статистику. Подробности в журнале.',
    quitting: 'Выход…',
    actions: 'Действия',
    reloadContent: 'Перезагрузить содержимое',
    reloading: 'Перезагрузка…',
    exportStats: 'Выгрузить статистику',
    exporting: 'Выгрузка…',
    runIdleWarning: 'Показать предупреждение о бездействии',
    changePin: 'Сменить PIN-код',
    editContent: 'Редактировать содержимое',
    quitToDesktop: 'Выйти на рабочий стол',
    tapAgainToQuit: 'Нажмите ещё раз для выхода',
    visitors: 'Посетители',
    loading: 'Загрузка…',
    anonymousNote: 'Только анонимные счётчики: фото, имена и идентификаторы не записываются.',
    charts: 'Диаграммы',
    running: 'Что запущено',
    version: 'Версия',
    content: 'Содержимое',
    contentHash: 'Хеш содержимого',
    heroes: 'Герои',
    heroesAndDrafts: (heroes, drafts) =>
      `${heroes} · ${drafts} ${russianPlural(drafts, 'черновик', 'черновика', 'черновиков')}`,
    uptime: 'Время работы',
    durationUnits: { day: 'д', hour: 'ч', minute: 'мин', second: 'с' },
    restarts: 'Перезапуски',
    lastCrash: 'Последний сбой',
    none: 'Нет',
    contentSource: {
      bundled: 'Поставляется с приложением',
      override: 'Папка замены в пользовательских данных',
      'content-dir': 'Папка из --content-dir',
      none: 'Нет корректного содержимого',
    },
    measure: 'Показатель',
    today: 'Сегодня',
    allDays: 'За все дни',
    sessions: 'Сеансы',
    averageSession: 'Средний сеанс',
    heroViews: 'Просмотры героев',
    storyOpens: 'Открыто историй',
    idleResets: 'Сбросы по бездействию',
    languageRow: { kk: 'Язык: казахский', ru: 'Язык: русский', en: 'Язык: английский' },
    sessionsPerHour: 'Сеансы по часам сегодня',
    scale: (ceiling) => `(шкала 0–${ceiling})`,
    sessionsChartLabel: (total, busiest) =>
      `Сеансов сегодня: ${total}; в самый загруженный час: ${busiest}`,
    viewsPerHero: 'Просмотры по героям за все дни',
    topAndMore: (shown, hidden) => `(первые ${shown}; ещё ${hidden} в выгрузке)`,
    noViews: 'Героев пока никто не просматривал.',
  },
  en: {
    dialog: 'Staff',
    languageSwitch: 'Choose a language',
    idleClosing: (seconds) =>
      `No touch for a while: closing in ${seconds} s. Touch anywhere to stay.`,
    accessTitle: 'Staff access',
    accessHint: 'Enter the staff PIN',
    backToExhibition: 'Back to the exhibition',
    noAnswer: 'The kiosk did not answer. Try again.',
    digitsEntered: (count) => `${count} digit${count === 1 ? '' : 's'} entered`,
    erase: 'Erase',
    ok: 'OK',
    wrongPin: (attemptsLeft) =>
      attemptsLeft === 1
        ? 'Wrong PIN. 1 attempt left before the pad locks for 5 minutes.'
        : `Wrong PIN. ${attemptsLeft} attempts left.`,
    lockout: (time, remaining) =>
      `Too many wrong PINs. The pad opens again at ${time} (in ${remaining}).`,
    changePinStep: (step, steps) => `Change PIN · ${step} of ${steps}`,
    currentPinHint: 'Enter the current PIN',
    newPinHint: (min, max) => `Enter the new PIN (${min} to ${max} digits)`,
    repeatPinHint: 'Enter the new PIN again',
    pinsDiffer: 'The two new PINs were different. Enter the new PIN again.',
    pinChanged: 'The PIN was changed. Use the new PIN from now on.',
    pinNotChanged: 'The PIN could not be changed: the kiosk did not answer.',
    newPinInvalid: (min, max) => `The new PIN must be ${min} to ${max} digits.`,
    keepPin: 'Cancel, keep the PIN',
    panelTitle: 'Staff panel',
    panelSubtitle: (version) =>
      `Heroes of Children kiosk${version === null ? '' : ` · version ${version}`}`,
    resume: 'Resume',
    noValidContent: (problems, file) =>
      `No valid content: ${problems} problem${problems === 1 ? '' : 's'} in ${file}.`,
    contentErrorFile: 'File:',
    contentErrorHint: (checkCommand) =>
      `Fix the file (${checkCommand} shows the same list), then reload the content from the staff panel.`,
    contentReloaded: (source, hash) => `Content reloaded: ${source} (${hash}).`,
    refusedOnTheWay: (warnings) => `Refused on the way: ${warnings}`,
    contentWarning: {
      'file-refused': (file, problems) => `${file} was refused: ${problems}`,
      'kept-last-good': (directory) => `Still showing the last good content from ${directory}.`,
    },
    contentProblem: {
      'folder-missing': (path) => `content folder not found: ${path}`,
      'image-not-found': (path) => `file not found: ${path}`,
      'image-not-a-file': (path) => `${path} is not a file`,
      'image-outside-folder': (path) => `${path} leads outside the content folder`,
      'file-too-large': (size, maxSize) =>
        `the file is ${size} bytes; at most ${maxSize} bytes are allowed`,
      'file-unreadable': (error) => `the file cannot be read: ${error}`,
      'invalid-json': (error) => `the file is not valid JSON: ${error}`,
      'unknown-fields': (fields, count) => `unknown field${count === 1 ? '' : 's'}: ${fields}`,
      'load-failed': (error) => `the content could not be loaded: ${error}`,
      'no-content': () => 'no content found',
    },
    moreProblems: (count) => `and ${count} more`,
    exportedTo: 'Statistics exported to:',
    exportFailed: 'The statistics could not be written. See the log.',
    quitting: 'Quitting…',
    actions: 'Actions',
    reloadContent: 'Reload content',
    reloading: 'Reloading…',
    exportStats: 'Export statistics',
    exporting: 'Exporting…',
    runIdleWarning: 'Run the idle warning now',
    changePin: 'Change PIN',
    editContent: 'Edit content',
    quitToDesktop: 'Quit to the desktop',
    tapAgainToQuit: 'Tap again to quit',
    visitors: 'Visitors',
    loading: 'Loading…',
    anonymousNote: 'Anonymous counts only: no photos, names or identifiers are recorded.',
    charts: 'Charts',
    running: 'What is running',
    version: 'Version',
    content: 'Content',
    contentHash: 'Content hash',
    heroes: 'Heroes',
    heroesAndDrafts: (heroes, drafts) => `${heroes} · ${drafts} draft${drafts === 1 ? '' : 's'}`,
    uptime: 'Uptime',
    durationUnits: { day: 'd', hour: 'h', minute: 'min', second: 's' },
    restarts: 'Restarts',
    lastCrash: 'Last crash',
    none: 'None',
    contentSource: {
      bundled: 'Bundled with the app',
      override: 'Override folder in user data',
      'content-dir': 'Folder given with --content-dir',
      none: 'No valid content',
    },
    measure: 'Measure',
    today: 'Today',
    allDays: 'All days',
    sessions: 'Sessions',
    averageSession: 'Average session',
    heroViews: 'Hero views',
    storyOpens: 'Stories opened',
    idleResets: 'Idle resets',
    languageRow: { kk: 'Language: Kazakh', ru: 'Language: Russian', en: 'Language: English' },
    sessionsPerHour: 'Sessions per hour today',
    scale: (ceiling) => `(scale 0–${ceiling})`,
    sessionsChartLabel: (total, busiest) => `${total} sessions today; busiest hour has ${busiest}`,
    viewsPerHero: 'Views per hero, all days',
    topAndMore: (shown, hidden) => `(top ${shown}; ${hidden} more in the export)`,
    noViews: 'No hero has been viewed yet.',
  },
};
