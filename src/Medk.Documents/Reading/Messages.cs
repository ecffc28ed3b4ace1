namespace Medk.Documents.Reading;

/// <summary>The messages a person sees when a file cannot be imported, in one place.</summary>
internal static class Messages
{
    public const string Empty = "Файл пуст.";
    public const string TooLarge = "Файл слишком большой: допускается не более 50 МБ.";
    public const string NotDocx = "Файл не является документом Word (DOCX) или повреждён.";
    public const string NotXlsx = "Файл не является книгой Excel (XLSX) или повреждён.";
    public const string NotOdt = "Файл не является документом OpenDocument (ODT) или повреждён.";
    public const string NotOds = "Файл не является таблицей OpenDocument (ODS) или повреждён.";
    public const string DamagedArchive = "Файл повреждён: архив документа обрезан или испорчен.";
    public const string UnknownArchive = "Архив не содержит документа Word (DOCX), книги Excel (XLSX) или документа OpenDocument (ODT, ODS).";
    public const string ZipBomb = "Файл после распаковки слишком большой или подозрительно сильно сжат; он не будет обработан.";
    public const string TooManyEntries = "В архиве документа слишком много частей; он не будет обработан.";
    public const string LegacyOffice = "Файл в старом формате Office 97–2003 не является ни документом Word (DOC), ни книгой Excel (XLS): загрузите документ Word, книгу Excel, CSV или текст.";
    public const string ConversionBusy = "Сервер сейчас преобразует другие документы старых форматов: повторите загрузку через минуту.";
    public const string PdfScanned = "PDF состоит из изображений страниц (скан) и не содержит текстового слоя: прочитать таблицу из него нельзя. "
        + "Загрузите исходный документ (DOCX, XLSX, ODT) или PDF, сохранённый из текстового редактора, а не отсканированный.";
    public const string PdfEncrypted = "PDF защищён паролем: сохраните его без защиты или загрузите исходный документ (DOCX, XLSX).";
    public const string PdfNoTable = "В PDF не найдена таблица дорожной карты: таблица должна иметь строку заголовков («№», «Мероприятие», «Срок» …). "
        + "Если PDF получен из Word или LibreOffice, загрузите исходный документ.";
    public const string PdfDamaged = "Файл PDF повреждён или обрезан: откройте его в программе просмотра PDF и сохраните заново, или загрузите исходный документ.";

    private static string Kind(LegacyFormat format) => format switch
    {
        LegacyFormat.Doc => "Word 97–2003 (DOC)",
        LegacyFormat.Xls => "Excel 97–2003 (XLS)",
        _ => "RTF",
    };

    private static string Modern(LegacyFormat format) => format == LegacyFormat.Xls ? "книгу в формате XLSX" : "документ в формате DOCX";

    public static string LibreOfficeMissing(LegacyFormat format) =>
        $"Файлы {Kind(format)} читаются через LibreOffice, но LibreOffice не установлен на сервере (или путь к нему в настройке Documents:LibreOfficePath неверен). "
        + $"Попросите администратора установить LibreOffice на сервер или сохраните {Modern(format)} и загрузите снова.";

    public static string ConversionTimedOut(LegacyFormat format, TimeSpan limit) =>
        $"Преобразование файла {Kind(format)} в LibreOffice не завершилось за {limit.TotalSeconds:0} с и было прервано. "
        + $"Сохраните {Modern(format)} и загрузите снова.";

    public static string ConversionFailed(LegacyFormat format) =>
        $"LibreOffice не смог преобразовать файл {Kind(format)} (например, он защищён паролем или повреждён). "
        + $"Откройте его в Word или LibreOffice, сохраните {Modern(format)} и загрузите снова.";

    public const string NotADocument = "Файл не является документом: ожидается DOCX, XLSX, ODT, ODS, PDF, DOC, XLS, RTF, CSV или текст.";
    public const string WrongEncoding = "Не удалось определить кодировку текста: сохраните файл в UTF-8 или Windows-1251.";
    public const string NoTable = "В документе не найдена таблица дорожной карты.";
    public const string NoItems = "В таблице дорожной карты не найдено ни одного пункта.";
}
