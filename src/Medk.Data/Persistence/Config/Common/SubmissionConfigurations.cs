using System.Linq.Expressions;
using Medk.Core.Monitoring.Submissions;
using Medk.Data.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

/// <summary>
/// One table for the files of every kind of document. Each owner gets its own nullable foreign key column
/// (<c>ProgressReportId</c>, <c>PracticeId</c>…), so files cascade with their owner and the database keeps
/// every file tied to exactly one existing document; a new kind of document adds one column, not a table.
/// </summary>
internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.Property(f => f.FileName).HasMaxLength(StoredFile.FileNameMaxLength);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.StorageKey).HasMaxLength(StoredFile.KeyLength);
        b.HasIndex(f => f.StorageKey).IsUnique();
    }
}

/// <summary>The bytes of files kept by <see cref="DatabaseFileStore"/>, apart from their description so lists never read them.</summary>
internal sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> b)
    {
        b.ToTable("StoredFileContents");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(StoredFile.KeyLength);
    }
}

/// <summary>How a document composes the building block: one line for its files, one for its decision history.</summary>
internal static class SubmissionMapping
{
    /// <summary>The owner's files in <c>StoredFiles</c>, through a shadow key named after the owner (<c>{Owner}Id</c>).</summary>
    public static void HasFiles<T>(this EntityTypeBuilder<T> b, Expression<Func<T, IEnumerable<StoredFile>?>> files) where T : class
    {
        b.HasMany(files).WithOne().HasForeignKey(FileOwnerKey<T>()).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public static string FileOwnerKey<T>() => typeof(T).Name + "Id";

    /// <summary>The owner's decisions, in a table of its own (owned rows: they are never read without their document).</summary>
    public static void HasDecisions<T>(this EntityTypeBuilder<T> b, Expression<Func<T, IEnumerable<SubmissionDecision>?>> decisions,
        string table, string ownerKey) where T : class
    {
        b.OwnsMany(decisions, d =>
        {
            d.ToTable(table);
            d.WithOwner().HasForeignKey(ownerKey);
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedOnAdd();
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.ByName).HasMaxLength(SubmissionDecision.ByNameMaxLength);
            d.Property(x => x.Comment).HasMaxLength(SubmissionDecision.CommentMaxLength);
            d.HasIndex(ownerKey);
        });
        b.Navigation(decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
