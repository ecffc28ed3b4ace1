using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Infrastructure;

/// <summary>
/// Two requests creating the same thing at once (a revision, a survey round, a participant, a curator's
/// school) both pass the service's "already there?" check; the database's unique index lets one through
/// and refuses the other. That refusal is a conflict to report, not a server failure.
/// </summary>
public static class UniqueViolation
{
    public const string Message =
        "Такая запись уже есть: вероятно, её только что создал другой запрос. Обновите страницу и проверьте результат.";

    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: { } inner } && inner switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
