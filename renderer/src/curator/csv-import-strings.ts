// Runs in: renderer (the studio's chunk). Every word of the studio's CSV import in Kazakh, Russian and
// English: the dialog, its progress and outcome, and each problem code of common/csv-problems.ts (so a
// new code without words in every language is a type error). Reached as `strings.csvImport`.
import type { Language } from '../../../common/content-schema';
import type { CsvProblemCode, CsvProblemParams } from '../../../common/csv-problems';

/** Numbers arrive through these, in the studio's language. */
export interface CsvNumberFormat {
  number(value: number): string;
  megabytes(bytes: number): string;
}

type ProblemWords = {
  [C in CsvProblemCode]: (params: CsvProblemParams[C], format: CsvNumberFormat) => string;
};

export type CsvImportFailure =
  'busy' | 'conflict' | 'too-large' | 'disk-full' | 'write-failed' | 'unavailable' | 'no-answer';

export interface CsvImportStrings {
  open: string;
  title: string;
  explain: string;
  keepPhotos: string;
  columnsHint: string;
  chooseFolder: string;
  chooseAgain: string;
  chooseFiles: string;
  close: string;
  checking: string;
  photoOf: (done: string, total: string, file: string) => string;
  imported: (heroes: string, photos: string, kept: string) => string;
  refused: (count: string) => string;
  problemsTitle: string;
  warningsTitle: string;
  uploadTooLarge: (size: string, max: string) => string;
  failed: Record<CsvImportFailure, string>;
  row: (row: string) => string;
  column: (column: string) => string;
  problem: ProblemWords;
}

const en: CsvImportStrings = {
  open: 'Import from CSV…',
  title: 'Import heroes from a spreadsheet',
  explain:
    'Choose a folder with heroes.csv and the original photos. Its rows replace the hero list of this working copy, in their order. Nothing reaches the kiosk until you Publish.',
  keepPhotos:
    'A hero whose photo cell is empty keeps the photo it has; a new hero needs one. If anything is wrong, nothing is imported and every problem is listed by row and column.',
  columnsHint:
    'The first row of heroes.csv names these columns (the curator’s guide describes each one). Save it as “CSV UTF-8”.',
  chooseFolder: 'Choose the folder…',
  chooseAgain: 'Choose the folder again…',
  chooseFiles: 'Or pick heroes.csv and the photos…',
  close: 'Close',
  checking: 'Reading heroes.csv and checking every row…',
  photoOf: (done, total, file) => `Photo ${done} of ${total}: ${file}`,
  imported: (heroes, photos, kept) =>
    `Imported ${heroes} heroes: ${photos} new photo(s), ${kept} kept their photo. The list and the preview show them; Publish puts them on the kiosk.`,
  refused: (count) =>
    `Nothing was imported: ${count} problem(s) to fix in the folder. The working copy is as it was.`,
  problemsTitle: 'Problems to fix',
  warningsTitle: 'Worth a look',
  uploadTooLarge: (size, max) =>
    `The folder is ${size}; the studio takes up to ${max} at once. Leave out files the spreadsheet does not name.`,
  failed: {
    busy: 'A photo is still being prepared. Try again when it is done.',
    conflict: 'The working copy changed while the import ran. Nothing was imported; try again.',
    'too-large':
      'Nothing was imported: the heroes would make the working copy too large. Shorten the longest texts.',
    'disk-full': 'Nothing was imported: the disk is full.',
    'write-failed': 'Nothing was imported: the working copy could not be written.',
    unavailable: 'A folder cannot be chosen this way here.',
    'no-answer': 'Nothing was imported: the app did not answer.',
  },
  row: (row) => `Row ${row}`,
  column: (column) => `column ${column}`,
  problem: {
    'csv-missing': () => 'The folder has no heroes.csv (the name must be exactly heroes.csv).',
    'csv-too-large': (p, f) =>
      `heroes.csv is ${f.megabytes(p.bytes)}; a spreadsheet of heroes is at most ${f.megabytes(p.maxBytes)}.`,
    'csv-not-utf8': () =>
      'heroes.csv is not saved as UTF-8: Kazakh and Russian letters would be lost. In Excel: Save as, “CSV UTF-8”.',
    'csv-unreadable': (p, f) =>
      `heroes.csv cannot be read as a spreadsheet${p.line ? ` (near line ${f.number(p.line)})` : ''}: a quote may be missing.`,
    'column-unknown': () => 'unknown column; the template has the right names.',
    'column-missing': () => 'this column is missing.',
    'no-heroes': () => 'no heroes: add one row per hero.',
    'too-many-heroes': (p, f) =>
      `${f.number(p.count)} heroes; the kiosk shows at most ${f.number(p.max)}.`,
    'cell-count': (p, f) =>
      `${f.number(p.cells)} cells, but the header has ${f.number(p.expected)}: a comma too many or too few?`,
    'cell-empty': () => 'must not be empty.',
    'cell-empty-with-photo': () => 'must not be empty when the row names a photo.',
    'id-repeated': (p, f) => `“${p.id}” is already used in row ${f.number(p.firstRow)}.`,
    'status-invalid': (p) => `“${p.value}”: write draft or ready.`,
    'focal-invalid': (p) => `“${p.value}”: write a number from 0 to 1, e.g. 0.35.`,
    'new-hero-needs-photo': (p) =>
      `“${p.id}” has no photo yet: write its file name in the photo column.`,
    'id-invalid': (p) =>
      `“${p.id}”: use lowercase Latin letters and digits joined by hyphens, e.g. leila-mardenova.`,
    'photo-name-invalid': (p) =>
      `“${p.file}” is not a file name in this folder (no folders above it, no drive letters).`,
    'photo-extension': (p) => `“${p.file}” is not a JPEG, PNG, TIFF or WebP file.`,
    'photo-not-found': (p) =>
      p.similar
        ? `${p.file} is not in the folder; did you mean ${p.similar}? Capitals must match.`
        : `${p.file} is not in the folder.`,
    'photo-too-large': (p, f) =>
      `${p.file} is ${f.megabytes(p.bytes)}; the studio takes photos up to ${f.megabytes(p.maxBytes)}.`,
    'photo-not-an-image': (p) => `${p.file} is not a photograph the studio can read.`,
    'photo-unsupported-format': (p) =>
      `${p.file} is a ${p.format.toUpperCase()} image; use JPEG, PNG, TIFF or WebP.`,
    'photo-truncated': (p) =>
      `${p.file} is incomplete or damaged (the file ends early). Copy it again.`,
    'photo-too-many-pixels': (p, f) =>
      `${p.file} has ${f.number(p.megapixels)} megapixels; the studio takes up to ${f.number(p.maxMegapixels)}.`,
    'photo-write-failed': (p) =>
      p.cause === 'disk-full'
        ? `${p.file} could not be saved: the disk is full.`
        : `${p.file} could not be saved to the working copy.`,
    'photo-read-failed': (p) => `${p.file} could not be read. Is the stick still connected?`,
    'photo-soft': (p, f) =>
      `${p.file} is only ${f.number(p.width)}×${f.number(p.height)}: the portrait will look soft.`,
    'text-too-long': (p, f) => `${f.number(p.length)} characters; at most ${f.number(p.max)} fit.`,
    other: (p) => `not accepted (${p.detail}).`,
  },
};

const ru: CsvImportStrings = {
  open: 'Импорт из CSV…',
  title: 'Импорт героев из таблицы',
  explain:
    'Выберите папку с файлом heroes.csv и оригиналами фотографий. Её строки заменят список героев в этой рабочей копии, в том же порядке. В киоск ничего не попадёт, пока вы не нажмёте «Опубликовать».',
  keepPhotos:
    'Герой с пустой ячейкой photo сохраняет своё фото; новому герою фото нужно. Если что-то не так, ничего не импортируется, а каждая проблема будет указана по строке и столбцу.',
  columnsHint:
    'В первой строке heroes.csv — эти столбцы (каждый описан в руководстве куратора). Сохраняйте файл как «CSV UTF-8».',
  chooseFolder: 'Выбрать папку…',
  chooseAgain: 'Выбрать папку снова…',
  chooseFiles: 'Или выбрать heroes.csv и фото…',
  close: 'Закрыть',
  checking: 'Читаем heroes.csv и проверяем каждую строку…',
  photoOf: (done, total, file) => `Фото ${done} из ${total}: ${file}`,
  imported: (heroes, photos, kept) =>
    `Импортировано героев: ${heroes}. Новых фото: ${photos}, сохранили своё фото: ${kept}. Они уже в списке и в предпросмотре; «Опубликовать» отправит их в киоск.`,
  refused: (count) =>
    `Ничего не импортировано: проблем в папке — ${count}. Рабочая копия не изменилась.`,
  problemsTitle: 'Что исправить',
  warningsTitle: 'Стоит проверить',
  uploadTooLarge: (size, max) =>
    `Папка занимает ${size}; студия принимает до ${max} за раз. Уберите файлы, которых нет в таблице.`,
  failed: {
    busy: 'Другое фото ещё готовится. Попробуйте, когда оно будет готово.',
    conflict:
      'Рабочая копия изменилась во время импорта. Ничего не импортировано; попробуйте снова.',
    'too-large':
      'Ничего не импортировано: с этими героями рабочая копия слишком велика. Сократите самые длинные тексты.',
    'disk-full': 'Ничего не импортировано: диск заполнен.',
    'write-failed': 'Ничего не импортировано: рабочую копию не удалось записать.',
    unavailable: 'Здесь папку нельзя выбрать этим способом.',
    'no-answer': 'Ничего не импортировано: приложение не ответило.',
  },
  row: (row) => `Строка ${row}`,
  column: (column) => `столбец ${column}`,
  problem: {
    'csv-missing': () => 'В папке нет heroes.csv (имя должно быть ровно heroes.csv).',
    'csv-too-large': (p, f) =>
      `heroes.csv занимает ${f.megabytes(p.bytes)}; таблица героев — не больше ${f.megabytes(p.maxBytes)}.`,
    'csv-not-utf8': () =>
      'heroes.csv сохранён не в UTF-8: казахские и русские буквы пропадут. В Excel: «Сохранить как», «CSV UTF-8».',
    'csv-unreadable': (p, f) =>
      `heroes.csv не читается как таблица${p.line ? ` (около строки ${f.number(p.line)})` : ''}: возможно, не хватает кавычки.`,
    'column-unknown': () => 'неизвестный столбец; правильные названия — в шаблоне.',
    'column-missing': () => 'этого столбца нет.',
    'no-heroes': () => 'нет героев: добавьте по строке на героя.',
    'too-many-heroes': (p, f) =>
      `героев ${f.number(p.count)}; киоск показывает не больше ${f.number(p.max)}.`,
    'cell-count': (p, f) =>
      `ячеек ${f.number(p.cells)}, а в заголовке ${f.number(p.expected)}: лишняя или пропущенная запятая?`,
    'cell-empty': () => 'не должно быть пустым.',
    'cell-empty-with-photo': () => 'не должно быть пустым, когда в строке указано фото.',
    'id-repeated': (p, f) => `«${p.id}» уже есть в строке ${f.number(p.firstRow)}.`,
    'status-invalid': (p) => `«${p.value}»: напишите draft или ready.`,
    'focal-invalid': (p) => `«${p.value}»: напишите число от 0 до 1, например 0.35.`,
    'new-hero-needs-photo': (p) => `У «${p.id}» ещё нет фото: впишите имя файла в столбец photo.`,
    'id-invalid': (p) =>
      `«${p.id}»: только строчные латинские буквы и цифры через дефис, например leila-mardenova.`,
    'photo-name-invalid': (p) =>
      `«${p.file}» — не имя файла в этой папке (без папок выше и букв дисков).`,
    'photo-extension': (p) => `«${p.file}» — не файл JPEG, PNG, TIFF или WebP.`,
    'photo-not-found': (p) =>
      p.similar
        ? `${p.file} нет в папке; может быть, ${p.similar}? Заглавные буквы должны совпадать.`
        : `${p.file} нет в папке.`,
    'photo-too-large': (p, f) =>
      `${p.file} занимает ${f.megabytes(p.bytes)}; студия принимает фото до ${f.megabytes(p.maxBytes)}.`,
    'photo-not-an-image': (p) => `${p.file} — не фотография, которую студия может прочитать.`,
    'photo-unsupported-format': (p) =>
      `${p.file} — изображение ${p.format.toUpperCase()}; нужен JPEG, PNG, TIFF или WebP.`,
    'photo-truncated': (p) =>
      `${p.file} неполный или повреждён (файл обрывается). Скопируйте его снова.`,
    'photo-too-many-pixels': (p, f) =>
      `В ${p.file} ${f.number(p.megapixels)} Мп; студия принимает до ${f.number(p.maxMegapixels)} Мп.`,
    'photo-write-failed': (p) =>
      p.cause === 'disk-full'
        ? `${p.file} не удалось сохранить: диск заполнен.`
        : `${p.file} не удалось сохранить в рабочую копию.`,
    'photo-read-failed': (p) => `${p.file} не удалось прочитать. Флешка всё ещё подключена?`,
    'photo-soft': (p, f) =>
      `${p.file} всего ${f.number(p.width)}×${f.number(p.height)}: портрет будет нечётким.`,
    'text-too-long': (p, f) =>
      `символов ${f.number(p.length)}; помещается не больше ${f.number(p.max)}.`,
    other: (p) => `не принято (${p.detail}).`,
  },
};

const kk: CsvImportStrings = {
  open: 'CSV-ден импорттау…',
  title: 'Батырларды кестеден импорттау',
  explain:
    'heroes.csv файлы мен фотосуреттердің түпнұсқалары бар папканы таңдаңыз. Оның жолдары осы жұмыс көшірмесіндегі батырлар тізімін сол ретпен ауыстырады. «Жариялау» баспайынша киоскке ештеңе жетпейді.',
  keepPhotos:
    'photo ұяшығы бос батыр өз фотосын сақтайды; жаңа батырға фото керек. Бірдеңе дұрыс болмаса, ештеңе импортталмайды, әр мәселе жолы мен бағаны бойынша көрсетіледі.',
  columnsHint:
    'heroes.csv файлының бірінші жолында осы бағандар болады (әрқайсысы куратор нұсқаулығында сипатталған). Файлды «CSV UTF-8» түрінде сақтаңыз.',
  chooseFolder: 'Папканы таңдау…',
  chooseAgain: 'Папканы қайта таңдау…',
  chooseFiles: 'Немесе heroes.csv пен фотоларды таңдау…',
  close: 'Жабу',
  checking: 'heroes.csv оқылып, әр жол тексерілуде…',
  photoOf: (done, total, file) => `Фото ${total} ішінен ${done}: ${file}`,
  imported: (heroes, photos, kept) =>
    `Импортталған батырлар: ${heroes}. Жаңа фото: ${photos}, өз фотосын сақтағандар: ${kept}. Олар тізімде және алдын ала көріністе; «Жариялау» оларды киоскке жібереді.`,
  refused: (count) =>
    `Ештеңе импортталмады: папкада түзететін ${count} мәселе бар. Жұмыс көшірмесі өзгерген жоқ.`,
  problemsTitle: 'Не түзету керек',
  warningsTitle: 'Қарап шығыңыз',
  uploadTooLarge: (size, max) =>
    `Папка көлемі ${size}; студия бір рет ${max} дейін қабылдайды. Кестеде жоқ файлдарды алып тастаңыз.`,
  failed: {
    busy: 'Басқа фото әлі дайындалып жатыр. Ол дайын болғанда қайталаңыз.',
    conflict: 'Импорт кезінде жұмыс көшірмесі өзгерді. Ештеңе импортталмады; қайталап көріңіз.',
    'too-large':
      'Ештеңе импортталмады: бұл батырлармен жұмыс көшірмесі тым үлкен. Ең ұзын мәтіндерді қысқартыңыз.',
    'disk-full': 'Ештеңе импортталмады: диск толы.',
    'write-failed': 'Ештеңе импортталмады: жұмыс көшірмесін жазу мүмкін болмады.',
    unavailable: 'Мұнда папканы бұл тәсілмен таңдауға болмайды.',
    'no-answer': 'Ештеңе импортталмады: қолданба жауап бермеді.',
  },
  row: (row) => `${row}-жол`,
  column: (column) => `${column} бағаны`,
  problem: {
    'csv-missing': () => 'Папкада heroes.csv жоқ (аты дәл heroes.csv болуы керек).',
    'csv-too-large': (p, f) =>
      `heroes.csv көлемі ${f.megabytes(p.bytes)}; батырлар кестесі ${f.megabytes(p.maxBytes)} аспауы керек.`,
    'csv-not-utf8': () =>
      'heroes.csv UTF-8 түрінде сақталмаған: қазақ және орыс әріптері жоғалады. Excel-де: «Басқаша сақтау», «CSV UTF-8».',
    'csv-unreadable': (p, f) =>
      `heroes.csv кесте ретінде оқылмайды${p.line ? ` (${f.number(p.line)}-жол маңында)` : ''}: тырнақша жетіспеуі мүмкін.`,
    'column-unknown': () => 'белгісіз баған; дұрыс атаулар үлгіде.',
    'column-missing': () => 'бұл баған жоқ.',
    'no-heroes': () => 'батырлар жоқ: әр батырға бір жол қосыңыз.',
    'too-many-heroes': (p, f) =>
      `${f.number(p.count)} батыр; киоск ең көбі ${f.number(p.max)} көрсетеді.`,
    'cell-count': (p, f) =>
      `${f.number(p.cells)} ұяшық, ал тақырыпта ${f.number(p.expected)}: артық не жетпейтін үтір бар ма?`,
    'cell-empty': () => 'бос болмауы керек.',
    'cell-empty-with-photo': () => 'жолда фото көрсетілгенде бос болмауы керек.',
    'id-repeated': (p, f) => `«${p.id}» ${f.number(p.firstRow)}-жолда бар.`,
    'status-invalid': (p) => `«${p.value}»: draft не ready деп жазыңыз.`,
    'focal-invalid': (p) => `«${p.value}»: 0-ден 1-ге дейінгі сан жазыңыз, мысалы 0.35.`,
    'new-hero-needs-photo': (p) =>
      `«${p.id}» батырының әлі фотосы жоқ: файл атын photo бағанына жазыңыз.`,
    'id-invalid': (p) =>
      `«${p.id}»: сызықшамен жалғанған кіші латын әріптері мен цифрлар ғана, мысалы leila-mardenova.`,
    'photo-name-invalid': (p) =>
      `«${p.file}» осы папкадағы файл аты емес (жоғарғы папкалар мен диск әріптерінсіз).`,
    'photo-extension': (p) => `«${p.file}» JPEG, PNG, TIFF не WebP файлы емес.`,
    'photo-not-found': (p) =>
      p.similar
        ? `${p.file} папкада жоқ; мүмкін ${p.similar}? Бас әріптер сәйкес болуы керек.`
        : `${p.file} папкада жоқ.`,
    'photo-too-large': (p, f) =>
      `${p.file} көлемі ${f.megabytes(p.bytes)}; студия ${f.megabytes(p.maxBytes)} дейінгі фотоларды қабылдайды.`,
    'photo-not-an-image': (p) => `${p.file} студия оқи алатын фотосурет емес.`,
    'photo-unsupported-format': (p) =>
      `${p.file} — ${p.format.toUpperCase()} суреті; JPEG, PNG, TIFF не WebP керек.`,
    'photo-truncated': (p) =>
      `${p.file} толық емес не зақымдалған (файл ерте аяқталады). Қайта көшіріңіз.`,
    'photo-too-many-pixels': (p, f) =>
      `${p.file} ішінде ${f.number(p.megapixels)} Мп; студия ${f.number(p.maxMegapixels)} Мп дейін қабылдайды.`,
    'photo-write-failed': (p) =>
      p.cause === 'disk-full'
        ? `${p.file} сақталмады: диск толы.`
        : `${p.file} жұмыс көшірмесіне сақталмады.`,
    'photo-read-failed': (p) => `${p.file} оқылмады. Флешка әлі қосулы ма?`,
    'photo-soft': (p, f) =>
      `${p.file} небәрі ${f.number(p.width)}×${f.number(p.height)}: портрет бұлыңғыр болады.`,
    'text-too-long': (p, f) => `${f.number(p.length)} таңба; ең көбі ${f.number(p.max)} сияды.`,
    other: (p) => `қабылданбады (${p.detail}).`,
  },
};

export const CSV_IMPORT_STRINGS: Record<Language, CsvImportStrings> = { kk, ru, en };
