// Runs in: renderer. Every word the staff PIN pad and panel show, in the kiosk's three languages.
// `Record<Language, StaffStrings>` makes TypeScript refuse a language that lacks a key. Numbers and
// times are formatted by Intl in staff-format.ts and arrive here as finished text.
import type { Language } from '../../../common/content-schema';
import type {
  ContentSource,
  ContentWarningCode,
  KioskNameRefusalReason,
} from '../../../common/ipc-contract';
import type { PackSummary } from '../../../common/content-pack';

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
  /** settings.json cannot be read or parsed: no PIN opens the panel until a technician mends it. */
  settingsDamaged: string;
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
  /** "Load content from USB": content packs (renderer/src/staff/PackScreen.tsx). */
  packs: PackStrings;
  exportedTo: string;
  /** The export found other kiosks' exports on the stick and wrote a report of them all. */
  exportedCombined: (kiosks: number) => string;
  exportFailed: string;
  // Kiosk name
  kioskName: string;
  renameKiosk: string;
  kioskNameHint: (max: number) => string;
  kioskNameCount: (count: number, max: number) => string;
  saveKioskName: string;
  cancel: string;
  kioskNameSaved: (name: string) => string;
  kioskNameRefused: Record<KioskNameRefusalReason, (max: number) => string>;
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

/** The content pack screen. Counts and dates arrive formatted; names as a list already joined. */
export interface PackStrings {
  open: string;
  title: string;
  intro: string;
  back: string;
  lookAgain: string;
  looking: string;
  runningNow: string;
  notFromAPack: string;
  noPacks: string;
  location: Record<PackSummary['location'], string>;
  made: (date: string) => string;
  hash: string;
  whatChanges: string;
  added: (count: string, names: string) => string;
  changed: (count: string, names: string) => string;
  removed: (count: string, names: string) => string;
  photosReplaced: (count: string, names: string) => string;
  exhibitionChanged: string;
  settingsChanged: string;
  noChanges: string;
  andMore: (count: string) => string;
  isRunning: string;
  install: string;
  confirmInstall: string;
  installing: string;
  installed: (label: string, hash: string) => string;
  notInstalled: (reason: string) => string;
  cannotInstall: string;
  refusal: PackRefusalStrings;
}

/** Why a pack was refused, by PackRefusal code; sizes arrive formatted. */
export interface PackRefusalStrings {
  'manifest-invalid': (error: string) => string;
  'newer-format': (version: string, supported: string) => string;
  'unsafe-path': (path: string) => string;
  'extra-file': (path: string) => string;
  'missing-file': (path: string) => string;
  'wrong-hash': (path: string) => string;
  'invalid-content': (problems: string) => string;
  'image-over-budget': (path: string, size: string, maxSize: string) => string;
  'pack-gone': () => string;
  'content-dir-in-use': (directory: string) => string;
  'install-failed': (error: string) => string;
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
    settingsDamaged:
      'Қызметкерлер баптаулары бүлінген, сондықтан ешбір PIN-код панельді ашпайды. Техник киоск деректері қалтасындағы settings.json файлын түзетуі немесе жоюы керек; себебі журналда жазылған (logs/kiosk.log).',
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
    packs: {
      open: 'USB-дан мазмұн жүктеу',
      title: 'USB-дан мазмұн жүктеу',
      intro:
        'USB флешкадағы және бумалар қалтасындағы мазмұн бумалары. Орнатпас бұрын киоск әр файлды тексереді; бірдеңе дұрыс болмаса, қазіргі мазмұн өзгеріссіз қалады.',
      back: 'Панельге оралу',
      lookAgain: 'Қайта іздеу',
      looking: 'Бумалар ізделуде…',
      runningNow: 'Қазір жұмыс істеп тұр',
      notFromAPack: 'Қазіргі мазмұн бумадан орнатылмаған.',
      noPacks:
        'Мазмұн бумасы табылмады. Түбінде heroes-content-… қалтасы бар USB флешканы салып, «Қайта іздеу» түймесін түртіңіз.',
      location: { removable: 'USB флешка', 'packs-dir': 'Бумалар қалтасы' },
      made: (date) => `Жасалған уақыты: ${date}`,
      hash: 'Хэш',
      whatChanges: 'Не өзгереді',
      added: (count, names) => `Қосылады (${count}): ${names}`,
      changed: (count, names) => `Өзгереді (${count}): ${names}`,
      removed: (count, names) => `Алынып тасталады (${count}): ${names}`,
      photosReplaced: (count, names) => `Фотосы ауысады (${count}): ${names}`,
      exhibitionChanged: 'Көрме мәтіндері өзгереді',
      settingsChanged: 'Киоск баптаулары өзгереді',
      noChanges: 'Қазіргі мазмұнмен бірдей',
      andMore: (count) => `тағы ${count}`,
      isRunning: 'Қазір жұмыс істеп тұр',
      install: 'Осы буманы орнату',
      confirmInstall: 'Орнату үшін тағы түртіңіз',
      installing: 'Тексеріліп, орнатылуда…',
      installed: (label, hash) =>
        `«${label}» орнатылды (${hash}). Келушілер оны келесі күту экранынан бастап көреді.`,
      notInstalled: (reason) => `Орнатылмады: ${reason} Қазіргі мазмұн өзгеріссіз қалды.`,
      cannotInstall: 'Бұл буманы орнату мүмкін емес:',
      refusal: {
        'manifest-invalid': (error) => `pack.json жоқ немесе бума сипаттамасы емес (${error}).`,
        'newer-format': (version, supported) =>
          `бума ${version}-пішімде жасалған, бұл қолданба тек ${supported}-пішімге дейін оқиды. Алдымен қолданбаны жаңартыңыз.`,
        'unsafe-path': (path) =>
          `${path} бума қалтасының сыртына апарады (.., толық жол немесе сілтеме).`,
        'extra-file': (path) => `${path} бума қалтасында тұр, бірақ бумаға кірмейді.`,
        'missing-file': (path) => `бумада ${path} файлы жоқ.`,
        'wrong-hash': (path) =>
          `${path} бума жасалған файлмен сәйкес келмейді (өлшемі не sha256 басқа). Буманы қайта көшіріңіз.`,
        'invalid-content': (problems) => `content.json жарамсыз: ${problems}.`,
        'image-over-budget': (path, size, maxSize) =>
          `${path} көлемі ${size} КБ, шегі ${maxSize} КБ.`,
        'pack-gone': () => 'бума енді жоқ (флешка суырылды ма?). «Қайта іздеу» түймесін түртіңіз.',
        'content-dir-in-use': (directory) =>
          `киоск --content-dir қалтасындағы мазмұнды көрсетеді (${directory}), бума оны алмастырмайды.`,
        'install-failed': (error) => `буманы оқу не көшіру мүмкін болмады: ${error}.`,
      },
    },
    exportedTo: 'Статистика экспортталды:',
    exportedCombined: (kiosks) => `Флешкадағы ${kiosks} киосктің біріктірілген есебі:`,
    exportFailed: 'Статистика жазылмады. Толығырақ журналда.',
    kioskName: 'Киоск атауы',
    renameKiosk: 'Атауын өзгерту',
    kioskNameHint: (max) =>
      `Осы панельде және әр статистика экспортында көрсетіледі: бірнеше киосктің есептерін ажыратуға көмектеседі. Ең көбі ${max} таңба.`,
    kioskNameCount: (count, max) => `${count}/${max}`,
    saveKioskName: 'Атауды сақтау',
    cancel: 'Бас тарту',
    kioskNameSaved: (name) => `Киоск атауы енді: «${name}».`,
    kioskNameRefused: {
      empty: () => 'Киоск атауы бос болмауы керек.',
      'too-long': (max) => `Киоск атауы ${max} таңбадан аспауы керек.`,
      'invalid-characters': () =>
        'Атауда көрсетуге болмайтын таңбалар бар (мысалы, жол ауыстыру немесе басқару таңбалары).',
      'not-saved': () => 'Атау сақталмады, бұрынғы атау қалды. Толығырақ журналда.',
    },
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
    settingsDamaged:
      'Настройки персонала повреждены, поэтому ни один PIN-код не откроет панель. Технику нужно исправить или удалить файл settings.json в папке данных киоска; причина записана в журнале (logs/kiosk.log).',
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
    packs: {
      open: 'Загрузить содержимое с USB',
      title: 'Загрузить содержимое с USB',
      intro:
        'Пакеты содержимого на USB-флешке и в папке пакетов. Перед установкой киоск проверяет каждый файл; если что-то не так, текущее содержимое остаётся без изменений.',
      back: 'Назад к панели',
      lookAgain: 'Искать снова',
      looking: 'Поиск пакетов…',
      runningNow: 'Сейчас работает',
      notFromAPack: 'Текущее содержимое установлено не из пакета.',
      noPacks:
        'Пакеты содержимого не найдены. Вставьте USB-флешку с папкой heroes-content-… в корне и нажмите «Искать снова».',
      location: { removable: 'USB-флешка', 'packs-dir': 'Папка пакетов' },
      made: (date) => `Создан ${date}`,
      hash: 'Хеш',
      whatChanges: 'Что изменится',
      added: (count, names) => `Добавятся (${count}): ${names}`,
      changed: (count, names) => `Изменятся (${count}): ${names}`,
      removed: (count, names) => `Будут удалены (${count}): ${names}`,
      photosReplaced: (count, names) => `Заменятся фото (${count}): ${names}`,
      exhibitionChanged: 'Изменятся тексты выставки',
      settingsChanged: 'Изменятся настройки киоска',
      noChanges: 'Совпадает с текущим содержимым',
      andMore: (count) => `и ещё ${count}`,
      isRunning: 'Сейчас работает',
      install: 'Установить этот пакет',
      confirmInstall: 'Нажмите ещё раз для установки',
      installing: 'Проверка и установка…',
      installed: (label, hash) =>
        `Пакет «${label}» установлен (${hash}). Посетители увидят его со следующего экрана ожидания.`,
      notInstalled: (reason) => `Не установлено: ${reason} Текущее содержимое не изменилось.`,
      cannotInstall: 'Этот пакет нельзя установить:',
      refusal: {
        'manifest-invalid': (error) => `pack.json отсутствует или не описывает пакет (${error}).`,
        'newer-format': (version, supported) =>
          `пакет сделан в формате ${version}, а это приложение читает форматы до ${supported}. Сначала обновите приложение.`,
        'unsafe-path': (path) =>
          `${path} ведёт за пределы папки пакета (.., абсолютный путь или ссылка).`,
        'extra-file': (path) => `${path} лежит в папке пакета, но не входит в пакет.`,
        'missing-file': (path) => `в пакете нет файла ${path}.`,
        'wrong-hash': (path) =>
          `${path} не совпадает с файлом, из которого сделан пакет (другой размер или sha256). Скопируйте пакет заново.`,
        'invalid-content': (problems) => `content.json некорректен: ${problems}.`,
        'image-over-budget': (path, size, maxSize) =>
          `${path} занимает ${size} КБ при допустимых ${maxSize} КБ.`,
        'pack-gone': () => 'пакета больше нет на месте (флешку вынули?). Нажмите «Искать снова».',
        'content-dir-in-use': (directory) =>
          `киоск показывает содержимое из папки --content-dir (${directory}), пакет его не заменяет.`,
        'install-failed': (error) => `не удалось прочитать или скопировать пакет: ${error}.`,
      },
    },
    exportedTo: 'Статистика выгружена в:',
    exportedCombined: (kiosks) => `Общий отчёт всех киосков на флешке (${kiosks}):`,
    exportFailed: 'Не удалось записать статистику. Подробности в журнале.',
    kioskName: 'Название киоска',
    renameKiosk: 'Изменить название',
    kioskNameHint: (max) =>
      `Показывается на этой панели и в каждой выгрузке статистики, чтобы отчёты нескольких киосков можно было различить. Не более ${max} символов.`,
    kioskNameCount: (count, max) => `${count}/${max}`,
    saveKioskName: 'Сохранить название',
    cancel: 'Отмена',
    kioskNameSaved: (name) => `Киоск теперь называется «${name}».`,
    kioskNameRefused: {
      empty: () => 'Название киоска не может быть пустым.',
      'too-long': (max) => `Название киоска должно быть не длиннее ${max} символов.`,
      'invalid-characters': () =>
        'В названии есть символы, которые нельзя показать (например, перевод строки или управляющие символы).',
      'not-saved': () =>
        'Не удалось сохранить название, прежнее название осталось. Подробности в журнале.',
    },
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
    settingsDamaged:
      'The staff settings are damaged, so no PIN can open the panel. A technician must repair or delete settings.json in the kiosk’s data folder; the log (logs/kiosk.log) says what is wrong.',
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
    packs: {
      open: 'Load content from USB',
      title: 'Load content from USB',
      intro:
        'Content packs on USB sticks and in the packs folder. The kiosk checks every file before installing; if anything is wrong, the running content stays as it is.',
      back: 'Back to the panel',
      lookAgain: 'Look again',
      looking: 'Looking for packs…',
      runningNow: 'Running now',
      notFromAPack: 'The running content was not installed from a pack.',
      noPacks:
        'No content pack found. Plug in the USB stick with a heroes-content-… folder at its top level, then tap “Look again”.',
      location: { removable: 'USB stick', 'packs-dir': 'Packs folder' },
      made: (date) => `Made ${date}`,
      hash: 'Hash',
      whatChanges: 'What changes',
      added: (count, names) => `Added (${count}): ${names}`,
      changed: (count, names) => `Changed (${count}): ${names}`,
      removed: (count, names) => `Removed (${count}): ${names}`,
      photosReplaced: (count, names) => `Photos replaced (${count}): ${names}`,
      exhibitionChanged: 'Exhibition texts change',
      settingsChanged: 'Kiosk settings change',
      noChanges: 'Same as the running content',
      andMore: (count) => `and ${count} more`,
      isRunning: 'Running now',
      install: 'Install this pack',
      confirmInstall: 'Tap again to install',
      installing: 'Checking and installing…',
      installed: (label, hash) =>
        `Installed “${label}” (${hash}). Visitors see it from the next attract loop.`,
      notInstalled: (reason) => `Not installed: ${reason} The running content is unchanged.`,
      cannotInstall: 'This pack cannot be installed:',
      refusal: {
        'manifest-invalid': (error) =>
          `pack.json is missing or is not a pack description (${error}).`,
        'newer-format': (version, supported) =>
          `the pack is in format ${version}; this app reads formats up to ${supported}. Update the app first.`,
        'unsafe-path': (path) =>
          `${path} leads outside the pack folder (.., an absolute path or a link).`,
        'extra-file': (path) => `${path} is in the pack folder but is not part of the pack.`,
        'missing-file': (path) => `the pack has no file ${path}.`,
        'wrong-hash': (path) =>
          `${path} is not the file the pack was made with (its size or sha256 differs). Copy the pack again.`,
        'invalid-content': (problems) => `content.json is not valid: ${problems}.`,
        'image-over-budget': (path, size, maxSize) =>
          `${path} is ${size} KB; the limit is ${maxSize} KB.`,
        'pack-gone': () =>
          'the pack is no longer there (was the stick removed?). Tap “Look again”.',
        'content-dir-in-use': (directory) =>
          `the kiosk shows content from --content-dir (${directory}), which a pack does not replace.`,
        'install-failed': (error) => `the pack could not be read or copied: ${error}.`,
      },
    },
    exportedTo: 'Statistics exported to:',
    exportedCombined: (kiosks) => `Combined report of the ${kiosks} kiosks on the stick:`,
    exportFailed: 'The statistics could not be written. See the log.',
    kioskName: 'Kiosk name',
    renameKiosk: 'Change name',
    kioskNameHint: (max) =>
      `Shown on this panel and in every statistics export, so the reports of several kiosks can be told apart. Up to ${max} characters.`,
    kioskNameCount: (count, max) => `${count}/${max}`,
    saveKioskName: 'Save name',
    cancel: 'Cancel',
    kioskNameSaved: (name) => `This kiosk is now called “${name}”.`,
    kioskNameRefused: {
      empty: () => 'The kiosk name cannot be empty.',
      'too-long': (max) => `The kiosk name can have at most ${max} characters.`,
      'invalid-characters': () =>
        'The name has characters that cannot be shown (such as a line break or a control character).',
      'not-saved': () => 'The name could not be saved; the old name stays. See the log.',
    },
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
