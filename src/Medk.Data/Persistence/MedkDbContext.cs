using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Medk.Data.Persistence;

/// <summary>
/// The one database of Medk. The same model runs on SQLite (embedded default) and PostgreSQL
/// (production); each provider has its own migrations project.
/// </summary>
public class MedkDbContext : IdentityUserContext<MedkUser, Guid>, IDataProtectionKeyContext
{
    public MedkDbContext(DbContextOptions<MedkDbContext> options) : this(options, new Audit.AuditContext())
    {
    }

    /// <summary>The application's constructor: <paramref name="audit"/> says who acts in this scope, for the journal (decision 026).</summary>
    public MedkDbContext(DbContextOptions<MedkDbContext> options, Audit.AuditContext audit) : base(options)
    {
        Audit = audit;
    }

    /// <summary>Who, through what and from where the changes of this context are made; the journal writes it beside each change.</summary>
    public Audit.AuditContext Audit { get; }

    /// <summary>The journal lines of the save under way, written once its rows have their keys (<see cref="Audit.AuditInterceptor"/>).</summary>
    internal Audit.AuditInterceptor.Pending? PendingAudit { get; set; }

    /// <summary>True while the journal lines themselves are being saved.</summary>
    internal bool WritingAudit { get; set; }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();
    public DbSet<RoadmapItem> RoadmapItems => Set<RoadmapItem>();
    public DbSet<Checkpoint> Checkpoints => Set<Checkpoint>();
    public DbSet<RoadmapRevision> RoadmapRevisions => Set<RoadmapRevision>();
    public DbSet<Core.Monitoring.Reporting.ProgressReport> ProgressReports => Set<Core.Monitoring.Reporting.ProgressReport>();
    public DbSet<Core.Monitoring.Submissions.StoredFile> StoredFiles => Set<Core.Monitoring.Submissions.StoredFile>();
    public DbSet<Files.StoredFileContent> StoredFileContents => Set<Files.StoredFileContent>();
    public DbSet<Core.Monitoring.Reviews.ReviewSample> ReviewSamples => Set<Core.Monitoring.Reviews.ReviewSample>();
    public DbSet<Core.Monitoring.Reviews.ReviewAssignment> ReviewAssignments => Set<Core.Monitoring.Reviews.ReviewAssignment>();
    public DbSet<Core.Monitoring.Reviews.RoadmapScore> RoadmapScores => Set<Core.Monitoring.Reviews.RoadmapScore>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<CuratorAssignment> CuratorAssignments => Set<CuratorAssignment>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Import.ImportDraft> ImportDrafts => Set<Import.ImportDraft>();

    /// <summary>The audit journal: only ever added to (decision 026).</summary>
    public DbSet<Core.Platform.Audit.AuditEntry> AuditEntries => Set<Core.Platform.Audit.AuditEntry>();

    /// <summary>Data-protection keys are shared by every app instance, so cookies made by one are read by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MedkDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Prefix searches on the materialized path (LIKE '/1/5/%') use this index only with pattern ops.
            builder.Entity<Organization>().HasIndex(o => o.Path).HasOperators("text_pattern_ops");
            // A coordinator's journal filters the lines by the same kind of prefix (decision 026).
            builder.Entity<Core.Platform.Audit.AuditEntry>().HasIndex(e => new { e.OrganizationPath, e.At }).HasOperators("text_pattern_ops", "timestamptz_ops");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no date-time-with-offset type; stored as a sortable number instead of text.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // Npgsql writes `timestamp with time zone` only from UTC values and throws on any other offset. Every
            // moment (and every query parameter compared with one) is turned to UTC on its way to the database,
            // so a value made with a local offset (+08:00 in Бурятия, +03:00 in Moscow) can never stop a save.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RaiseVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RaiseVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Makes a save fail when somebody else saved the object since the writer read it. The writer's
    /// version is the original value of the concurrency token; the database row must still have it.
    /// </summary>
    public void ExpectVersion<T>(T entity, int version) where T : class =>
        Entry(entity).Property<int>("Version").OriginalValue = version;

    private void RaiseVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }
            var version = entry.Metadata.FindProperty("Version");
            if (version is null || version.ClrType != typeof(int))
            {
                continue;
            }
            var property = entry.Property("Version");
            property.CurrentValue = (int)property.OriginalValue! + 1;
        }
    }
}

/// <summary>The same instant, with offset zero: what Npgsql accepts for <c>timestamp with time zone</c>.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
