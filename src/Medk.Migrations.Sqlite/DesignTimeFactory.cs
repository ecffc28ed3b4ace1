using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;

namespace Medk.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MedkDbContext>
{
    public MedkDbContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Medk"] = "Data Source=design.db" })
            .Build();
        var options = new DbContextOptionsBuilder<MedkDbContext>();
        DatabaseSettings.From(configuration, Path.GetTempPath()).Configure(options);
        return new MedkDbContext(options.Options);
    }
}
