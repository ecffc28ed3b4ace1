using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Audit;

/// <summary>
/// The database itself refuses to change or delete a journal line (decision 026), also for statements that bypass the
/// change tracker (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, hand-written SQL through the application's account).
/// Triggers rather than a migration: they are provider-specific SQL that migrations generated for two providers do not
/// carry, and creating them at every start (idempotently) puts them back should someone drop them. An operator who must
/// purge old lines under a retention rule drops the trigger in a maintenance session, deliberately and visibly.
/// </summary>
public static class AppendOnly
{
    public const string Message = "Журнал аудита только дополняется";

    public static async Task EnsureAsync(MedkDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE OR REPLACE FUNCTION medk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '{Message}';
                END $$;
                CREATE OR REPLACE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION medk_audit_append_only();
                CREATE OR REPLACE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION medk_audit_append_only();
                """, ct);
        }
        else if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE TRIGGER IF NOT EXISTS "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, '{Message}'); END;
                """, ct);
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE TRIGGER IF NOT EXISTS "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, '{Message}'); END;
                """, ct);
        }
    }
}
