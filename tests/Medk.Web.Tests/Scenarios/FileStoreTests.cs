using Medk.Core.Monitoring.Submissions;
using Medk.Data.Files;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// Both file stores keep, give back and forget bytes by key the same way; the database store writes with the
/// caller's SaveChanges (one transaction with the file's description), the folder store at once.
/// </summary>
public sealed class FileStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"medk-files-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task DatabaseStore_KeepsBytesWithTheNextSaveChanges_AndForgetsThem()
    {
        await using var db = await MigratedAsync();
        var store = new DatabaseFileStore(db);
        var key = StoredFile.NewKey();

        await store.SaveAsync(key, new MemoryStream([1, 2, 3]), default);
        Assert.Null(await store.OpenAsync(key, default)); // not yet saved: nothing half-written is served
        await db.SaveChangesAsync();

        await RoundTripAsync(store, key, [1, 2, 3]);
    }

    [Fact]
    public async Task DatabaseStore_WhoseSaveIsAbandoned_LeavesNothingBehind()
    {
        await using var db = await MigratedAsync();
        var store = new DatabaseFileStore(db);
        var key = StoredFile.NewKey();

        await store.SaveAsync(key, new MemoryStream([9]), default);
        await store.DeleteAsync(key, default);
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.StoredFileContents.CountAsync());
    }

    [Fact]
    public async Task FileSystemStore_KeepsBytesInTheFolder_AndForgetsThem()
    {
        var store = new FileSystemFileStore(_folder);
        var key = StoredFile.NewKey();
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();

        await store.SaveAsync(key, new MemoryStream(bytes), default);

        Assert.True(File.Exists(Path.Combine(_folder, key[..2], key)));
        Assert.Empty(Directory.GetFiles(_folder, "*.part", SearchOption.AllDirectories));
        await RoundTripAsync(store, key, bytes);
        Assert.False(File.Exists(Path.Combine(_folder, key[..2], key)));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ab/cd")]
    [InlineData("")]
    public async Task FileSystemStore_RefusesKeysThatAreNotPlainNames(string key)
    {
        var store = new FileSystemFileStore(_folder);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(key, new MemoryStream([1]), default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenAsync(key, default));
    }

    [Fact]
    public void Settings_ChooseTheStoreAndAnchorTheFolderUnderTheContentRoot()
    {
        var root = Path.GetFullPath("content-root");
        static IConfiguration Config(params (string, string)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Item1, v.Item2))).Build();

        Assert.Equal(new FileStoreSettings(FileStoreKind.Database, Path.Combine(root, "data", "files")), FileStoreSettings.From(Config(), root));
        Assert.Equal(new FileStoreSettings(FileStoreKind.FileSystem, Path.Combine(root, "store")),
            FileStoreSettings.From(Config(("Files:Store", "filesystem"), ("Files:Path", "store")), root));
        var e = Assert.Throws<DatabaseConfigurationException>(() => FileStoreSettings.From(Config(("Files:Store", "S3")), root));
        Assert.Contains("Files:Store", e.Message);
    }

    private static async Task RoundTripAsync(IFileStore store, string key, byte[] expected)
    {
        await using (var stream = await store.OpenAsync(key, default))
        {
            Assert.NotNull(stream);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(expected, copy.ToArray());
        }
        await store.DeleteAsync(key, default);
        Assert.Null(await store.OpenAsync(key, default));
    }

    private async Task<MedkDbContext> MigratedAsync()
    {
        var options = new DbContextOptionsBuilder<MedkDbContext>();
        new DatabaseSettings(_database.Provider, _database.ConnectionString).Configure(options);
        var db = new MedkDbContext(options.Options);
        await db.MigrateAsync();
        return db;
    }
}
