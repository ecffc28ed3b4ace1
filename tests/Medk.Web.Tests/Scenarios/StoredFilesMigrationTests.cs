using System.Security.Cryptography;
using Medk.Core.Monitoring.Submissions;
using Medk.Data.Files;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// A database made before decision 015 keeps every file: the rows of the four old file tables (report evidence,
/// concept documents, curator visits and reports, practices) are found after migrating, with their bytes and checksums,
/// each under its own document; the decision history of reports is still there.
/// </summary>
public sealed class StoredFilesMigrationTests
{
    private static readonly Guid User = Guid.Parse("0b7c1a52-5d3e-4f5a-9a11-6f0f7c2a1e01");
    private static readonly DateTimeOffset At = new(2022, 3, 15, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LegacyFilesOfEveryKind_SurviveTheMigration_WithTheirContent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new DatabaseSettings(database.Provider, database.ConnectionString);
        var legacy = new[]
        {
            new Legacy("EvidenceFiles", "EvidenceContents", "EvidenceFileId", "ReportId", "ProgressReportId", 7, "Протокол.pdf", "Pdf", "%PDF-1.4 evidence"u8.ToArray()),
            new Legacy("ConceptFile", "ConceptFileContent", "ConceptFileId", "DocumentId", "ConceptDocumentId", 7, "Концепция.pdf", "Pdf", "%PDF-1.4 concept"u8.ToArray()),
            new Legacy("CuratorFiles", "CuratorFileContents", "CuratorFileId", "VisitId", "CuratorVisitId", 7, "Фото.png", "Image", [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3]),
            new Legacy("CuratorFiles", "CuratorFileContents", "CuratorFileId", "ReportId", "CuratorReportId", 8, "Отчёт.pdf", "Pdf", "%PDF-1.4 curator report"u8.ToArray()),
            new Legacy("PracticeFiles", "PracticeFileContents", "PracticeFileId", "PracticeId", "PracticeId", 7, "Положение.pdf", "Pdf", "%PDF-1.4 practice"u8.ToArray()),
        };

        await using (var db = Context(settings))
        {
            var initial = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(initial);
            await InsertOwnersAsync(db, provider);
            foreach (var file in legacy)
            {
                await InsertLegacyFileAsync(db, provider, file);
            }
            await db.MigrateAsync();
        }

        await using var after = Context(settings);
        var files = await after.StoredFiles.ToListAsync();
        Assert.Equal(legacy.Length, files.Count);
        var store = new DatabaseFileStore(after);
        foreach (var expected in legacy)
        {
            var file = Assert.Single(files, f => f.FileName == expected.Name);
            Assert.Equal(1, after.Entry(file).Property(expected.NewOwnerKey).CurrentValue);
            Assert.Equal(expected.Content.LongLength, file.Size);
            Assert.Equal(Sha(expected.Content), file.Sha256);
            Assert.Equal(expected.Kind, file.Kind.ToString());
            Assert.Equal(At, file.UploadedAt);
            await using var stream = await store.OpenAsync(file.StorageKey, default);
            Assert.NotNull(stream);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(expected.Content, copy.ToArray());
            Assert.Equal(file.Sha256, Sha(copy.ToArray()));
        }
        Assert.Equal(User, Assert.Single(files, f => f.FileName == "Протокол.pdf").UploadedBy);
        Assert.Equal("application/pdf", files.First(f => f.FileName == "Положение.pdf").ContentType);
        Assert.Equal("image/png", files.First(f => f.FileName == "Фото.png").ContentType);
        Assert.Equal(legacy.Length, files.Select(f => f.StorageKey).Distinct().Count());

        var report = await after.ProgressReports.Include(r => r.Files).SingleAsync();
        Assert.Equal("Протокол.pdf", Assert.Single(report.Files).FileName);
        Assert.Equal(DecisionKind.Submitted, Assert.Single(report.Decisions).Kind);
    }

    private sealed record Legacy(string Table, string ContentTable, string ContentKey, string OwnerKey, string NewOwnerKey, int Id, string Name, string Kind, byte[] Content);

    private static async Task InsertOwnersAsync(MedkDbContext db, DatabaseProvider provider)
    {
        var (user, at, day) = (Uuid(provider, User), Time(provider, At), new DateOnly(2022, 3, 31));
        // Lists of names: a text array on PostgreSQL, JSON text on SQLite.
        object none = provider == DatabaseProvider.Sqlite ? "[]" : Array.Empty<string>();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Organizations" ("Id", "Path", "Level", "Kind", "FullName", "ShortName", "Aliases", "SearchText", "Version")
            VALUES (1, '/1/', 'Region', 'Authority', 'Министерство', 'Минобр', {0}, '', 0),
                   (2, '/1/2/', 'Institution', 'School', 'Школа', 'Школа', {0}, '', 0);
            """, none);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AspNetUsers" ("Id", "FullName", "CreatedAt", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ({0}, 'Иванова И. И.', {1}, {2}, {2}, {2}, {2}, 0);
            """, user, at, false);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Roadmaps" ("Id", "OwnerOrganizationId", "Level", "Title", "PeriodStart", "PeriodEnd", "Status", "CreatedAt", "UpdatedAt", "Version", "SearchText", "SourceColumns")
            VALUES (1, 2, 'Institutional', 'Дорожная карта', {0}, {1}, 'InProgress', {2}, {2}, 0, '', {3});
            """, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), at, none);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "RoadmapItems" ("Id", "RoadmapId", "Position", "IsSection", "Text", "Levels", "Version") VALUES (1, 1, 0, {0}, 'Пункт', 0, 0);
            """, false);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Checkpoints" ("Id", "ItemId", "DueDate", "Status", "Version") VALUES (1, 1, {0}, 'UnderReview', 0);
            """, day);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ProgressReports" ("Id", "CheckpointId", "ReporterOrganizationId", "AuthorId", "Status", "CreatedAt", "UpdatedAt", "Version")
            VALUES (1, 1, 2, {0}, 'Submitted', {1}, {1}, 0);
            """, user, at);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ReportDecision" ("Id", "ReportId", "Kind", "ByUserId", "ByName", "At") VALUES (1, 1, 'Submitted', {0}, 'Иванова И. И.', {1});
            """, user, at);
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Cycle" ("Id", "Name", "Year", "RegionId") VALUES (1, 'Цикл 2022', 2022, 1);""");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ConceptDocument" ("Id", "CycleId", "SchoolId", "Kind", "Title", "Status", "CreatedAt", "UpdatedAt")
            VALUES (1, 1, 2, 'DevelopmentConcept', 'Концепция развития', 'Draft', {0}, {0});
            """, at);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "CuratorVisits" ("Id", "CuratorUserId", "SchoolId", "Date", "Format", "CreatedAt", "UpdatedAt") VALUES (1, {0}, 2, {1}, 'Online', {2}, {2});
            """, user, day, at);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "CuratorReports" ("Id", "CuratorUserId", "SchoolId", "Year", "Status", "CreatedAt", "UpdatedAt") VALUES (1, {0}, 2, 2022, 'Draft', {1}, {1});
            """, user, at);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Practices" ("Id", "OrganizationId", "AuthorId", "AuthorName", "Title", "Description", "Status", "CreatedAt", "SearchText")
            VALUES (1, 2, {0}, 'Иванова И. И.', 'Клуб', 'Описание', 'Pending', {1}, '');
            """, user, at);
    }

    private static async Task InsertLegacyFileAsync(MedkDbContext db, DatabaseProvider provider, Legacy file)
    {
        // Evidence kept its uploader; the other kinds did not record one.
        var evidence = file.Table == "EvidenceFiles";
        var values = new List<object> { file.Name, file.Kind, file.Content.LongLength, Sha(file.Content), Time(provider, At) };
        if (evidence)
        {
            values.Add(Uuid(provider, User));
        }
        var uploadedBy = evidence ? ", \"UploadedBy\"" : "";
        var uploadedByValue = evidence ? ", {5}" : "";
        // Table and column names come from the fixed list above, values go as parameters.
        var insertFile = $"INSERT INTO \"{file.Table}\" (\"Id\", \"{file.OwnerKey}\", \"FileName\", \"Kind\", \"Size\", \"Sha256\", \"UploadedAt\"{uploadedBy}) " +
            $"VALUES ({file.Id}, 1, " + "{0}, {1}, {2}, {3}, {4}" + uploadedByValue + ");";
        await db.Database.ExecuteSqlRawAsync(insertFile, values);
        var insertContent = $"INSERT INTO \"{file.ContentTable}\" (\"Id\", \"{file.ContentKey}\", \"Bytes\") VALUES ({file.Id}, {file.Id}, " + "{0});";
        await db.Database.ExecuteSqlRawAsync(insertContent, file.Content);
    }

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The values as each provider stores them: SQLite keeps times as numbers and GUIDs as upper-case text.</summary>
    private static object Time(DatabaseProvider provider, DateTimeOffset value) =>
        provider == DatabaseProvider.Sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(value)! : value;

    private static object Uuid(DatabaseProvider provider, Guid value) =>
        provider == DatabaseProvider.Sqlite ? value.ToString().ToUpperInvariant() : value;

    private static MedkDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<MedkDbContext>();
        settings.Configure(options);
        return new MedkDbContext(options.Options);
    }
}
