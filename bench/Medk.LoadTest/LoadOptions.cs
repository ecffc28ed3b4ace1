using System.Globalization;

namespace Medk.LoadTest;

/// <summary>Command-line options; every one has a default, so a bare run measures the scenario.</summary>
public sealed record LoadOptions
{
    public const string DefaultAdminConnection = "Host=127.0.0.1;Port=55499;Username=postgres;Database=postgres";

    /// <summary>An admin connection to a PostgreSQL server on 127.0.0.1; when unreachable, a throw-away server is started.</summary>
    public string AdminConnection { get; init; } = DefaultAdminConnection;

    public string Database { get; init; } = "medk_load";

    /// <summary>Leave the database in place at the end (reuse it with <see cref="Reuse"/>).</summary>
    public bool Keep { get; init; }

    /// <summary>Measure an existing database made by an earlier run with --keep instead of generating one.</summary>
    public bool Reuse { get; init; }

    public int Municipalities { get; init; } = 30;
    public int SchoolsPerMunicipality { get; init; } = 20;

    /// <summary>Measured requests per endpoint and pass.</summary>
    public int Requests { get; init; } = 300;

    /// <summary>Unmeasured requests per endpoint before the first pass (JIT, pools, PostgreSQL caches).</summary>
    public int Warmup { get; init; } = 30;

    /// <summary>The passes: how many clients send requests at once in each.</summary>
    public IReadOnlyList<int> Clients { get; init; } = [1, 4];

    /// <summary>A pass over one endpoint stops after this long even if fewer requests were sent.</summary>
    public TimeSpan MaxPerEndpoint { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Where to write the results as Markdown, besides the console.</summary>
    public string? Output { get; init; }

    public int Seed { get; init; } = 20261125;

    /// <summary>Print the SQL of one request per endpoint.</summary>
    public bool ShowQueries { get; init; }

    public const string Usage = """
        Medk.LoadTest: the monitoring pages on PostgreSQL with a regional dataset.

          dotnet run -c Release --project bench/Medk.LoadTest [-- options]

          --postgres CONN        admin connection string (default: Host=127.0.0.1;Port=55499;Username=postgres;Database=postgres);
                                 when the server does not answer, a throw-away one is started (initdb + pg_ctl)
          --database NAME        database to create, dropped first if it exists (default: medk_load)
          --keep                 keep the database at the end
          --reuse                measure the database left by an earlier --keep run instead of generating one
          --municipalities N     municipalities in the region (default: 30)
          --schools N            schools per municipality (default: 20)
          --requests N           measured requests per endpoint and pass (default: 300)
          --warmup N             unmeasured requests per endpoint first (default: 30)
          --clients LIST         concurrent clients of each pass, comma-separated (default: 1,4)
          --max-seconds S        stop a pass over an endpoint after S seconds (default: 120)
          --seed N               seed of the report distribution (default: 20261125)
          --out FILE             also write the results as Markdown to FILE
          --show-queries         print the SQL commands of one request per endpoint
        """;

    /// <summary>The options, or null with a message when the arguments are wrong or help was asked for.</summary>
    public static LoadOptions? Parse(string[] args, out string? error)
    {
        error = null;
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value()
            {
                if (i + 1 >= args.Length)
                {
                    throw new FormatException($"{name} needs a value.");
                }
                return args[++i];
            }
            int Positive()
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n
                    : throw new FormatException($"{name}: «{text}» is not a positive whole number.");
            }
            try
            {
                options = name switch
                {
                    "--postgres" => options with { AdminConnection = Value() },
                    "--database" => options with { Database = DatabaseName(Value()) },
                    "--keep" => options with { Keep = true },
                    "--reuse" => options with { Reuse = true, Keep = true },
                    "--municipalities" => options with { Municipalities = Positive() },
                    "--schools" => options with { SchoolsPerMunicipality = Positive() },
                    "--requests" => options with { Requests = Positive() },
                    "--warmup" => options with { Warmup = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture) },
                    "--clients" => options with { Clients = Value().Split(',').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture)).Where(c => c > 0).ToArray() },
                    "--max-seconds" => options with { MaxPerEndpoint = TimeSpan.FromSeconds(Positive()) },
                    "--seed" => options with { Seed = Positive() },
                    "--out" => options with { Output = Value() },
                    "--show-queries" => options with { ShowQueries = true },
                    "-h" or "--help" or "-?" => throw new FormatException(""),
                    _ => throw new FormatException($"Unknown option {name}."),
                };
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                error = e.Message;
                return null;
            }
        }
        if (options.Clients.Count == 0)
        {
            error = "--clients needs at least one positive number.";
            return null;
        }
        return options;
    }

    private static string DatabaseName(string name) =>
        name.Length is > 0 and <= 63 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            ? name
            : throw new FormatException("--database: lower-case letters, digits and _ only.");
}
