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
    public const string LegacyWord = "Формат Word 97–2003 (DOC) не поддерживается: сохраните документ в формате DOCX.";
    public const string LegacyExcel = "Формат Excel 97–2003 (XLS) не поддерживается: сохраните книгу в формате XLSX.";
    public const string LegacyOffice = "Формат Office 97–2003 (DOC, XLS) не поддерживается: сохраните файл в формате DOCX или XLSX.";
    public const string Pdf = "PDF не поддерживается: загрузите документ Word (DOCX), книгу Excel (XLSX), CSV или текст.";
    public const string Rtf = "RTF не поддерживается: сохраните документ в формате DOCX.";
    public const string NotADocument = "Файл не является документом: ожидается DOCX, XLSX, ODT, ODS, CSV или текст.";
    public const string WrongEncoding = "Не удалось определить кодировку текста: сохраните файл в UTF-8 или Windows-1251.";
    public const string NoTable = "В документе не найдена таблица дорожной карты.";
    public const string NoItems = "В таблице дорожной карты не найдено ни одного пункта.";
}
